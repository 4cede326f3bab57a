import { describe, expect, it } from 'vitest';
import { koPage as page, verdictOf as verdict } from './helpers';

/**
 * Round page45 (tune-an's false alarm and misses), taken by class with pages written apart from the corpus: the next
 * kit's version of each trick, and the honest page of the same shape that stays clean.
 */

describe("a reader's account that quotes the number a crook gave", () => {
  it('leaves a victim telling of a call from a quoted "centre" clean', () => {
    const html = page(
      '그날 걸려온 전화 한 통',
      '<article><h1>그날 걸려온 전화 한 통</h1><p>택배 문자를 받고 사흘 뒤, "1588-4417 쿠팡 환불 심사팀"이라는 번호에서 ' +
        '연락이 왔다. 그는 주문 내역을 줄줄 읊었다.</p><p>보내온 링크에는 "쿠팡 환불 계좌 재인증"이라는 제목과 ' +
        '계좌번호 입력칸이 있었다. 나는 아무것도 입력하지 않았다.</p></article>',
    );
    expect(verdict(html, 'https://blog-like.example/@mina/12')).toBe('clean');
  });

  it('leaves a columnist quoting "a so-called desk" in the past tense clean', () => {
    const html = page(
      '사칭 전화를 받은 독자들',
      '<main><h2>사칭 전화를 받은 독자들</h2><p>한 독자는 지난달 "1661-2290 쿠팡 결제 취소 센터"라며 걸려온 ' +
        '전화를 받았다. 상담원은 쿠팡페이 결제가 승인됐다고 말했다.</p></main>',
    );
    expect(verdict(html, 'https://column.example/2026/11/3')).toBe('clean');
  });

  it('still flags a kit that hands its number over in its own voice', () => {
    const html = page(
      '쿠팡 결제 취소 안내',
      '<main><h2>쿠팡페이 결제 승인 안내</h2><p>고객님의 쿠팡페이 결제 389,000원이 승인되었습니다. 본인 결제가 ' +
        '아니면 결제 취소센터 1661-2290으로 지금 전화하세요.</p></main>',
    );
    expect(verdict(html)).toBe('suspicious-page');
  });

  it('still flags a kit that quotes its own centre and asks the call', () => {
    const html = page(
      '결제 확인',
      '<main><h2>쿠팡 결제 확인</h2><p>고객님의 쿠팡 결제가 승인되었습니다. "1661-2290 결제 취소 센터"로 ' +
        '전화해 주세요.</p></main>',
    );
    expect(verdict(html)).toBe('suspicious-page');
  });
});

describe("a page that gives the brand's host as its own address", () => {
  const login = (head: string, url = 'https://saved-login.example/') =>
    verdict(
      page(
        '로그인',
        '<main><h2>로그인</h2><p>와우회원 혜택 확인을 위해 로그인하세요.</p><form action="/in" method="post">' +
          '<input name="id" placeholder="아이디"><input name="pw" type="password" placeholder="비밀번호">' +
          '<button>로그인</button></form></main>',
        head,
      ),
      url,
    );

  it("flags a login whose canonical link is the brand's login host", () => {
    expect(login('<link rel="canonical" href="https://login.coupang.com/login/login.pang">')).toBe(
      'suspicious-page',
    );
  });

  it("flags a login whose base address is the brand's home", () => {
    expect(login('<base href="https://www.coupang.com/">')).toBe('suspicious-page');
  });

  it('leaves the same login with its own canonical address clean', () => {
    expect(login('<link rel="canonical" href="https://saved-login.example/">')).toBe('clean');
  });

  it('leaves a product mirror whose canonical is the brand, asking nothing, clean', () => {
    const html = page(
      '무선 청소기 최저가 비교',
      '<main><h2>무선 청소기 최저가</h2><p>로켓배송 상품 가격을 매일 모읍니다.</p></main>',
      '<link rel="canonical" href="https://www.coupang.com/vp/products/1">',
    );
    expect(verdict(html, 'https://price-notes.example/p/1')).toBe('clean');
  });

  it('leaves a canonical link to a partners host (an affiliate post) as it was', () => {
    const html = page(
      '캠핑 의자 후기',
      '<main><h2>캠핑 의자 후기</h2><p>직접 써 본 후기입니다.</p></main>',
      '<link rel="canonical" href="https://partners.coupang.com/x">',
    );
    expect(verdict(html, 'https://camp-notes.example/9')).toBe('clean');
  });
});

describe("a secure mail in the brand's name opened by the mailbox's password", () => {
  const mail = (from: string, title = '보안메일 확인', extra = '') =>
    page(
      title,
      `<main>${extra}<p>발신자: ${from}</p><h3>[보안메일] 주문 정보 변경 확인</h3><p>보안메일은 받는 분만 열 수 ` +
        '있습니다. 메일 계정 비밀번호를 입력하세요.</p><form action="/open" method="post"><input name="em" ' +
        'placeholder="메일 주소"><input name="pw" type="password" placeholder="메일 비밀번호"><button>열기</button>' +
        '</form></main>',
    );

  it('flags the viewer whose sender is the brand', () => {
    expect(verdict(mail('Coupang &lt;notice@cp-secure.example&gt;'))).toBe('suspicious-page');
  });

  it("leaves a webmail's own sign-in under its name, for another firm's mail, clean", () => {
    const html = mail(
      '한빛카드 &lt;card@hanbitcard.example&gt;',
      '한빛메일 - 로그인',
      '<header><b>한빛메일</b></header>',
    );
    expect(verdict(html, 'https://mail.hanbit.example/')).toBe('clean');
  });

  it('leaves a help article on secure mail from a shop, asking nothing, clean', () => {
    const html = page(
      '보안메일이 열리지 않을 때',
      '<main><h2>보안메일이 열리지 않을 때</h2><p>보낸사람: 쿠팡으로 온 보안메일은 없습니다. 쿠팡은 보안메일을 ' +
        '보내지 않으며, 메일 비밀번호를 묻는 화면은 사기입니다.</p></main>',
    );
    expect(verdict(html, 'https://help-notes.example/mail')).toBe('clean');
  });
});

describe('a body\'s name worn over a "safe account"', () => {
  it('flags an FSS-dressed page that has the reader deposit savings into a safe account', () => {
    const html = page(
      '금융감독원 보이스피싱 피해 방지',
      '<main><h3>금융감독원 · 계좌 보호</h3><p>쿠팡 개인정보 유출로 귀하의 예금이 위험합니다. 잔액 보호를 위해 ' +
        '안전계좌로 예치해 주십시오.</p><p>안전계좌: 한빛은행 110-482-339102</p><form><input placeholder="성명">' +
        '<input placeholder="예치 금액"><button>확인</button></form></main>',
    );
    expect(verdict(html, 'https://fss-safe.example/')).toBe('suspicious-page');
  });

  it("leaves the body's own warning that quotes the trick clean", () => {
    const html = page(
      '금융감독원 보이스피싱 피해 예방 안내',
      '<main><h3>금융감독원 · 소비자 경보</h3><p>쿠팡 개인정보 유출을 빙자해 "안전계좌로 예치하라"고 요구하는 ' +
        '전화는 사기입니다. 금융감독원은 절대 이체나 예치를 요구하지 않습니다.</p></main>',
    );
    expect(verdict(html, 'https://news-like.example/fss')).toBe('clean');
  });

  it("leaves a bank's fixed-deposit page under its name clean", () => {
    const html = page(
      '정기예금 가입 | 한빛은행',
      '<header><b>한빛은행</b></header><main><h3>정기예금</h3><p>목돈을 안전하게 예치해 보세요. 금리 연 3.1%.' +
        '</p><form><input placeholder="예치 금액"><button>가입</button></form></main>',
    );
    expect(verdict(html, 'https://www.hanbit-bank.example/deposit')).toBe('clean');
  });
});

describe("a seller's held sales released for a deposit", () => {
  it('flags a settlement hold released by a guarantee paid into an account', () => {
    const html = page(
      '판매자 정산 안내',
      '<main><h3>판매대금 지급 보류 안내</h3><p>지급 보류 금액 2,140,000원. 보류 해제를 위해 보증금 ' +
        '200,000원을 아래 계좌로 입금하세요.</p><p>입금 계좌: 신한은행 110-583-220194 (로켓그로스 정산센터)</p>' +
        '<form><input placeholder="입금자명"><button>입금 완료</button></form></main>',
    );
    expect(verdict(html, 'https://seller-settle.example/')).toBe('suspicious-page');
  });

  it("leaves a market's help page on a settlement hold, asking papers, clean", () => {
    const html = page(
      '정산 보류 해제 방법 | 한빛마켓 판매자센터',
      '<header><b>한빛마켓 판매자센터</b></header><main><h3>정산 보류 해제</h3><p>정산 보류는 서류 확인 후 ' +
        '해제됩니다. 판매자센터에서 통장 사본을 제출하세요. 보증금이나 입금을 요구하지 않습니다.</p></main>',
    );
    expect(verdict(html, 'https://seller.hanbitmarket.example/help')).toBe('clean');
  });
});

describe("an unofficial users' community asking only its own forum's sign-in", () => {
  const forum = (title: string, box: string, extra = '', head = '') =>
    page(
      title,
      `<div><h2>${title.split(' - ')[0]} <small>(비공식 팬 카페)</small></h2><p>쿠팡과 무관한 팬 카페입니다. ` +
        `쿠팡 계정 비밀번호는 여기에 넣지 마세요.</p><h4>${title.split(' - ')[0]} 로그인</h4>` +
        `<input placeholder="아이디">${extra}<input type="password" placeholder="${box}"><button>로그인</button></div>`,
      head,
    );

  it('leaves a fan forum named for the brand with a word of its own clean', () => {
    const html = forum('쿠팡러버즈 - 쿠팡 이용자 커뮤니티 (비공식)', '쿠팡러버즈 비밀번호');
    expect(verdict(html, 'https://www.coupang-fans.example/')).toBe('clean');
  });

  it("still flags the same community whose box asks the brand's own password", () => {
    const html = forum('쿠팡러버즈 - 쿠팡 이용자 커뮤니티 (비공식)', '쿠팡 비밀번호');
    expect(verdict(html, 'https://www.coupang-fans.example/')).toBe('suspicious-page');
  });

  it('still flags the same community that also asks a resident number', () => {
    const html = forum(
      '쿠팡러버즈 - 쿠팡 이용자 커뮤니티 (비공식)',
      '쿠팡러버즈 비밀번호',
      '<input placeholder="주민등록번호">',
    );
    expect(verdict(html, 'https://www.coupang-fans.example/')).toBe('suspicious-page');
  });

  it('still flags a page titled as the brand itself that calls itself unofficial', () => {
    const html = forum('쿠팡 - 이용자 커뮤니티 (비공식)', '쿠팡 비밀번호');
    expect(verdict(html, 'https://www.coupang-fans.example/')).toBe('suspicious-page');
  });

  it("leaves another shop's users' community with its own login clean", () => {
    const html = page(
      '한빛몰러버스 - 한빛몰 이용자 커뮤니티 (비공식)',
      '<div><h2>한빛몰러버스</h2><p>쿠팡, 한빛몰 등 쇼핑 후기를 나눕니다.</p><input placeholder="닉네임">' +
        '<input type="password" placeholder="비밀번호"><button>로그인</button></div>',
    );
    expect(verdict(html, 'https://hanbit-lovers.example/')).toBe('clean');
  });
});
