import { describe, expect, it } from 'vitest';
import { koPage as page, verdictOf as verdict } from './helpers';

/**
 * Round page53 (tune-as's and tune-at's misses), taken by class with pages written apart from the corpus. Next to
 * each kit, the honest page of the same shape (clean).
 */

describe("the brand's account named in a sentence over a password box, on a page with no name of its own", () => {
  const url = 'https://leak-lookup.example/check';
  const lookup = (line: string) =>
    page(
      '개인정보 노출 확인',
      `<h1>내 정보 노출 여부 확인</h1><p>지난달 온라인 쇼핑몰 해킹으로 회원 주소록이 새어 나갔습니다. ${line}</p>` +
        '<form><input placeholder="성명"><input placeholder="휴대폰 번호"><input placeholder="아이디">' +
        '<input type="password" placeholder="비밀번호"><button>확인</button></form>',
    );

  it('flags a lookup that asks what the reader signed up at the brand with', () => {
    expect(
      verdict(lookup('확인하시려면 쿠팡 가입 시 사용하신 이메일과 비밀번호를 입력해 주세요.'), url),
    ).toBe('suspicious-page');
  });

  it('leaves the same lookup clean when its sentence does not name the brand’s account', () => {
    expect(verdict(lookup('확인하시려면 본 사이트 회원 정보를 입력해 주세요.'), url)).toBe('clean');
  });

  const notice = (line: string) =>
    page(
      '이용 제한 안내',
      `<h1>이용 제한 안내</h1><p>${line}</p><p>아래에서 본인 확인을 마치면 바로 풀립니다.</p>` +
        '<form><input placeholder="이메일"><input type="password" placeholder="비밀번호"><button>해제</button></form>',
    );

  it('flags a lock notice whose reason stands between the account and "restricted"', () => {
    expect(
      verdict(
        notice('회원님의 쿠팡 계정이 도용 위험이 높은 휴면 계정 목록에 올라 있어 구매가 정지되었습니다.'),
        url,
      ),
    ).toBe('suspicious-page');
  });

  it('leaves a notice clean that names no account of the brand', () => {
    expect(
      verdict(
        notice('회원님의 계정이 도용 위험이 높은 휴면 계정 목록에 올라 있어 구매가 정지되었습니다.'),
        url,
      ),
    ).toBe('clean');
  });
});

describe('the membership named in English ("WOW Membership") as the page\'s heading', () => {
  const refund = (name: string) =>
    page(
      `${name} Refund`,
      `<h1>${name} Refund</h1><p>Enter the code we texted to your phone to receive this month's fee back.</p>` +
        '<input placeholder="Phone number"><input placeholder="6-digit code" autocomplete="one-time-code">' +
        '<button>Get refund</button>',
    );

  it('flags a fee refund under the membership’s English name that asks a one-time code', () => {
    expect(verdict(refund('WOW Membership'), 'https://fee-return.example/')).toBe('suspicious-page');
  });

  it('leaves a cinema’s own loyalty sign-in of the same name clean, and a plain “Membership” page', () => {
    expect(verdict(refund('Membership'), 'https://fee-return.example/')).toBe('clean');
    const cinema = page(
      'Starlight Cinemas | WOW Membership sign in',
      '<header><div class="logo">Starlight Cinemas</div></header><h1>WOW Membership</h1>' +
        '<p>Members of Starlight Cinemas WOW Membership get a free popcorn every visit.</p>' +
        '<form><input placeholder="Email"><input type="password" placeholder="Password"><button>Sign in</button></form>' +
        '<footer>© Starlight Cinemas Ltd.</footer>',
    );
    expect(verdict(cinema, 'https://www.starlightcinemas.example/wow')).toBe('clean');
  });
});

describe('boxes labelled by an icon alone ("💳 <input>")', () => {
  const pay = (icon: string) =>
    page(
      '쿠팡 간편결제 재인증',
      '<h1>쿠팡 간편결제 재인증</h1><p>등록된 결제수단 확인이 필요합니다.</p>' +
        `<div>${icon} <input inputmode="numeric" maxlength="19"></div><div><input maxlength="5"></div>` +
        '<button>확인</button>',
    );
  const url = 'https://pay-recheck.example/';

  it('flags a card box whose only label is the card icon', () => {
    expect(verdict(pay('💳'), url)).toBe('suspicious-page');
  });

  it('leaves a box clean whose icon means nothing asked', () => {
    expect(verdict(pay('⭐'), url)).toBe('clean');
  });
});

describe("a seller centre's password under a heading that opens with the portal's name", () => {
  const hold = (heading: string) =>
    page(
      `${heading} 안내`,
      `<h1>${heading}</h1><p>판매자님의 이번 달 정산금이 계좌 확인 문제로 지급 보류되었습니다.</p>` +
        '<form><input placeholder="사업자등록번호"><input placeholder="판매자센터 비밀번호"><button>제출</button></form>',
    );
  const url = 'https://seller-release.example/';

  it('flags the portal-headed settlement hold that asks the seller centre password', () => {
    expect(verdict(hold('Wing 정산 보류 해제'), url)).toBe('suspicious-page');
  });

  it('leaves the same form clean under another marketplace’s heading, or a word that only contains the name', () => {
    expect(verdict(hold('스마트몰 정산 보류 해제'), url)).toBe('clean');
    expect(verdict(hold('윙크샵 정산 보류 해제'), url)).toBe('clean');
  });
});

describe("a title's last words that say what is owed are no site's name", () => {
  const duty = (title: string) =>
    page(
      title,
      '<h1>통관 보류 안내</h1><p>쿠팡 로켓직구로 주문하신 건강식품 2건의 부가세 18,400원이 납부되지 않아 통관이 멈췄습니다.</p>' +
        '<form><input placeholder="개인통관고유부호"><input placeholder="주문자 이름"><button>납부 확인</button></form>',
    );
  const url = 'https://clearance-due.example/k';

  it('flags the duty notice whose title ends in the arrears it names', () => {
    expect(verdict(duty('관세청 통관지원 | 부가세 미납 통지'), url)).toBe('suspicious-page');
  });

  it("leaves the same notice clean under a broker's name it signs with again", () => {
    const broker = duty('통관 안내 | 한빛관세법인').replace(
      '</form>',
      '</form><footer>한빛관세법인 · 관세사 등록 제2231호</footer>',
    );
    expect(verdict(broker, url)).toBe('clean');
  });
});

describe('a number given as where to have the charge undone ("…로 즉시 취소 요청하세요")', () => {
  const receipt = (line: string) =>
    page(
      '주문 접수 확인',
      '<h1>주문이 접수되었습니다</h1><table><tr><td>상품</td><td>노트북 15인치</td></tr>' +
        `<tr><td>결제금액</td><td>2,180,000원</td></tr></table><p>${line}</p><p>쿠팡(주) 주문관리팀</p>`,
    );
  const url = 'https://order-notice.example/';

  it('flags a receipt in the brand’s name that sends the reader to a number to cancel', () => {
    expect(
      verdict(receipt('직접 주문하지 않으셨다면 070-4412-9083 으로 바로 결제 취소 신청하세요.'), url),
    ).toBe('suspicious-page');
  });

  it('leaves the receipt clean when the number is not offered as the way to cancel', () => {
    expect(verdict(receipt('배송 예정일은 070-4412-9083 기준으로 안내됩니다.'), url)).toBe('clean');
  });
});

describe('a side job paid by the piece for likes or captures that takes the reader to a messenger id box', () => {
  const job = (pay: string) =>
    page(
      '주부 재택 알바',
      `<h1>집에서 하는 재택 알바</h1><p>쿠팡 상품 페이지를 찜하기 하고 화면 캡처를 올리면 ${pay}. 담당 매니저가 안내합니다.</p>` +
        '<form><input placeholder="성함"><input placeholder="연락처"><input placeholder="카카오톡 ID"><button>지원</button></form>',
    );
  const url = 'https://home-side-work.example/';

  it('flags the task job that pays per capture and asks the messenger id', () => {
    expect(verdict(job('건당 2,500원 지급'), url)).toBe('suspicious-page');
  });

  it('leaves a job clean that pays a monthly wage for the same form', () => {
    expect(verdict(job('월급 180만원'), url)).toBe('clean');
  });
});

describe("a wordmark drawn in nothing but the mark's colours, without its first", () => {
  const logo = (colors: string[]) => {
    const strokes = colors
      .map((c, i) => `<path d="M${6 + i * 16} 6v16h8" stroke="${c}" stroke-width="4" fill="none"/>`)
      .join('');
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="110" height="28">${strokes}</svg>`;
    return page(
      '로그인',
      `<header><img src="data:image/svg+xml;base64,${btoa(svg)}" alt=""></header><h1>로그인</h1>` +
        '<form><input placeholder="이메일"><input type="password" placeholder="비밀번호"><button>로그인</button></form>',
    );
  };
  const url = 'https://member-signin.example/';

  it('flags a login under strokes in four of the mark’s colours and no other', () => {
    expect(verdict(logo(['#e0352b', '#f0a31f', '#4bb04f', '#1f5aa8', '#e0352b', '#f0a31f']), url)).toBe(
      'suspicious-page',
    );
  });

  it('leaves a login clean under a rainbow with a colour of its own, or in another firm’s four colours', () => {
    expect(verdict(logo(['#61bb46', '#fdb827', '#e03a3e', '#963d97', '#009ddc']), url)).toBe('clean');
    expect(verdict(logo(['#4285f4', '#ea4335', '#fbbc05', '#4285f4', '#34a853', '#ea4335']), url)).toBe(
      'clean',
    );
  });
});

describe('a number picked digit by digit from drop-downs a script makes', () => {
  const pickers = (what: string, upTo: string) =>
    page(
      '본인 인증',
      `<h1>쿠팡 보상금 수령 인증</h1><p>${what}를 순서대로 고르세요.</p><div id="slots"></div><button>다음</button>` +
        `<script>var box=document.getElementById('slots');for(var k=0;k<13;k++){var sel=document.createElement('select');` +
        `for(var n=0;n${upTo};n++){var op=document.createElement('option');op.textContent=n;sel.appendChild(op)}box.appendChild(sel)}</script>`,
    );
  const url = 'https://payout-verify.example/';

  it('flags the resident number asked through digit pickers', () => {
    expect(verdict(pickers('주민등록번호 13자리', '<10'), url)).toBe('suspicious-page');
  });

  it('leaves drop-downs clean that are not ten digits (a date’s years)', () => {
    expect(verdict(pickers('주민등록번호 13자리', '<40'), url)).toBe('clean');
  });
});
