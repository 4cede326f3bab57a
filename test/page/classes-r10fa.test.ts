import { describe, expect, it } from 'vitest';
import { judgeSavedPage } from '../../cli/page';
import { compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';
import { koPage as page } from './helpers';
import { flaggedOrAtTyping } from './saved-set';

/**
 * Round page-r10-fa: a platform's own sign-in, its name atop the page and on its boxes and its host spelling it, that
 * names the brand only as one of the shops it serves ("쿠팡 로켓그로스, G마켓, 옥션 재고를 한 화면에서") and as a market it
 * links to after its own sign-in. page-r9-fa's reading (`ownBoxPlatform`) wanted the name as a title piece beside the
 * brand's and read the shops' line as the brand asking the reader; a seller tool titled "<its name> 로그인", or named
 * only in its top bar or main heading, never met it. Each honest page (written apart from the halves) sits next to its
 * kit twins, which stay warned. `warned` is the browser's answer: flagged, or warned at typing.
 */
const lists = compileLists(bundledList);
const warned = (html: string, url: string) =>
  flaggedOrAtTyping(html, judgeSavedPage(html, url, lists).result).flagged;

/** A multi-market seller tool's sign-in: its name `name` in the title, the top line `top` and the id box */
const tool = (title: string, top: string, box: string, line: string, more = '') =>
  page(
    title,
    `<div class="bar">${top}</div><div class="card"><h3>로그인</h3><p>${line}</p>` +
      `<input placeholder="${box}"><input type="password" placeholder="비밀번호"><button>로그인</button>` +
      `<p class="small">${more}</p></div>`,
  );
const SHOPS = '쿠팡 로켓그로스, G마켓, 옥션 재고를 한 화면에서 맞추세요.';
const LINK = '쿠팡 마켓 연동은 로그인 후 [마켓 관리] 메뉴에서 판매자 API 키로 설정합니다.';
const HOST = 'https://app.marketlink.example.kr/signin';

describe('a seller tool’s own sign-in naming the brand among the markets it serves', () => {
  it('leaves the tool’s sign-in unwarned, named in its top bar or as its title before the caption', () => {
    expect(
      warned(tool('재고 연동 로그인', '마켓링크 · 재고 통합관리', '마켓링크 아이디', SHOPS, LINK), HOST),
    ).toBe(false);
    expect(warned(tool('마켓링크 로그인', '재고 통합관리', '마켓링크 아이디', SHOPS, LINK), HOST)).toBe(
      false,
    );
  });

  it('still warns its kit twins: the brand on the box, a bare box, a host not its name, the brand asking alone', () => {
    expect(warned(tool('마켓링크 로그인', '마켓링크', '쿠팡 윙 아이디', SHOPS, LINK), HOST)).toBe(true);
    expect(warned(tool('마켓링크 로그인', '마켓링크', '아이디', SHOPS, LINK), HOST)).toBe(true);
    expect(
      warned(
        tool('마켓링크 로그인', '마켓링크', '마켓링크 아이디', SHOPS, LINK),
        'https://seller-login-check.example.kr/signin',
      ),
    ).toBe(true);
    expect(
      warned(
        tool(
          '마켓링크 로그인',
          '마켓링크',
          '마켓링크 아이디',
          '쿠팡 판매자님, 정산 확인을 위해 로그인하세요.',
          LINK,
        ),
        HOST,
      ),
    ).toBe(true);
  });
});
