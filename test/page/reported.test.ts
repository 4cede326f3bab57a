import { describe, expect, it } from 'vitest';
import { scanPage, warnAtRisk } from '../../lib/page/index';
import { parse } from './helpers';

/**
 * The second chance's false alarms at the first keystroke (frozen-f in Chromium): honest pages with their own
 * login that name the brand only to report on it, a warning about scams in its name or market news about the
 * listed company. Those sentences are not the page speaking for the brand. Next to each, a lure that reuses the
 * same words must still be warned at typing.
 */
const page = (title: string, body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const login =
  '<form><input placeholder="아이디"><input type="password" placeholder="비밀번호"><button>로그인</button></form>';
const atTyping = (html: string) =>
  warnAtRisk(scanPage(parse(html), 'https://portal.example/login'), 'password');

describe('the brand reported on, not spoken for', () => {
  it('a warning about scams in the brand’s name is not a claim to be the brand', () => {
    const notices = [
      '<p>최근 쿠팡 개인정보 유출을 빙자한 기관 사칭 문자가 늘고 있으니 주의하세요.</p>',
      "<p>'쿠팡 안심앱'으로 위장한 악성 앱이 퍼지고 있습니다. 공식 마켓에서만 설치하세요.</p>",
      '<p>Beware of texts that impersonate Coupang and ask you to install an app.</p>',
    ];
    for (const n of notices)
      expect(atTyping(page('통합 민원 로그인', `<h1>시민포털</h1>${n}${login}`)), n).toBe(false);
  });

  it('market news about the listed company is not a claim either, in the title or the text', () => {
    const html = page(
      '쿠팡(CPNG) 주가, 실적 발표 뒤 4% 올라 | 한결증권 리서치',
      '<h1>쿠팡(CPNG) 주가 4% 상승</h1><p>모회사 쿠팡Inc. 주가가 뉴욕증시에서 올랐다. 시장은 다음 분기를 본다.</p>' +
        login,
    );
    expect(atTyping(html)).toBe(false);
  });

  it('the same words in a lure still warn at typing', () => {
    // impersonation named without a warning: the lure's own offer
    expect(
      atTyping(
        page('피해 접수', `<h1>피해 접수</h1><p>쿠팡 사칭 피해 보상을 받으시려면 로그인하세요.</p>${login}`),
      ),
    ).toBe(true);
    // a warning up top, then the page speaks for the brand
    expect(
      atTyping(
        page(
          '보안 안내',
          `<h1>보안 안내</h1><p>쿠팡을 사칭한 문자에 주의하세요.</p><p>고객님의 쿠팡 계정을 지키려면 다시 로그인해 주세요.</p>${login}`,
        ),
      ),
    ).toBe(true);
    // a stock word in a title that also names the brand as its own
    expect(
      atTyping(
        page(
          '쿠팡 주주 보상',
          `<h1>보상 안내</h1><p>쿠팡 회원님께 주가 하락 보상금을 드립니다. 로그인 후 신청하세요.</p>${login}`,
        ),
      ),
    ).toBe(true);
  });
});
