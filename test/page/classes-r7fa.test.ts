import { describe, expect, it } from 'vitest';
import { judgeSavedPage } from '../../cli/page';
import { compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';
import { koPage as page } from './helpers';
import { flaggedOrAtTyping } from './saved-set';

/**
 * Round page-r7-fa: an honest site has its own consistent identity — its name in the title, said again atop the page
 * or on its own box, spelled by its host — and asks for its own login; the brand sits in its sentences as what the
 * site works with (a market a tool reads, a store it syncs), never over the form. Each honest page (written apart
 * from the halves) is next to its kit twin: the same page whose form, heading or sentence claims the brand, which
 * stays warned. `warned` is the browser's answer: flagged, or warned at typing.
 */
const lists = compileLists(bundledList);
const warned = (html: string, url: string) =>
  flaggedOrAtTyping(html, judgeSavedPage(html, url, lists).result).flagged;

const tool = (head: string, box: string, line: string, note = '') =>
  page(
    '정산노트 로그인',
    `<h2>${head}</h2><p>${line}</p><input placeholder="${box}"><input type="password" placeholder="비밀번호">` +
      `<button>로그인</button>${note ? `<p>${note}</p>` : ''}`,
  );
const HOST = 'https://jeongsannote.example.com/login';

describe('a seller tool’s own sign-in, the brand the market it reads', () => {
  it('leaves the tool’s own login unwarned, at the page and at the first key', () => {
    const honest = tool(
      '정산노트',
      '정산노트 아이디',
      '쿠팡·11번가 주문 정산 자동 대사',
      '쿠팡 판매자 연동은 로그인한 뒤 환경설정에서 발급 키를 붙여 넣어 연결합니다.',
    );
    expect(warned(honest, HOST)).toBe(false);
  });

  it('still warns its kit twins: the brand over the form, on the box, or asking in a sentence', () => {
    // the form's heading claims the brand
    expect(
      warned(tool('쿠팡 판매자 로그인', '정산노트 아이디', '쿠팡·11번가 주문 정산 자동 대사'), HOST),
    ).toBe(true);
    // the box claims the brand's account
    expect(warned(tool('정산노트', '쿠팡 아이디', '쿠팡·11번가 주문 정산 자동 대사'), HOST)).toBe(true);
    // the sentence asks the reader for the brand's login
    expect(
      warned(
        tool('정산노트', '정산노트 아이디', '쿠팡 판매자 계정 확인을 위해 쿠팡 비밀번호를 입력해 주세요.'),
        HOST,
      ),
    ).toBe(true);
    // the page speaks in the brand's voice
    expect(
      warned(
        tool('정산노트', '정산노트 아이디', '쿠팡 판매자님, 정산 보류 해제를 위해 로그인 하세요.'),
        HOST,
      ),
    ).toBe(true);
  });

  it('does not let a made-up name the host does not spell stand for the page’s own', () => {
    const honestWords = tool(
      '정산노트',
      '정산노트 아이디',
      '쿠팡·11번가 주문 정산 자동 대사',
      '쿠팡 판매자 연동은 로그인한 뒤 환경설정에서 발급 키를 붙여 넣어 연결합니다.',
    );
    // the same page on a host that spells nothing of it is read as before
    const before = warned(honestWords, 'https://seller-sync-center.example/login');
    expect(before).toBe(true);
  });
});
