import { describe, expect, it } from 'vitest';
import { codesOf, koPage as page, verdictOf as verdict } from './helpers';

/**
 * Round page55 (issue #11: misses that recur across the tuning halves, tune-as and tune-at left to page53), taken by
 * class with pages written apart from the corpus: a call-back number a script writes into the page from pieces
 * joined with a dash, an open chat given with the code that lets the reader in, and the brand's easy sign-in drawn
 * with another service's box. Next to each, the honest page of the kind.
 */

describe('a call-back number a script joins from pieces with a dash', () => {
  const notice = (script: string) =>
    page(
      '결제 알림',
      `<div class="top"><b>쿠팡</b></div><h2>해외 결제 승인 안내</h2><p>고객님 명의로 312,000원 해외 결제가 ` +
        `승인되었습니다. 본인 결제가 아니라면 아래 번호로 즉시 전화하여 취소하십시오.</p><p id="tel"></p>` +
        `<a id="c" href="#">전화 걸기</a><script>${script}</script>`,
    );

  it('flags the number written into the page as text', () => {
    expect(
      verdict(
        notice(`document.getElementById('tel').textContent=['070','5521','8834'].join('-');`),
        'https://pay-cancel-desk.example/n',
      ),
    ).toBe('suspicious-page');
  });

  it('flags the number kept in a variable and given to a tel: link', () => {
    const html = notice(
      `var q=["02","771","4410"].join("-");document.getElementById('c').href='tel:'+q.replace(/-/g,'');`,
    );
    expect(codesOf(html, 'https://pay-cancel-desk.example/n')).toContain('callback-lure');
  });

  it('leaves a page whose script writes a date joined with dashes clean', () => {
    const html = page(
      '주문 안내 | 생활상점',
      `<header><b>생활상점</b></header><h2>주문 안내</h2><p>쿠팡에서도 만나보실 수 있습니다. 배송 예정일은 ` +
        `<span id="d"></span> 입니다.</p><script>document.getElementById('d').textContent=['2026','12','09'].join('-');</script>`,
    );
    expect(verdict(html, 'https://www.saenghwal-store.example/order')).toBe('clean');
  });

  it("leaves a shop's own contact line written by script, with no call urged over a payment, clean", () => {
    const html = page(
      '고객센터 | 생활상점',
      `<header><b>생활상점</b></header><h2>고객센터</h2><p>생활상점 제품은 쿠팡과 자사몰에서 판매합니다. ` +
        `운영시간 평일 10시~17시.</p><p id="n"></p>` +
        `<script>document.getElementById('n').textContent=['02','6677','1200'].join('-');</script>`,
    );
    expect(verdict(html, 'https://www.saenghwal-store.example/cs')).toBe('clean');
  });
});

describe('an open chat given with the code that lets the reader in', () => {
  const desk = (title: string, top: string, body: string) =>
    page(
      title,
      `${top}<h1>${title}</h1><p>${body}</p><form action="/req" method="post"><input name="a" placeholder="이름">` +
        `<input name="b" placeholder="휴대폰"><button>상담 신청</button></form>`,
    );

  it('flags the brand’s refund desk that runs only in a coded open chat', () => {
    expect(
      verdict(
        desk(
          '쿠팡 환불 상담실',
          '<div class="logo">쿠팡</div>',
          '환불 상담은 카카오톡 오픈채팅에서만 받습니다. 입장 코드 4471을 넣고 들어오세요.',
        ),
        'https://refund-room.example/',
      ),
    ).toBe('suspicious-page');
  });

  it('gives the hand-off reason for a Telegram room with a join code', () => {
    const html = desk(
      '쿠팡 보상 접수',
      '<div class="logo">쿠팡</div>',
      '보상금 지급 안내는 텔레그램 방에서 드립니다. 참가 번호: 85302',
    );
    expect(codesOf(html, 'https://bosang-room.example/')).toContain('sends-to-messenger');
  });

  it("leaves a hobby club's own page with a coded open chat, the brand named in passing, clean", () => {
    const html = page(
      '캠핑메이트 - 초보 캠퍼 모임',
      `<header><b>캠핑메이트</b></header><h1>캠핑메이트 모임 안내</h1><p>장비는 쿠팡이나 동네 매장에서 ` +
        `사시면 됩니다. 모임 공지는 카카오톡 오픈채팅에서 합니다. 참여코드 2231.</p>`,
    );
    expect(verdict(html, 'https://campingmate.example/')).toBe('clean');
  });

  it('leaves a news warning that quotes the code-locked room as the trick clean', () => {
    const html = page(
      '“쿠팡 보상 오픈채팅방” 사기 주의 - 한빛일보',
      `<header><b>한빛일보</b></header><h1>“쿠팡 보상” 오픈채팅방 사기 주의보</h1><p>사기범들은 문자로 ` +
        `“카카오톡 오픈채팅 입장 코드 1234”를 보내 피해자를 방으로 불러들였다고 경찰은 밝혔다. 쿠팡은 ` +
        `오픈채팅으로 상담하지 않는다고 설명했다.</p>`,
    );
    expect(verdict(html, 'https://www.hanbit-daily.example/news/1')).toBe('clean');
  });
});

describe("the brand's easy sign-in offered through another service's account, its box drawn on the page", () => {
  const easy = (title: string, top: string, line: string) =>
    page(
      title,
      `${top}<p>${line}</p><h2>카카오</h2><input placeholder="카카오 아이디"><input type="password" ` +
        `placeholder="비밀번호"><button>로그인</button>`,
    );

  it('flags a page that draws the provider’s box for the brand’s easy sign-in', () => {
    expect(
      verdict(
        easy('카카오 로그인', '', '쿠팡 간편로그인 — 카카오 계정으로 이어서 주문 내역을 확인하세요'),
        'https://kakao-sso-check.example/auth',
      ),
    ).toBe('suspicious-page');
  });

  it('leaves a shop’s own login that lists the easy sign-ins it offers, the brand named in passing, clean', () => {
    const html = page(
      '로그인 | 두레상회',
      `<header><b>두레상회</b></header><h1>두레상회 로그인</h1><p>쿠팡에서 옮겨 오신 분도 환영합니다.</p>` +
        `<input placeholder="아이디"><input type="password" placeholder="비밀번호"><button>로그인</button>` +
        `<p>간편로그인: 네이버 · 카카오</p>`,
    );
    expect(verdict(html, 'https://www.dure-store.example/login')).toBe('clean');
  });

  it('leaves a developer’s note on how the brand’s easy sign-in buttons are labelled clean', () => {
    const html = page(
      '로그인 폼 접근성 메모 - 프론트 노트',
      `<header><b>프론트 노트</b></header><h1>로그인 폼 접근성 메모</h1><p>쿠팡 간편로그인 버튼은 대체 텍스트가 ` +
        `잘 달려 있었다. 아래는 예제 폼이다.</p><input placeholder="아이디"><input type="password"><button>예제</button>`,
    );
    expect(verdict(html, 'https://front-note.example/a11y')).toBe('clean');
  });
});
