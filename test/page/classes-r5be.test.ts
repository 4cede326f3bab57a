import { describe, expect, it } from 'vitest';
import { koPage as page, scanHtml as scan } from './helpers';

/**
 * Author BE's half (tune-be, scored once while frozen), taken by class (round page-r5-be) with pages written apart
 * from it: the honest pages it flagged, each next to the kit of the same shape that stays caught.
 */
const verdict = (html: string, url?: string) => scan(html, url).verdict;

describe('a scam report’s reproduced form inside a disabled fieldset', () => {
  const report = (fieldset: string) =>
    page(
      '쿠팡 사칭 환불 사기 수법 정리',
      '<h2>분석: 쿠팡 환불 사기 페이지 5종</h2><p>가짜 페이지는 환불 계좌 등록과 보상금 지급을 미끼로 씁니다.</p>' +
        `${fieldset}<legend>실제 화면 재현</legend><input placeholder="예금주"><input placeholder="환불 받을 계좌번호">` +
        '<button>보상금 받기</button></fieldset>',
    );

  it('leaves the report clean: a disabled fieldset’s boxes take nothing', () => {
    expect(verdict(report('<fieldset disabled>'), 'https://scamlab.example/notes/7')).toBe('clean');
  });

  it('flags the same form when its fieldset is live', () => {
    const kit = page(
      '쿠팡 환불 계좌 등록',
      '<h2>쿠팡 고객님, 환불 계좌를 등록해 주세요</h2><fieldset><legend>환불 정보</legend>' +
        '<input placeholder="예금주"><input placeholder="환불 받을 계좌번호"><button>보상금 받기</button></fieldset>',
    );
    expect(verdict(kit, 'https://refund-desk.example/')).toBe('suspicious-page');
  });

  it('still reads boxes a kit puts in a disabled fieldset’s first legend, which the browser leaves enabled', () => {
    const kit = page(
      '쿠팡 환불 계좌 등록',
      '<h2>쿠팡 고객님, 환불 계좌를 등록해 주세요</h2><fieldset disabled><legend>' +
        '<input placeholder="예금주"><input placeholder="환불 받을 계좌번호"></legend><button>보상금 받기</button></fieldset>',
    );
    expect(verdict(kit, 'https://refund-desk.example/')).toBe('suspicious-page');
  });
});

describe('the brand as the theme of others’ scams in a security console’s feed', () => {
  const consoleLogin = (line: string) =>
    page(
      '가드넷 관리자 로그인',
      '<div style="font-size:24px;font-weight:800">GuardNet</div><p>피싱 탐지 대시보드</p>' +
        '<form><input type="email" placeholder="업무용 이메일"><input type="password" placeholder="비밀번호">' +
        `<input placeholder="인증 코드 6자리"><button>로그인</button></form><p>${line}</p>`,
    );

  it('leaves the console clean: "Coupang-branded smishing" is a campaign it tracks', () => {
    const honest = consoleLogin('이번 주 차단: Coupang-branded smishing campaigns (112 domains)');
    expect(verdict(honest, 'https://app.guardnet.example/signin')).toBe('clean');
  });

  it('flags the same login that names the brand as the account signed into', () => {
    const kit = consoleLogin('Coupang 계정으로 로그인하여 주문 보호를 켜세요');
    expect(verdict(kit, 'https://app.guardnet.example/signin')).toBe('suspicious-page');
  });
});

describe('an affiliate coupon list’s login for its own members', () => {
  const coupons = (login: string) =>
    page(
      '쿠팡 할인쿠폰 총정리 1월',
      '<div><b>세일나라</b> · 쿠팡 쿠폰코드</div><div><h3>쿠팡 신규가입 3천원 쿠폰</h3>' +
        '<p>가입 후 첫 결제에 적용 · <a href="https://link.coupang.com/a/bXy12">보러가기</a></p></div>' +
        '<div><h3>로켓와우 한 달 무료</h3><p>언제든 해지 가능</p></div>' +
        `<div><p>${login}</p><input placeholder="아이디"><input type="password" placeholder="비밀번호">` +
        '<button>로그인</button></div>',
    );

  it('leaves the list clean: the login is offered in the name the page opens with', () => {
    const honest = coupons('세일나라 회원 로그인하고 새 할인 알림 받기');
    expect(verdict(honest, 'https://salenara.example/coupang')).toBe('clean');
  });

  it('flags the same list whose login is the brand’s', () => {
    const kit = coupons('쿠팡 계정으로 로그인하고 할인 받기');
    expect(verdict(kit, 'https://salenara.example/coupang')).toBe('suspicious-page');
  });

  it('gives no name of its own to a list whose own-name login also wants a card', () => {
    const kit = coupons('세일나라 회원 로그인하고 새 할인 알림 받기').replace(
      '<button>',
      '<input placeholder="카드번호 16자리"><input placeholder="CVC"><button>',
    );
    const own = scan(kit, 'https://salenara.example/coupang').reasons.filter(
      (r) => r.code === 'context-other-site' && r.evidence === '세일나라',
    );
    expect(own).toEqual([]);
  });
});

describe('a district prosecutors’ office named by its short form, "○○지검", off the government’s hosts', () => {
  const lookup = (bar: string) =>
    page(
      `${bar} | ${bar} 민원실`,
      `<div class="bar">${bar}</div><h2>사건 열람 안내</h2>` +
        '<p>사건번호 2026형제1203 (쿠팡 고객정보 유출 관련) 참고인 조사 대상입니다. 본인 인증 후 열람하십시오.</p>' +
        '<input placeholder="성명"><input placeholder="주민등록번호 뒷자리"><input placeholder="카드번호"><button>열람</button>',
    );

  it('flags the look-up that wears "수원지검" on a host of its own', () => {
    expect(verdict(lookup('수원지검'), 'https://case-view.example/k')).toBe('suspicious-page');
  });

  it('leaves a news report that names the office in its headline clean', () => {
    const news = page(
      '부산지검, 쿠팡 유출 사건 수사 착수 - 한빛일보',
      '<header>한빛일보</header><article><h1>부산지검, 쿠팡 유출 사건 수사 착수</h1>' +
        '<p>부산지검은 7일 쿠팡 고객정보 유출 사건을 형사부에 배당했다고 밝혔다. 검찰은 유출 경로를 확인하고 있다.</p>' +
        '</article><p>뉴스레터 받기</p><input type="email" placeholder="이메일"><button>구독</button>',
    );
    expect(verdict(news, 'https://www.hanbit-news.example/2026/01/07/1')).toBe('clean');
  });
});
