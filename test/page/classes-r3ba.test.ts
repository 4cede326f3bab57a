import { describe, expect, it } from 'vitest';
import { koPage as page, scanHtml as scan } from './helpers';

/**
 * Author BA's half (tune-ba, scored once on integ), taken by class (round page-r3-ba) with pages written apart from
 * it: first the honest pages it flagged, each next to the kit of the same shape that stays caught; then the kits it
 * missed, each next to an honest page of the same shape that stays clean.
 */
const verdict = (html: string, url?: string) => scan(html, url).verdict;

describe("a site's own sign-in in its top bar, over a page about the brand", () => {
  const posting = (bar: string, idBox = '아이디') =>
    page(
      '쿠팡이츠 서비스 기획자',
      `<div class="bar">${bar} <form style="float:right"><input placeholder="${idBox}">` +
        '<input type="password" placeholder="비밀번호"> <button>로그인</button></form></div>' +
        '<div class="post"><h1>쿠팡이츠 서비스 기획자</h1><p>쿠팡 물류센터 운영 데이터를 분석합니다.</p>' +
        '<button>지원하기</button></div>',
    );
  const url = 'https://www.ilteo.example/jobs/88012';

  it('leaves it clean', () => {
    expect(verdict(posting('일터나라'), url)).toBe('clean');
  });

  it('flags the same page whose bar is the brand, or whose box names the brand', () => {
    expect(verdict(posting('쿠팡'), url)).toBe('suspicious-page');
    expect(verdict(posting('일터나라', '쿠팡 아이디'), url)).toBe('suspicious-page');
  });

  it('leaves an English quote page with its own bar clean', () => {
    const quote = page(
      'CPNG stock - Coupang',
      '<div class="top">TickerDesk <form><input placeholder="username"> <input type="password" ' +
        'placeholder="password"> <button>Sign in</button></form></div><h1>Coupang (CPNG)</h1><p>Last: $24.10</p>',
    );
    expect(verdict(quote, 'https://tickerdesk.example/q/cpng')).toBe('clean');
  });
});

describe('the brand said once, as a firm’s partner or as the leak its own check refuses', () => {
  const signUp = (line: string, title = '체크카드 신청') =>
    page(
      title,
      '<div class="top">한빛카드</div><h1>한빛 체크카드</h1>' +
        `<p>${line}</p><form><input placeholder="성명"><input placeholder="주민등록번호 앞 6자리">` +
        '<input type="password" placeholder="뒷자리 7자리"><input placeholder="휴대폰"><button>신청</button></form>',
    );
  const url = 'https://www.hanbit-card.example/apply';

  it('leaves it clean', () => {
    expect(verdict(signUp('쿠팡 결제 시 5% 청구할인 제휴 혜택이 있습니다.'), url)).toBe('clean');
    expect(verdict(signUp('유출된 쿠팡 정보만으로는 카드 발급이 불가합니다.'), url)).toBe('clean');
  });

  it('flags it when the brand heads the page or is said again', () => {
    expect(verdict(signUp('쿠팡 결제 시 5% 청구할인 제휴 혜택이 있습니다.', '쿠팡 제휴카드 신청'), url)).toBe(
      'suspicious-page',
    );
    expect(
      verdict(
        signUp('쿠팡 결제 시 5% 청구할인 제휴 혜택이 있습니다.</p><p>쿠팡 회원 전용 신청서입니다.'),
        url,
      ),
    ).toBe('suspicious-page');
  });
});

describe('boxes named in chat shorthand', () => {
  const claim = (labels: string[]) =>
    page(
      '쿠팡 유출 보상',
      '<h2>쿠팡 유출 보상금 받는 법</h2><p>아래만 넣으면 바로 입금됩니다.</p><div>' +
        labels.map((l, i) => `<label for="x${i}">${l}</label><input id="x${i}" name="f${i}">`).join('') +
        '<button>보상금 받기</button></div>',
    );

  it('flags the resident number, the account and the code asked as 주번, 통장, 인번', () => {
    expect(verdict(claim(['주번', '통장', '인번']), 'https://cp-claim.example/')).toBe('suspicious-page');
  });

  it("leaves a class page's weekly-duty box clean", () => {
    const duty = page(
      '3학년 2반 알림장',
      '<h2>이번 주 당번 등록</h2><label for="d">주번</label><input id="d" name="d"><button>저장</button>',
    );
    expect(verdict(duty, 'https://class.school.example/3-2')).toBe('clean');
  });
});

describe('a box that says only "Code" where the page says a code was just sent to the phone', () => {
  const verify = (line: string) =>
    page(
      'Coupang - Verify your identity',
      '<div class="bar"><b style="color:#e52528">coupang</b></div><h1>Verify your identity</h1>' +
        `<p>${line}</p><form method="post" action="/v"><label>Code</label>` +
        [0, 1, 2, 3, 4, 5].map((i) => `<input name="c${i}" maxlength="1" size="1">`).join('') +
        '<button>Verify</button></form>',
    );
  const url = 'https://verify-id.example/s';

  it('flags it', () => {
    expect(verdict(verify('We sent a 6-digit code to your phone to confirm the refund.'), url)).toBe(
      'suspicious-page',
    );
  });

  it('leaves a promo page whose "Code" box takes a coupon clean', () => {
    const promo = page(
      'Gift shop - redeem',
      '<h1>Redeem your coupon</h1><p>Type the code printed on your card.</p><form><label>Code</label>' +
        '<input name="c"><button>Apply</button></form>',
    );
    expect(verdict(promo, 'https://giftshop.example/redeem')).toBe('clean');
  });
});

describe('keys kept from drawn boxes and sent, with no input element', () => {
  const pad = (send: boolean) =>
    page(
      '보안 로그인',
      '<div style="color:#e52528;font:700 26px Arial">쿠팡</div><p>보안 입력 (키 입력은 암호화됩니다)</p>' +
        '<div class="f" tabindex="0" data-k="u">아이디 입력</div><div class="f" tabindex="0" data-k="p">비밀번호 입력</div>' +
        '<div class="btn" onclick="go()">로그인</div><script>var K={u:"",p:""};' +
        'document.querySelectorAll(".f").forEach(function(el){el.addEventListener("keydown",function(ev){' +
        'ev.preventDefault();K[el.dataset.k]+=ev.key;el.textContent="*".repeat(K[el.dataset.k].length)})});' +
        `function go(){${send ? 'fetch("/k",{method:"POST",body:JSON.stringify(K)})' : 'alert("ok")'}}</script>`,
    );

  it('flags it', () => {
    expect(verdict(pad(true), 'https://keys-login.example/')).toBe('suspicious-page');
  });

  it('leaves the same drawing that sends nothing clean', () => {
    expect(verdict(pad(false), 'https://keys-login.example/')).toBe('clean');
  });
});

describe('a parcel that cannot be handed over, with a personal mobile to call', () => {
  const driver = (tel: string) =>
    page(
      '배송 주소 오류 안내',
      '<div class="top"><b>쿠팡 배송기사</b></div><h1>주소지 오류로 배송 불가</h1>' +
        '<p>쿠팡 배송 담당 기사입니다. 주소지 오류로 상품 전달이 어렵습니다. 아래 번호로 연락 주세요.</p>' +
        `<a href="tel:${tel}">전화하기</a>`,
    );
  const url = 'https://dlv-fix.example/r';

  it('flags it', () => {
    expect(verdict(driver('01047713390'), url)).toBe('suspicious-page');
  });

  it("leaves the same notice that gives a desk's own line clean", () => {
    expect(verdict(driver('15884421'), url)).toBe('clean');
  });
});
