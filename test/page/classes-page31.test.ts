import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageMayConcernBrand, scanPage } from '../../lib/page/index';
import { parse } from './helpers';

/**
 * Round page31 (tune-ad's missed fakes), taken by class with pages written apart from the corpus: a debt called
 * in to an account, a chat that hands money out, a browser extension loaded by hand, an iPhone profile by its MIME
 * type, a code to scan for a parcel. Next to each kit an honest page of the same shape, which stays clean.
 */
const page = (title: string, body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const scan = (html: string, url: string) =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });
const codes = (html: string, url: string) => scan(html, url).reasons.map((r) => r.code);
/** A mark drawn in the brand's seven wordmark colours (no word of the brand in it) */
const MARK = `<div class="top"><svg viewBox="0 0 140 20" height="20">${[
  '#7b2d1f',
  '#e3332a',
  '#f3a33a',
  '#8dc63f',
  '#2fb1c8',
  '#1f86c8',
  '#1c5fa8',
]
  .map((c, i) => `<circle cx="${10 + i * 20}" cy="10" r="7" stroke="${c}" fill="none"/>`)
  .join('')}</svg></div>`;

describe('a debt called in to an account', () => {
  it('flags an overdue notice under the brand that threatens and hands out an account (arrears-lure)', () => {
    const kit = page(
      '결제 연체 알림',
      `${MARK}<h1>나중에 결제 연체 알림</h1><p>쿠팡 고객님, 지난달 이용 금액 92,400원이 연체 중입니다.</p>` +
        '<p>오늘까지 납부하지 않으면 신용정보원에 연체 정보가 등록됩니다. 아래 수납 계좌로 입금해 주세요.</p>' +
        '<p>국민은행 801-22-0193-447 (예금주 씨피수납센터)</p>',
    );
    const v = scan(kit, 'https://later-bill.example/notice');
    expect(v.verdict).toBe('suspicious-page');
    expect(v.reasons.map((r) => r.code)).toContain('arrears-lure');
    // the account stays out of the evidence
    expect(JSON.stringify(v.reasons)).not.toMatch(/8012201/);
  });
  it('a business account suspended in English, the brand only in a sentence, is flagged too', () => {
    const kit = page(
      'Payment overdue',
      '<h1>Invoice overdue</h1><p>Your Coupang business purchases of KRW 1,204,000 are unpaid. Your account will be suspended on 12 Dec.</p>' +
        '<p>Transfer to account 3021-8877-1902-33 at Hana Bank today.</p>',
    );
    expect(codes(kit, 'https://biz-dues.example/')).toContain('arrears-lure');
    expect(scan(kit, 'https://biz-dues.example/').verdict).toBe('suspicious-page');
  });
  it("a shop's order page with its virtual account names no debt and threatens nothing", () => {
    const order = page(
      '주문 완료 | 들꽃농원',
      '<header>들꽃농원</header><h1>주문이 완료되었습니다</h1><p>쿠팡보다 싸게, 산지에서 바로 보내드립니다.</p>' +
        '<p>가상계좌 입금 안내: 신한은행 56201938477120 (예금주 들꽃농원). 12월 8일까지 미입금 시 주문이 자동 취소됩니다.</p>',
    );
    expect(codes(order, 'https://flowerfarm.example/order/done')).not.toContain('arrears-lure');
    expect(scan(order, 'https://flowerfarm.example/order/done').verdict).toBe('clean');
  });
  it("a card issuer's own overdue notice under its own name stays clean", () => {
    // (an honest lender names the debt, the threat and its account: it is its debt, and its name is on the page)
    const bank = page(
      '연체 안내 | 한빛카드',
      '<header><div class="logo">한빛카드</div></header><h1>연체 안내</h1><p>쿠팡에서 결제하신 11월 이용대금 92,400원이 연체되었습니다.</p>' +
        '<p>연체가 계속되면 신용정보원에 등록될 수 있습니다. 납부 계좌: 한빛은행 가상계좌 56201938477120</p>' +
        '<footer>한빛카드(주) | 사업자등록번호 101-81-00001</footer>',
    );
    expect(scan(bank, 'https://www.hanbitcard.example/notice/overdue').verdict).toBe('clean');
  });
});

describe('a chat that hands money out', () => {
  it('flags a Telegram bot that looks the payout up (handoff-lure, brand in a sentence)', () => {
    const kit = page(
      '보상금 조회',
      '<h1>유출 보상금 조회</h1><p>텔레그램 봇에 주문자 휴대폰 번호를 보내면 쿠팡 보상금 지급 대상 여부를 알려드립니다.</p>' +
        '<a href="https://t.me/refund_lookup_kr_bot">텔레그램으로 조회</a>',
    );
    const v = scan(kit, 'https://bosang-check.example/');
    expect(v.reasons.map((r) => r.code)).toContain('handoff-lure');
    expect(v.verdict).toBe('suspicious-page');
    expect(pageMayConcernBrand(parse(kit), 'https://bosang-check.example/')).toBe(true);
  });
  it('flags a lawsuit\'s damages "received" in an open chat', () => {
    const kit = page(
      '공동소송 안내',
      '<h1>유출 공동소송 배상 안내</h1><p>쿠팡 유출 소송 배상금 수령은 카카오톡 오픈채팅 담당자 안내로 진행됩니다.</p>' +
        '<a href="https://open.kakao.com/o/sAbc1234">오픈채팅 입장 (코드 2231)</a>',
    );
    expect(codes(kit, 'https://sosong-baesang.example/')).toContain('handoff-lure');
    expect(scan(kit, 'https://sosong-baesang.example/').verdict).toBe('suspicious-page');
  });
  it("a victims' group whose open chat shares news, and a deal bot, hand nothing out", () => {
    const group = page(
      '피해자 모임',
      '<h1>쿠팡 유출 피해자 모임</h1><p>쿠팡 공식 보상 소식을 정리해 공유합니다.</p><p>아이디, 비밀번호, 계좌는 받지 않습니다.</p>' +
        '<a href="https://open.kakao.com/o/gNews">카카오톡 오픈채팅 참여 (정보 공유방)</a>',
    );
    expect(codes(group, 'https://leak-victims.example/')).not.toContain('handoff-lure');
    expect(scan(group, 'https://leak-victims.example/').verdict).toBe('clean');
    const deals = page(
      '특가 알림 봇 | 딜모아',
      '<header>딜모아</header><h1>특가 알림 봇</h1><p>텔레그램 봇이 쿠팡, 11번가 특가를 알려드립니다.</p><a href="https://t.me/dealmoa_bot">봇 추가</a>',
    );
    expect(scan(deals, 'https://dealmoa.example/bot').verdict).toBe('clean');
  });
  it('a warning that names the trick hands nothing out', () => {
    const warn = page(
      '주의',
      '<h1>사칭 주의</h1><p>텔레그램으로 쿠팡 보상금을 준다는 연락은 사기입니다.</p><a href="https://t.me/some_channel">신고 채널</a>',
    );
    expect(codes(warn, 'https://notice.example/')).not.toContain('handoff-lure');
  });
});

describe('a deposit promised back, to an account named by its bank', () => {
  it("flags a truck programme's contract deposit sent to a person's account", () => {
    const kit = page(
      '차량 지원',
      '<h1>쿠팡 배송 차량 지원 모집</h1><p>탑차 무상 지원. 계약금 200만원은 1년 후 전액 반환됩니다.</p>' +
        '<input placeholder="이름"><input placeholder="연락처"><p>계약금 입금: 농협 3020-1188-4471-21 (박민호)</p>',
    );
    expect(codes(kit, 'https://truck-help.example/')).toContain('transfer-lure');
    expect(scan(kit, 'https://truck-help.example/').verdict).toBe('suspicious-page');
  });
});

describe('a browser extension loaded by hand', () => {
  it('flags a .crx to drag onto the extensions page (brand in a sentence)', () => {
    const kit = page(
      '링크 생성기',
      '<h1>파트너스 링크 생성기</h1><p>쿠팡 파트너스 회원용 확장 프로그램입니다.</p><p>받은 파일을 크롬 확장 프로그램 페이지로 드래그해서 설치하세요.</p>' +
        '<a href="/dl/linker.crx" download>파일 받기</a>',
    );
    expect(codes(kit, 'https://linker-tool.example/')).toContain('app-install-prompt');
    expect(scan(kit, 'https://linker-tool.example/').verdict).toBe('suspicious-page');
  });
  it("flags unpacked-extension steps whose extension is named only in a later step, under the brand's heading", () => {
    const kit = page(
      '가격 도우미',
      `<h1>${[...'coupang'].map((c) => `<span>${c}</span>`).join('')} 가격 보장 도우미</h1><p>쿠팡 최저가 차액을 돌려받으세요.</p>` +
        '<ol><li>zip 파일을 받아 압축을 푸세요</li><li>개발자 모드를 켜세요</li><li>"압축해제된 확장 프로그램 로드"로 폴더를 고르세요</li></ol>',
    );
    expect(scan(kit, 'https://price-keeper.example/').verdict).toBe('suspicious-page');
  });
  it("a store's listing that mentions the brand, and a developer's read-me, stay clean", () => {
    const store = page(
      '쿠팡 가격 추적기 - Chrome 웹 스토어',
      '<header>chrome 웹 스토어</header><h1>쿠팡 가격 추적기</h1><p>쿠팡 상품 가격이 내려가면 알려드립니다. 쿠팡과 제휴하지 않은 개인 개발자의 도구입니다.</p><button>Chrome에 추가</button>',
    );
    expect(scan(store, 'https://chromewebstore.google.com/detail/abc').verdict).toBe('clean');
    // (a developer's own read-me under its project's name: load unpacked is how anyone tests an extension)
    const readme = page(
      'price-tracker · 한빛코드',
      '<header>한빛코드</header><h1>price-tracker</h1><p>쿠팡 가격을 기록하는 오픈소스 확장 프로그램입니다.</p>' +
        '<p>개발 빌드: 개발자 모드를 켜고 "압축해제된 확장 프로그램 로드"로 dist 폴더를 고르세요.</p><footer>© 한빛코드</footer>',
    );
    expect(scan(readme, 'https://code.hanbit.example/price-tracker').verdict).toBe('clean');
  });
});

describe('an iPhone profile by its MIME type', () => {
  it('flags a "safe DNS" profile whose data: address the script writes, under the brand\'s mark', () => {
    const kit = page(
      '안심 설정',
      `${MARK}<h1>안심 DNS 설정</h1><p>가짜 쿠팡 사이트를 막아 주는 프로필입니다. iPhone에서 설치하세요.</p><a id="g" href="#">설치</a>` +
        "<script>document.getElementById('g').href='data:application/x-apple-aspen-config;base64,'+'PHBsaXN0Lz4='</script>",
    );
    const v = scan(kit, 'https://safe-dns.example/');
    expect(v.reasons.find((r) => r.code === 'app-download')?.weight).toBe(4);
    expect(v.verdict).toBe('suspicious-page');
  });
  it("a company's device-management page with its own name stays clean", () => {
    const mdm = page(
      '기기 등록 | 한빛물산 IT지원',
      '<header>한빛물산 IT지원</header><h1>업무용 iPhone 등록</h1><p>사내 메일과 쿠팡 비즈 구매 앱을 쓰려면 프로필을 설치하세요.</p>' +
        '<a href="data:application/x-apple-aspen-config;base64,PHBsaXN0Lz4=">프로필 받기</a><footer>© 한빛물산</footer>',
    );
    expect(scan(mdm, 'https://it.hanbit.example/mdm').verdict).toBe('clean');
  });
});

describe('a code to scan for a parcel', () => {
  const QR = '<img alt="QR" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">';
  it('flags a locker notice whose code to scan releases the parcel, the brand in a sentence', () => {
    const kit = page(
      '보관함 안내',
      `<h1>무인 보관함 보관 중</h1><p>쿠팡 로켓배송 상품이 보관함 A-12에 있습니다. 2일 후 반송됩니다.</p>${QR}` +
        '<p>휴대폰 카메라로 QR을 스캔한 후 본인 인증을 진행하세요.</p>',
    );
    const v = scan(kit, 'https://box-notice.example/a12');
    expect(v.reasons.find((r) => r.code === 'qr-handoff')?.weight).toBe(4);
    expect(v.verdict).toBe('suspicious-page');
  });
  it('flags a "signature on delivery" code whose scan leads to an identity check', () => {
    const kit = page(
      '수령 서명',
      `<h1>수령 서명 필요</h1><p>고가 상품은 Сoupang 규정상 서명 후 배송됩니다. 휴대폰으로 QR을 스캔하고 본인 확인을 해주세요.</p>${QR}`,
    );
    expect(scan(kit, 'https://sign-parcel.example/').verdict).toBe('suspicious-page');
  });
  it("a locker company's help page explaining its QR stays clean", () => {
    // (its own name on it: the brand's parcels are one kind it holds, and the scan opens its own door)
    const help = page(
      '이용 방법 | 한빛락커',
      '<header><div class="logo">한빛락커</div></header><h1>보관함 이용 방법</h1><p>쿠팡, CJ대한통운 택배도 보관할 수 있습니다.</p>' +
        `<p>보관함 화면의 QR을 스캔한 후 한빛락커 앱에서 본인 인증을 진행하면 문이 열립니다.</p>${QR}<footer>© 한빛락커</footer>`,
    );
    expect(scan(help, 'https://www.hanbitlocker.example/help').verdict).toBe('clean');
  });
  it('a QR that only applies for a payout keeps its weight of 3 (no parcel, no payment behind it)', () => {
    const howto = page(
      '모바일 신청',
      `<h2>피해보상 모바일 전용 신청 방법</h2><p>쿠팡 관련 안내입니다. PC에서는 신청할 수 없습니다. 휴대폰 카메라로 QR을 스캔해 본인인증을 진행하세요.</p>${QR}`,
    );
    expect(scan(howto, 'https://howto.example/').reasons.find((r) => r.code === 'qr-handoff')?.weight).toBe(
      3,
    );
  });
});

describe('a law firm taking claims about the breach', () => {
  it('stays clean: it names itself, asks name and phone for an honest claim, and hands nothing out in a chat', () => {
    // Why clean: a firm that sues asks who the claimant is (name, phone) and names itself; it takes no account,
    // fee or code and pays nothing through a chat. A kit in its clothes would (see the open-chat kit above).
    const firm = page(
      '쿠팡 개인정보 유출 공동소송 | 법무법인 한빛',
      '<header><div class="logo">법무법인 한빛</div></header><h1>쿠팡 개인정보 유출 공동소송 참가 신청</h1>' +
        '<p>소송 참가 신청을 받습니다. 착수금은 없으며 배상금은 판결 후 신청인 명의 계좌로 지급됩니다.</p>' +
        '<form action="/apply" method="post"><input placeholder="이름"><input placeholder="휴대폰 번호"><button>참가 신청</button></form>' +
        '<p>문의는 카카오톡 채널 "법무법인 한빛"으로 주세요.</p><footer>법무법인 한빛 | 사업자등록번호 220-81-11111</footer>',
    );
    expect(scan(firm, 'https://www.hanbitlaw.example/class-action').verdict).toBe('clean');
  });
});

describe("a lazy loader's logo", () => {
  const BLANK = 'data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciLz4=';
  it('reads the file a placeholder stands for: the brand in data-src over a login and a code', () => {
    const kit = page(
      '정산 보류',
      `<div><img src="${BLANK}" data-src="/img/logo_coupang_eats_owner.png" alt=""> <b>사장님</b></div>` +
        '<h1>정산 보류 해제</h1><form action="/x"><input placeholder="아이디"><input type="password" placeholder="비밀번호"><input placeholder="인증번호"><button>해제</button></form>',
    );
    const v = scan(kit, 'https://store-owner.example/');
    expect(v.reasons.find((r) => r.code === 'brand-logo')?.evidence).toMatch(/logo_coupang/);
    expect(v.verdict).toBe('suspicious-page');
  });
  it("a price site's lazy shop logos among others, under its own login, stay clean", () => {
    const shops = ['coupang', '11st', 'gmarket', 'ssg']
      .map((s) => `<a href="/go/${s}"><img src="${BLANK}" data-src="/logos/logo_${s}.png" alt=""></a>`)
      .join('');
    const site = page(
      '로그인 | 최저가모아',
      `<header><div class="logo">최저가모아</div></header><h1>로그인</h1><div class="shops">${shops}</div>` +
        '<form action="/login"><input placeholder="최저가모아 아이디"><input type="password" placeholder="비밀번호"><button>로그인</button></form><footer>© 최저가모아</footer>',
    );
    expect(scan(site, 'https://lowest.example/login').verdict).toBe('clean');
  });
});

describe('a business channel to add for a refund', () => {
  const SOLD_OUT =
    '<p>주문하신 상품이 품절되어 취소될 예정입니다. 환불을 원하시면 카카오톡 채널을 추가하시고 아래에 번호를 남겨주세요.</p>' +
    '<form action="/r"><input placeholder="이름"><input placeholder="휴대폰"><input placeholder="주문번호"><button>예약</button></form>';
  it("flags it under the brand's drawn mark, a picture's file name beside it being nobody's name", () => {
    const kit = page(
      '주문 상담',
      `${MARK}<p><img src="/a.png" title="logo_cs" alt=""></p><h1>주문 확인 상담</h1>${SOLD_OUT}<p>쿠팡 주문 담당</p>`,
    );
    const v = scan(kit, 'https://order-desk.example/');
    expect(v.reasons.map((r) => r.code)).toContain('handoff-lure');
    expect(v.reasons.map((r) => r.code)).not.toContain('context-other-site');
    expect(v.verdict).toBe('suspicious-page');
  });
  it("a shop's own sold-out page with its own channel stays clean", () => {
    const shop = page(
      '품절 안내 | 들꽃농원',
      `<header><div class="logo">들꽃농원</div></header><h1>품절 안내</h1><p>쿠팡, 스마트스토어에서 주문하신 분도 같습니다.</p>${SOLD_OUT}<footer>© 들꽃농원</footer>`,
    );
    expect(scan(shop, 'https://flowerfarm.example/soldout').verdict).toBe('clean');
  });
});

describe("a sentence that has the reader sign in with the brand's account over the page's own password box", () => {
  const BOX =
    '<form action="/tv"><input placeholder="이메일"><input type="password" placeholder="비밀번호"><button>연결</button></form>';
  it('flags a TV-code page that says whose login the box is only in a sentence', () => {
    const kit = page(
      'TV 연결',
      `<h1>TV에서 로그인</h1><p>TV 화면에 나온 코드를 넣으세요.</p><input placeholder="코드 8자리"><p>이어서 Coupang 계정으로 로그인하면 TV와 연결됩니다.</p>${BOX}`,
    );
    const v = scan(kit, 'https://tv-link.example/');
    expect(v.reasons.map((r) => r.code)).toContain('brand-account-ask');
    expect(v.verdict).toBe('suspicious-page');
  });
  it('a site with a name of its own that explains the brand’s login beside its member box stays clean', () => {
    const howto = page(
      '주문내역 확인법 | 살림노트',
      `<header>살림노트</header><h1>주문내역 확인법</h1><p>쿠팡 계정으로 로그인 후 마이쿠팡에서 확인하세요.</p>${BOX.replace('/tv', '/member')}<footer>© 살림노트</footer>`,
    );
    expect(scan(howto, 'https://salimnote.example/howto').verdict).toBe('clean');
  });
});
