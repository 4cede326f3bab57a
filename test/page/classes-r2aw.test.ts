import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/page/index';
import { parse } from './helpers';

/**
 * Author AW's half (tune-aw, scored once on integ), taken by class (round page-r2-aw) with pages written apart
 * from it: first the honest kinds it flagged (each beside a kit of the same shape, caught before and after), then
 * the kits it missed (each beside an honest page of the same shape, which stays clean).
 */
const page = (title: string, body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const scan = (html: string, url = 'https://x.example/p') =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });
const codes = (html: string, url?: string) => scan(html, url).reasons.map((r) => r.code);

describe("a verifier's window that names the brand as the site that asked and the one its result goes to", () => {
  const window = (extra: string) =>
    page(
      '휴대폰 본인확인',
      '<div><b>누리신용정보 본인확인 서비스</b><p>요청 사이트: 쿠팡이츠 / 배달 주소 확인</p>' +
        '<input placeholder="이름"><input placeholder="생년월일 및 성별 (7자리)"><input placeholder="주민등록번호 뒷자리">' +
        `<input placeholder="휴대폰 번호">${extra}<button>인증 요청</button>` +
        '<p style="font-size:11px">확인 결과는 쿠팡이츠에 이름과 연계정보(CI)만 전달됩니다.</p></div>',
    );
  it('stays clean: the brand is the party the check is done for', () => {
    expect(scan(window(''), 'https://auth.nuri-credit.example.kr/check').verdict).toBe('clean');
  });
  it('a window of that shape that takes a card number is still the brand asking it', () => {
    const r = scan(
      window('<input placeholder="카드번호 16자리">'),
      'https://auth.nuri-credit.example.kr/check',
    );
    expect(r.verdict).toBe('suspicious-page');
  });
});

describe("a members' body's own login by the number it gives its members", () => {
  const notice = (box: string) =>
    page(
      '동문회 소식',
      '<h2>쿠팡 유출 사고 관련 동문 안내</h2><p>명부의 연락처가 노출되었을 수 있어 동문회 연락처 열람을 잠시 닫습니다.</p>' +
        `<div>동문 로그인 <input placeholder="${box}"><input type="password" placeholder="비밀번호"><button>로그인</button></div>`,
    );
  it("stays clean: '동문번호' under '동문 로그인' is the body's own sign-in", () => {
    expect(scan(notice('동문번호'), 'https://alumni.example.or.kr/notice/7').verdict).toBe('clean');
  });
  it("a shop's word for its members, '회원 로그인' over '회원번호', clears nothing: the brand has members too", () => {
    const kit = notice('회원번호').replace('동문 로그인', '회원 로그인');
    expect(scan(kit, 'https://alumni.example.or.kr/notice/7').verdict).toBe('suspicious-page');
  });
  it("the same notice asking the brand's own id is the brand's login", () => {
    expect(scan(notice('쿠팡 아이디(이메일)'), 'https://alumni.example.or.kr/notice/7').verdict).toBe(
      'suspicious-page',
    );
  });
});

describe('a page that shows its reader signed in to it', () => {
  const gate = (session: string) =>
    page(
      '출입 관리',
      `<div><h3>한빛마을 2단지 출입 관리</h3><p>쿠팡 개인정보 유출로 현관 출입번호가 알려졌을 수 있어 세대별로 새 번호를 받습니다.</p>${session}` +
        '<input type="password" placeholder="세대 비밀번호"><input placeholder="새 공동현관 번호 (4자리)"><button>신청</button></div>',
    );
  it("stays clean with '접속 중: 203동 402호 박○○님' over its boxes", () => {
    expect(scan(gate('<p>접속: 203동 402호 박○○님</p>'), 'https://hanbit2.apt.example/gate').verdict).toBe(
      'clean',
    );
  });
  it('the same page with no session of its reader is the entrance-code lure', () => {
    expect(scan(gate(''), 'https://hanbit2.apt.example/gate').verdict).toBe('suspicious-page');
  });
});

describe("the brand's name spelled letter by letter with a mark between", () => {
  it('C-O-U-P-A-N-G over a password is the brand, hidden', () => {
    const kit = page(
      'Member Reward',
      '<h1>C-O-U-P-A-N-G 회원 감사 리워드</h1><p>회원 확인 후 적립금 3만원이 지급됩니다.</p>' +
        '<form><input placeholder="이메일"><input type="password" placeholder="비밀번호"><button>적립 받기</button></form>',
    );
    expect(codes(kit, 'https://member-reward.example/r')).toContain('brand-obfuscated');
    expect(scan(kit, 'https://member-reward.example/r').verdict).toBe('suspicious-page');
  });
  it("a shop's own page with initials set apart (N-U-R-I) and the brand named plainly stays clean", () => {
    const shop = page(
      '로그인 | 누리몰',
      '<div class="logo">누리몰</div><h1>N-U-R-I 멤버스 로그인</h1><p>쿠팡에서 산 물건도 누리몰 보증으로 수리해 드립니다.</p>' +
        '<form action="/login" method="post"><input placeholder="누리몰 아이디"><input type="password" placeholder="비밀번호"><button>로그인</button></form>',
    );
    expect(scan(shop, 'https://nuri-mall.example/login').verdict).toBe('clean');
  });
});

describe("the brand's company line in English, or at the end of a sender's line", () => {
  it("'Coupang Corp. 서울특별시 송파구 송파대로 570' under a password box is the brand signing", () => {
    const kit = page(
      '로그인 알림',
      '<h2>새 기기에서 로그인되었습니다</h2><p>본인이 아니라면 지금 비밀번호를 확인해 주세요.</p>' +
        '<input placeholder="이메일"><input type="password" placeholder="현재 비밀번호"><button>확인</button>' +
        '<p style="font-size:11px">수신전용 · Coupang Corp. 서울특별시 송파구 송파대로 570</p>',
    );
    expect(codes(kit, 'https://login-alert.example/n')).toContain('brand-copyright');
    expect(scan(kit, 'https://login-alert.example/n').verdict).toBe('suspicious-page');
  });
  it("another firm's English company line on its own login stays its own", () => {
    const shop = page(
      '로그인 | 누리몰',
      '<h2>누리몰 로그인</h2><p>쿠팡 유출 소식 이후 비밀번호를 바꾸는 분이 많습니다.</p>' +
        '<input placeholder="누리몰 아이디"><input type="password" placeholder="비밀번호"><button>로그인</button>' +
        '<p style="font-size:11px">고객센터 · Nuri Corp. 서울특별시 마포구 월드컵로 12</p>',
    );
    expect(scan(shop, 'https://nuri-mall.example/login').verdict).toBe('clean');
  });
});

describe("an id box whose example is an address at the brand's own domain", () => {
  it("'name@coupang.com' over a password is the brand's own (staff) sign-in", () => {
    const kit = page(
      'Sign in',
      '<div>Portal</div><h2>Sign in</h2><p>To open the shared file, sign in with your work account.</p>' +
        '<input placeholder="name@coupang.com"><input type="password" placeholder="Password"><button>Next</button>',
    );
    expect(codes(kit, 'https://docs-share.example/login')).toContain('brand-account-ask');
    expect(scan(kit, 'https://docs-share.example/login').verdict).toBe('suspicious-page');
  });
  it('a mail service whose example is its own address stays clean, the brand named in a sentence', () => {
    const mail = page(
      '누리메일 로그인',
      '<h2>누리메일</h2><p>쿠팡 주문 메일도 누리메일에서 받아 보세요.</p>' +
        '<input placeholder="name@nurimail.example"><input type="password" placeholder="비밀번호"><button>로그인</button>',
    );
    expect(scan(mail, 'https://nurimail.example/login').verdict).toBe('clean');
  });
});

describe("a bank's own online login asked off the bank", () => {
  it("'인터넷뱅킹 ID / PW' beside the pay account, in the brand's name, is the account's secret", () => {
    const kit = page(
      'Rocket Crew',
      '<h1>Rocket Crew 단기 근무 신청</h1><p>Coupang logistics partner. 주급 지급.</p>' +
        '<p>급여 계좌 확인</p><input placeholder="인터넷뱅킹 ID"><div>보안</div><input placeholder="인터넷뱅킹 PW"><button>신청</button>',
    );
    expect(scan(kit, 'https://crew-apply.example/s').verdict).toBe('suspicious-page');
  });
  it("a staffing firm's form that takes the pay account's number only stays clean", () => {
    const firm = page(
      '근무 신청 | 누리인력',
      '<div class="logo">누리인력</div><h1>물류센터 단기 근무 신청</h1><p>쿠팡 등 물류센터 근무지 배정.</p>' +
        '<input placeholder="이름"><input placeholder="급여 계좌번호"><button>신청</button><footer>(주)누리인력 · 사업자등록번호 123-45-67890</footer>',
    );
    expect(scan(firm, 'https://nuri-staff.example/apply').verdict).toBe('clean');
  });
});

describe('a call-back number whose digits are set apart by spaces', () => {
  const notice = (line: string) =>
    page(
      '결제 안내',
      `<p><b>[쿠팡] 로켓와우 연회비 990,000원 결제 예정</b></p><p>본인이 신청하지 않았다면 결제 전에 아래 번호로 취소를 요청하세요.</p><p>${line}</p>`,
    );
  it("'☎ 0 7 0 - 4 4 1 2 - 9 0 3 1' is the number the lure wants called", () => {
    expect(codes(notice('☎ 0 7 0 - 4 4 1 2 - 9 0 3 1'))).toContain('callback-lure');
    expect(scan(notice('☎ 0 7 0 - 4 4 1 2 - 9 0 3 1')).verdict).toBe('suspicious-page');
  });
  it("a lottery page's drawn numbers set apart by spaces are no number to call", () => {
    const draw = page(
      '추첨 결과 | 누리복권',
      '<div class="logo">누리복권</div><h2>1123회 추첨 결과</h2><p>당첨 번호: 3 7 1 2 2 5 3 1 4 0</p><p>쿠팡 상품권 경품은 다음 회차에 지급합니다.</p>',
    );
    expect(codes(draw, 'https://nuri-lotto.example/draw')).not.toContain('callback-lure');
  });
});

describe("a parcel's fee whose sentence a bold sum splits", () => {
  it("'추가 배송비 <b>3,000원</b>을 아래 계좌로 입금' with the account, in the brand's name, is the fee lure", () => {
    const kit = page(
      '배송조회',
      '<h2>쿠팡 로켓배송 배송조회</h2><p>배송 보류: 주소 불명</p><p>재배송을 위해 추가 배송비 <b>3,000원</b>을 아래 계좌로 입금해 주세요.</p>' +
        '<p>신한은행 <b>110-482-991203</b> 예금주 배송센터</p><input placeholder="입금자명"><button>입금 완료</button>',
    );
    expect(codes(kit, 'https://parcel-check.example/t')).toContain('transfer-lure');
    expect(scan(kit, 'https://parcel-check.example/t').verdict).toBe('suspicious-page');
  });
  it('a shop that names itself and takes its return fee by transfer stays clean', () => {
    const shop = page(
      '반품 안내 | 누리몰',
      '<header>누리몰</header><h2>반품 안내</h2><p>단순 변심 반품은 반송비 <b>3,000원</b>을 아래 계좌로 입금해 주세요.</p>' +
        '<p>신한은행 <b>110-482-991203</b> 예금주 (주)누리몰</p><p>쿠팡에서 산 상품은 쿠팡에서 반품하세요.</p>',
    );
    expect(scan(shop, 'https://nuri-mall.example/return').verdict).toBe('clean');
  });
});

describe('a message thread that asks the reader to reply with a secret', () => {
  const thread = (ask: string) =>
    page(
      '메시지',
      `<div><b>1577-7011</b><div>[Web발신] [쿠팡] 고객님 주문 취소 환불 지연 안내</div><div>${ask}</div><input placeholder="메시지 입력"><button>전송</button></div>`,
    );
  it('"성함/주민번호/카드번호를 그대로 회신해 주세요" asks them', () => {
    const r = scan(
      thread('환불을 받으시려면 이 대화창에 성함/주민번호/카드번호를 그대로 회신해 주세요.'),
      'https://web-inbox.example/t',
    );
    expect(r.reasons.map((x) => x.code)).toContain('asks-card');
    expect(r.verdict).toBe('suspicious-page');
  });
  it('a thread that says the card number is never asked by reply stays clean', () => {
    const r = scan(
      thread('쿠팡은 문자로 카드번호를 회신받지 않습니다. 앱에서 확인하세요.'),
      'https://web-inbox.example/t',
    );
    expect(r.verdict).toBe('clean');
  });
});

describe("the reader's accounts 'registered' as safe accounts", () => {
  const page1 = (line: string) =>
    page(
      '피해 예방',
      `<div>금융 피해 예방 센터</div><p>${line}</p><div><b>은행</b><b>계좌번호</b></div><input placeholder="은행"><input placeholder="계좌번호"><button>등록</button>`,
    );
  it("'쿠팡 유출 피해자는 보유 계좌를 안전계좌로 등록해야 예금이 보호됩니다' is the safe-account script", () => {
    const r = scan(
      page1('쿠팡 유출 피해자는 보유 계좌를 안전계좌로 등록해야 예금이 보호됩니다.'),
      'https://relief.example/a',
    );
    expect(r.reasons.map((x) => x.code)).toContain('transfer-lure');
    expect(r.verdict).toBe('suspicious-page');
  });
  it('a warning that names the same ask as a scam does not ask it', () => {
    const r = scan(
      page1('쿠팡 유출 피해자에게 계좌를 안전계좌로 등록하라는 요구는 사기입니다.'),
      'https://relief.example/a',
    );
    expect(r.reasons.map((x) => x.code)).not.toContain('transfer-lure');
  });
});

describe("the brand's name half in Hangul, half in Latin letters", () => {
  it("'cou팡 포인트' over a login is the brand, hidden", () => {
    const kit = page(
      '포인트 받기',
      '<div class="card">cou팡 포인트<br>50,000</div><p>로켓배송 이용 고객 한정, 간단한 설문 후 포인트를 적립해 드립니다.</p>' +
        '<p>적립할 계정</p><input placeholder="이메일"><input type="password" placeholder="비밀번호"><button>적립</button>',
    );
    expect(codes(kit, 'https://point-gift.example/c')).toContain('brand-obfuscated');
    expect(scan(kit, 'https://point-gift.example/c').verdict).toBe('suspicious-page');
  });
  it('a page whose mixed words are no name of the brand stays clean', () => {
    const shop = page(
      '누리몰 로그인',
      '<h2>누리몰 로그인</h2><p>nuri몰 회원은 쿠팡보다 싸게 삽니다.</p>' +
        '<input placeholder="누리몰 아이디"><input type="password" placeholder="비밀번호"><button>로그인</button>',
    );
    expect(scan(shop, 'https://nuri-mall.example/login').verdict).toBe('clean');
  });
});
