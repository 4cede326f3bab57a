import { describe, expect, it } from 'vitest';
import { secretFieldWatcher } from '../../entrypoints/content/at-risk';
import { warnAtRisk } from '../../lib/page/index';
import type { PageVerdict } from '../../lib/page/types';
import { dispatchTo, koPage as page, parse, scanHtml, trustedEvent, verdictOf as verdict } from './helpers';

/**
 * Round page48 (tune-ao's and tune-ap's last false alarms), taken by class with pages written apart from the corpus:
 * a site whose name is made of common words and files its company under it, a verifier's identity check that names
 * the brand as the site that asked, another market's seller sign-in that names the brand as where goods move from,
 * an API's secret key written before its box, and a tutorial that copies the brand's login. Next to each, the kit
 * of the same shape that stays caught.
 */

describe('a site named in common words that files its company under that name', () => {
  const points = (top: string, title: string, firm: string) =>
    page(
      title,
      `${top}<h2>적립몰</h2><p>적립몰을 거쳐 쿠팡에서 구매하면 결제금액의 2%를 적립해 드립니다.</p>` +
        '<h3>적립금 출금 계좌 (적립몰 회원)</h3><form><p>예금주 <input></p><p>은행 <input></p>' +
        `<p>계좌번호 <input></p><button>출금 계좌 저장</button></form><p>${firm} 사업자등록번호 318-81-40552</p>`,
    );

  it('leaves its payout account form clean', () => {
    expect(verdict(points('', '적립몰 - 쿠팡 구매 적립', '㈜적립몰'), 'https://save.points.example/')).toBe(
      'clean',
    );
    expect(
      verdict(
        points('', '적립몰 | 쿠팡 구매 적립', '주식회사 적립몰 · 대표 한지원'),
        'https://save.points.example/',
      ),
    ).toBe('clean');
  });

  it("flags the same payout page under the brand's own logo", () => {
    const logo = '<header><img src="/img/coupang_logo.png" alt="쿠팡"></header>';
    expect(verdict(points(logo, '적립몰 - 쿠팡 구매 적립', '㈜적립몰'), 'https://save.points.example/')).toBe(
      'suspicious-page',
    );
  });

  it('flags it where the company line files under another name than the title, or under none', () => {
    for (const firm of ['㈜한빛데이터', '고객센터 02-555-0192 ·']) {
      expect(verdict(points('', '적립몰 - 쿠팡 구매 적립', firm), 'https://save.points.example/'), firm).toBe(
        'suspicious-page',
      );
    }
  });
});

describe("a verifier's identity check that names the brand as the site that asked", () => {
  const check = (title: string, head: string, line: string, extra = '') =>
    page(
      title,
      `<main><h3>${head}</h3><p>${line}</p><select><option>SKT</option><option>KT</option>` +
        '<option>LG U+</option><option>알뜰폰</option></select><input placeholder="이름">' +
        '<input placeholder="생년월일 6자리 + 성별 1자리" maxlength="7"><input placeholder="휴대폰 번호">' +
        `${extra}<button>인증번호 받기</button><p>본 서비스는 모바일인증센터가 제공합니다.</p></main>`,
    );

  it('leaves the window clean', () => {
    const url = 'https://id.mobile-auth.example/check';
    expect(
      verdict(check('통신사 본인인증', '통신사 본인인증', '이용기관 쿠팡 · 서비스: 회원가입'), url),
    ).toBe('clean');
    expect(verdict(check('본인확인', '휴대폰 본인확인', '요청 사이트: 쿠팡(주) · 목적: 성인인증'), url)).toBe(
      'clean',
    );
  });

  it('flags a check that poses as the brand in its title or heading', () => {
    const url = 'https://id.mobile-auth.example/check';
    expect(verdict(check('쿠팡 본인인증', '휴대폰 본인확인', '요청 사이트: 쿠팡(주)'), url)).toBe(
      'suspicious-page',
    );
    expect(verdict(check('본인확인', '쿠팡 회원 본인확인', '요청 사이트: 쿠팡(주)'), url)).toBe(
      'suspicious-page',
    );
  });

  it("flags one whose purpose is a payout, or that wants what no verifier's first step takes", () => {
    const url = 'https://id.mobile-auth.example/check';
    expect(
      verdict(check('본인확인', '휴대폰 본인확인', '요청 사이트: 쿠팡(주) · 목적: 피해보상금 지급'), url),
    ).toBe('suspicious-page');
    expect(
      verdict(
        check(
          '본인확인',
          '휴대폰 본인확인',
          '요청 사이트: 쿠팡(주) · 목적: 성인인증',
          '<input placeholder="카드번호">',
        ),
        url,
      ),
    ).toBe('suspicious-page');
  });
});

describe("another market's seller sign-in that names the brand as where goods move from", () => {
  const signIn = (title: string, head: string, line: string) =>
    page(
      title,
      `<h2>${head}</h2><p>${line}</p><input placeholder="판매자 아이디"><input type="password" ` +
        'placeholder="비밀번호"><input placeholder="2단계 인증번호"><button>로그인</button>',
    );
  const url = 'https://seller.nurimarket.example/login';

  it('leaves it clean', () => {
    expect(
      verdict(
        signIn('누리마켓 셀러센터 로그인', '누리마켓 셀러센터', '쿠팡 윙 상품을 한 번에 옮겨오세요.'),
        url,
      ),
    ).toBe('clean');
    expect(
      verdict(
        signIn('누리마켓 셀러센터', '누리마켓 셀러센터', '쿠팡에서 판매하던 상품을 그대로 가져오세요.'),
        url,
      ),
    ).toBe('clean');
  });

  it('flags a fake Wing sign-in', () => {
    expect(
      verdict(signIn('쿠팡 윙 판매자 로그인', 'WING 판매자센터', '판매자 계정으로 로그인하세요.'), url),
    ).toBe('suspicious-page');
    expect(
      verdict(
        signIn('판매자센터', '판매자센터', '쿠팡 윙 판매자님, 정산 보류 해제를 위해 로그인하세요.'),
        url,
      ),
    ).toBe('suspicious-page');
  });

  it("flags the move that goes on to the brand's login", () => {
    expect(
      verdict(
        signIn(
          '누리마켓 셀러센터',
          '누리마켓 셀러센터',
          '쿠팡 윙 상품을 옮겨오려면 윙 아이디로 로그인하세요.',
        ),
        url,
      ),
    ).toBe('suspicious-page');
  });
});

/** The second chance in Node: a trusted key at the page's first masked box, checked as the content script asks */
function heldAtKey(html: string, url: string): { kinds: string[]; held: boolean } {
  const doc = parse(html);
  const v: PageVerdict = scanHtml(html, url);
  const box = doc.querySelector('input[type=password]')!;
  // (a browser's box has its labels, empty here; linkedom's has none)
  Object.defineProperty(box, 'labels', { value: [] });
  const kinds: string[] = [];
  const e = dispatchTo(
    secretFieldWatcher((kind) => (kinds.push(kind), warnAtRisk(v, kind))),
    trustedEvent('keydown', box),
  );
  return { kinds, held: e.stopped };
}

describe("the second chance: an API's secret key written before its box", () => {
  const tool = (label: string) =>
    page(
      '셀러도우미 - 쿠팡 윙 연동',
      '<header>셀러도우미</header><h2>쿠팡 윙 API 연동</h2><p>WING에서 발급한 키를 아래에 입력하세요.</p>' +
        `<form><p>Access Key <input></p><p>${label} <input type="password"></p><button>연동</button></form>`,
    );
  const url = 'https://app.sellerdoumi.example/connect';

  it('takes it for what it is, and holds no key', () => {
    expect(heldAtKey(tool('Secret Key'), url)).toEqual({ kinds: [], held: false });
  });

  it('still holds the key at a password named so in its line', () => {
    expect(heldAtKey(tool('윙 비밀번호'), url)).toEqual({ kinds: ['password'], held: true });
  });

  it('holds the key at a fake Wing sign-in', () => {
    const html = page(
      '쿠팡 윙 - 판매자 로그인',
      '<h2>쿠팡 WING</h2><form><p>아이디 <input></p><p>비밀번호 <input type="password"></p><button>로그인</button></form>',
    );
    expect(heldAtKey(html, 'https://wing-seller.example/login').held).toBe(true);
  });
});

describe("the second chance: a tutorial that copies the brand's login", () => {
  const tutorial = (title: string, line: string) =>
    page(
      title,
      `<article><h1>${title}</h1><p>${line}</p><pre><code>&lt;input type="password" /&gt;</code></pre>` +
        '<h3>데모</h3><form><input type="email" placeholder="demo@example.com"><input type="password">' +
        '<button>로그인</button></form><p>이 글은 쿠팡과 무관합니다.</p></article>',
    );
  const url = 'https://blog.devnote.example/vue-login';

  it('holds no key at its demo form', () => {
    expect(
      heldAtKey(
        tutorial('Vue로 로그인 화면 만들기 (쿠팡 스타일)', '쿠팡 로그인 화면을 참고해 폼을 만들어 봅니다.'),
        url,
      ).held,
    ).toBe(false);
    expect(
      heldAtKey(tutorial('로그인 폼 클론 코딩', '쿠팡처럼 보이는 로그인 폼을 따라 만들어 봅니다.'), url).held,
    ).toBe(false);
  });

  it('holds the key where a line asks the reader to sign in to the brand, whatever the page says it is', () => {
    expect(heldAtKey(tutorial('로그인 데모', '쿠팡 회원님, 주문 확인을 위해 로그인하세요.'), url).held).toBe(
      true,
    );
  });
});
