import { describe, expect, it } from 'vitest';
import { koPage as page, scanHtml, verdictOf as verdict } from './helpers';

/**
 * Round page52 (tune-as's and tune-at's false alarms), taken by class with pages written apart from the corpus: a
 * newsletter's e-mail box under a story about the leak, a community's own member login under a thread about the
 * brand, a financial ad's review number read as a phone line, and a validity period's box with no card beside it.
 * Next to each, the kit of the same shape (caught) and the honest page (clean).
 */

describe('an e-mail box (type="email") is not what the sentence before it asks', () => {
  const story = (box: string) =>
    page(
      'Retailer Coupang confirms leak of shoppers’ door codes',
      '<article><h1>Retailer Coupang confirms leak of shoppers’ door codes</h1><p>Fraudsters are now texting ' +
        'customers about a "refund" and asking for their bank account numbers. Coupang said it would never ' +
        `request an account number by message.</p></article><aside><p>Weekly security digest</p>${box}` +
        '<button>Sign up</button></aside>',
    );

  it("leaves a newsletter's sign-up box clean", () => {
    expect(
      verdict(
        story('<input type="email" placeholder="Email address">'),
        'https://www.techwire.example/coupang-leak',
      ),
    ).toBe('clean');
  });

  it('flags the fake news page that asks the brand’s login, or an account number in a text box', () => {
    const url = 'https://www.techwire.example/coupang-leak';
    const login =
      '<form><p>Check whether your Coupang account was exposed: sign in with your Coupang account.</p>' +
      '<input type="email" placeholder="Coupang email"><input type="password" placeholder="Coupang password"></form>';
    expect(verdict(story(login), url)).toBe('suspicious-page');
    const account =
      '<form><p>Enter your bank account number to receive the compensation.</p><input type="text"></form>';
    expect(verdict(story(account), url)).toBe('suspicious-page');
  });
});

describe("a community's own member login, named twice, under a thread about the brand", () => {
  const thread = (caption: string, idBox: string, pw: string) =>
    page(
      '쿠팡 마이너 갤러리 - 이츠 쿠폰 5만원 준다는 문자 진짜임?',
      '<h1>이츠 쿠폰 5만원 준다는 문자 진짜임?</h1><p>문자 링크 누르니까 쿠폰 받으려면 정보 입력하래서 멈춤</p>' +
        '<p>ㄴ 그거 피싱임 앱 공지에 없음</p><p>ㄴ 고객센터에 물어보니 그런 행사 없다고 함</p>' +
        `<form><b>${caption}</b><input placeholder="${idBox}"><input type="password" placeholder="${pw}">` +
        '<button>로그인</button></form>',
    );
  const url = 'https://board.plaza-talk.example/m/coupang/4410';

  it("leaves the board's own sign-in clean", () => {
    expect(verdict(thread('모두의광장 로그인', '모두의광장 아이디', '비밀번호'), url)).toBe('clean');
  });

  it("flags the forum-styled page that asks the brand's login, or names a desk's words as its own", () => {
    expect(verdict(thread('쿠팡 로그인', '쿠팡 아이디', '비밀번호'), url)).toBe('suspicious-page');
    expect(verdict(thread('모두의광장 로그인', '모두의광장 아이디', '쿠팡 비밀번호'), url)).toBe(
      'suspicious-page',
    );
  });

  it("keeps a desk's words named as the login's owner a full password ask", () => {
    // ("보상센터 로그인" over "보상센터 아이디" names no site: the password weighs what any unnamed one does)
    const ask = (c: string) =>
      scanHtml(thread(`${c} 로그인`, `${c} 아이디`, '비밀번호'), url).reasons.find(
        (r) => r.code === 'asks-password',
      );
    expect(ask('보상센터')?.weight).toBe(3);
    expect(ask('모두의광장')?.weight).toBe(1);
  });
});

describe("a financial ad's review number is not a line to call", () => {
  const ad = (top: string, extra: string) =>
    page(
      '보이스피싱 피해 보장 보험',
      `${top}<h1>쿠팡 정보 유출 뒤 늘어난 스미싱, 보험으로 대비하세요</h1><p>전화금융사기 피해 최대 500만원 보장. ` +
        '월 3,400원.</p><form><b>가입 상담 신청</b><input placeholder="이름"><input placeholder="생년월일">' +
        `<input placeholder="휴대폰">${extra}</form><p>한결손해보험(주) · 준법감시인 심의필 제2025-0417호</p>`,
    );
  const url = 'https://www.hangyeol-ins.example/phishing';

  it("leaves an insurer's ad, stamped with its review number, clean", () => {
    expect(verdict(ad('', ''), url)).toBe('clean');
  });

  it("flags the fake compensation page under the brand's logo", () => {
    const logo = '<header><img src="/img/coupang_logo.png" alt="쿠팡"></header>';
    expect(verdict(ad(logo, '<input placeholder="보상금 받을 계좌번호">'), url)).toBe('suspicious-page');
  });
});

describe('a box that says only "유효 기간", with no card beside it', () => {
  const pass = (title: string, boxes: string) =>
    page(
      title,
      '<h1>택배 기사 임시 출입 등록</h1><p>쿠팡·한진·롯데 등 택배 기사님이 공동현관을 지날 수 있도록 하루짜리 ' +
        `출입번호를 만들어 드립니다.</p><form><select><option>쿠팡</option><option>한진</option></select>${boxes}` +
        '<button>임시번호 만들기</button></form>',
    );
  const url = 'https://www.aptnote.example/visitor';

  it("leaves an apartment app's visitor pass clean", () => {
    expect(verdict(pass('방문 등록', '<input placeholder="유효 기간">'), url)).toBe('clean');
  });

  it("flags the entrance-code page under the brand, and a card's expiry asked with its number", () => {
    expect(verdict(pass('쿠팡 배송 출입정보 등록', '<input placeholder="공동현관 비밀번호">'), url)).toBe(
      'suspicious-page',
    );
    expect(
      verdict(pass('쿠팡 배송비 결제', '<input placeholder="카드번호"><input placeholder="유효 기간">'), url),
    ).toBe('suspicious-page');
  });
});
