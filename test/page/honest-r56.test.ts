import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/page/index';
import { parse } from './helpers';
import { honestSet } from './saved-set';

/**
 * Round page56: honest pages of the kinds earlier halves flagged at first sight (scam warnings quoting the lure, news
 * with a reader login, seller tools' own logins, community threads quoting a smishing text, affiliate blogs, claim
 * forms, foreign-language pages, cashback and price tools, public bodies' services), written for this round in
 * test/fixtures/pages-honest-r56/ and scored as `check --page` scores them. None may be flagged. Below them, each
 * class the set found, with a kit of the same shape that stays caught.
 */
const DIR = new URL('../fixtures/pages-honest-r56/', import.meta.url);
// with the second chance counted, page67: 2 of them warned at the first key into a secret box
honestSet('page56 honest set', DIR, 40, 0);

const page = (title: string, body: string, lang = 'ko') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const scan = (html: string, url: string) =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });

describe("the brand's login named as living only at the brand's own address", () => {
  it("a security blog's tip that the real login is only on the brand's site stays clean", () => {
    const post = page(
      'Inside a Coupang phishing page | NetWarden Labs',
      '<h1>Inside a Coupang phishing page</h1><p>The page we took apart asks for an email and a password, then a card.</p><p>Remember: your Coupang login belongs only on coupang.com, nowhere else.</p><form><h3>Try NetWarden free</h3><input type="email" placeholder="Email"><input type="password" placeholder="Choose a password"><button>Start</button></form>',
      'en',
    );
    expect(scan(post, 'https://labs.netwarden.example/blog/phish-anatomy').verdict).toBe('clean');
  });
  it('a Korean guide saying the login is made at coupang.com only stays clean', () => {
    const post = page(
      '쿠팡 사칭 문자 링크, 누르기 전에 | 보안노트',
      '<h1>쿠팡 사칭 문자 링크, 누르기 전에</h1><p>쿠팡 로그인은 coupang.com에서만 하세요. 문자 속 주소는 모두 가짜입니다.</p><form><h4>보안노트 무료 체험</h4><input type="email" placeholder="이메일"><input type="password" placeholder="비밀번호 만들기"><button>시작</button></form>',
    );
    expect(scan(post, 'https://securitynote.example.kr/post/71').verdict).toBe('clean');
  });
  it('a kit that asks the login and names the brand\'s site without "only" stays caught', () => {
    const kit = page(
      'Coupang - Verify your account',
      '<h1>Coupang account verification</h1><p>Enter your Coupang password to continue on coupang.com.</p>' +
        '<input type="email" placeholder="Email"><input type="password" placeholder="Password"><button>Verify</button>',
      'en',
    );
    expect(scan(kit, 'https://coupang-verify.example.top/login').verdict).toBe('suspicious-page');
  });
});

describe("a public body's own service about the brand's leak, on its own host", () => {
  const lookup = (ask: string) =>
    page(
      '쿠팡 고객정보 유출 피해 확인 | 개인정보 침해신고센터',
      '<h1>쿠팡 유출 피해 확인 서비스</h1><p>침해신고센터는 쿠팡 고객정보 유출 사고의 피해 여부를 확인해 드립니다. 본인확인이 필요합니다.</p>' +
        `<input placeholder="성명"><input type="tel" placeholder="휴대전화"><button>인증번호 받기</button>${ask}<button>확인</button>`,
    );
  it('checking the visitor with a code it sends stays clean on a .go.kr host', () => {
    const honest = lookup('<input placeholder="인증번호 6자리">');
    expect(scan(honest, 'https://privacy-check.go.kr/coupang').verdict).toBe('clean');
  });
  it('the same page on a bought host stays caught', () => {
    const kit = lookup('<input placeholder="인증번호 6자리"><input placeholder="카드번호 16자리">');
    expect(scan(kit, 'https://privacy-check-center.example.kr/coupang').verdict).toBe('suspicious-page');
  });
  it('on a .go.kr host, asking the card too is read as before (no body takes one)', () => {
    const kit = lookup(
      '<input placeholder="인증번호 6자리"><input placeholder="카드번호 16자리"><input placeholder="CVC">',
    );
    expect(scan(kit, 'https://privacy-check.go.kr/coupang').verdict).toBe('suspicious-page');
  });
});

describe('goods bought at the brand, as one source of what a service handles too', () => {
  it("a repair shop's booking with a card deposit, 'goods bought at Coupang too', stays clean", () => {
    const shop = page(
      '가전 출장수리 예약',
      '<h1>가전 출장수리 예약</h1><form><p>쿠팡에서 구매한 제품도 제조사 상관없이 수리합니다.</p><input placeholder="이름"><input type="tel" placeholder="연락처"><input placeholder="방문 주소"><h4>출장비 예약금</h4><input placeholder="카드번호"><input placeholder="유효기간"><button>예약</button></form><p>(주)고쳐요 · 사업자등록번호 211-87-20022</p>',
    );
    expect(scan(shop, 'https://gochyeoyo.example.kr/book').verdict).toBe('clean');
  });
  it("a kit that addresses the brand's customer about an order asks a card and stays caught", () => {
    const kit = page(
      '배송 보류 안내',
      '<h1>배송 보류 안내</h1><p>쿠팡에서 주문하신 상품이 주소 불일치로 보류되었습니다. 재배송비 결제 후 출고됩니다.</p>' +
        '<input placeholder="이름"><input type="tel" placeholder="연락처"><input placeholder="주소"><input placeholder="카드번호"><input placeholder="유효기간"><button>결제</button>',
    );
    expect(scan(kit, 'https://redelivery-fee.example.top/pay').verdict).toBe('suspicious-page');
  });
});

describe("the brand's password changed as a step the reader has already done", () => {
  it("a password manager's help that says to update the entry after changing the Coupang password stays clean", () => {
    const help = page(
      '비밀번호 바꾼 뒤 할 일 | 키링 도움말',
      '<h1>비밀번호를 바꾼 뒤 할 일</h1><p>키링이 아이디와 비밀번호를 저장할지 묻습니다. 쿠팡 비밀번호를 변경한 후에는 키링에 저장된 항목도 고쳐 주세요.</p><form><h3>키링에 로그인</h3><input type="email" placeholder="이메일"><input type="password" placeholder="마스터 비밀번호"><button>로그인</button></form>',
    );
    expect(scan(help, 'https://help.keyring.example/ko/update').verdict).toBe('clean');
  });
  it("a kit that asks the current password to change the brand's stays caught", () => {
    const kit = page(
      '비밀번호 변경',
      '<h1>쿠팡 비밀번호 변경</h1><p>쿠팡 비밀번호를 변경하려면 현재 비밀번호를 입력하세요.</p>' +
        '<input type="email" placeholder="쿠팡 아이디(이메일)"><input type="password" placeholder="현재 비밀번호"><input type="password" placeholder="새 비밀번호"><button>변경</button>',
    );
    expect(scan(kit, 'https://account-change.example.top/pw').verdict).toBe('suspicious-page');
  });
});

describe("a box that says only 'Secret Key', on a page that talks of no API", () => {
  it("a password manager's sign-in (secret key + master password) under a note about shop logins stays clean", () => {
    const signIn = page(
      '새 기기에서 로그인 | 키링',
      '<h1>새 기기에서 로그인</h1><p>새 기기에서도 쿠팡에 자동으로 로그인되려면 키링에 로그인하세요.</p><form><input type="email" placeholder="이메일"><input placeholder="Secret Key"><input type="password" placeholder="마스터 비밀번호"><button>로그인</button></form>',
    );
    expect(scan(signIn, 'https://my.keyring.example/signin').verdict).toBe('clean');
  });
  it('a kit that asks the API keys with the login password, saying API, stays caught', () => {
    const kit = page(
      '쿠팡 파트너스 API 재확인',
      '<h1>쿠팡 파트너스 API 키 재확인</h1><p>API 연동이 중지되었습니다. 키와 계정 비밀번호를 다시 입력하세요.</p>' +
        '<input placeholder="Access Key"><input placeholder="Secret Key"><input type="password" placeholder="비밀번호"><button>확인</button>',
    );
    expect(scan(kit, 'https://partners-api-check.example.top/').verdict).toBe('suspicious-page');
  });
});
