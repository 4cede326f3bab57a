import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/page/index';
import { parse } from './helpers';

/**
 * Round page36 (tune-ai), taken by class with pages written apart from the corpus: a chat that has the reader
 * install a remote-control app and read out its number, an installer's address kept in base64 in a meta tag, a
 * parcel "held" until the reader calls, and the brand's own vouchers "merged" by a page that is not the brand.
 * Next to each an honest page of the same shape that must stay clean.
 */
const page = (title: string, body: string, head = '') =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;
const scan = (html: string, url: string) =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });
const codes = (html: string, url: string) => scan(html, url).reasons.map((r) => r.code);

describe('a chat that installs a remote-control app and asks for the number it shows', () => {
  const chat = (title: string, lines: string[]) =>
    page(
      title,
      '<div class="top"><b>실시간 상담</b></div><div id="log"></div>' +
        '<form id="f"><input id="msg" placeholder="메시지를 입력하세요"><button>보내기</button></form>' +
        `<script>var L=${JSON.stringify(lines)},i=0;function show(){var d=document.createElement('p');` +
        "d.textContent=L[i++];document.getElementById('log').appendChild(d)}show();setInterval(show,1500);</script>",
    );
  const lines = [
    '안녕하세요, 계정 보호 전담 상담사입니다.',
    '해외에서 결제 시도가 확인되어 점검이 필요합니다.',
    '플레이스토어에서 AnyDesk 앱을 설치하시고 화면에 보이는 연결 코드를 말씀해 주세요.',
  ];

  it('flags the brand\'s "support chat" that asks for the app\'s connection code', () => {
    const kit = chat('쿠팡 안심상담 채팅', lines);
    expect(codes(kit, 'https://safe-talk.example/r/77')).toContain('asks-remote-code');
    expect(scan(kit, 'https://safe-talk.example/r/77').verdict).toBe('suspicious-page');
  });

  it('leaves alone a police page replaying the same chat as an example under its own title', () => {
    const warning = chat('경찰청 사이버범죄 예방 — 원격제어 앱 사기 사례', [
      '쿠팡 상담원을 사칭한 대화 예시입니다.',
      ...lines,
      '이런 요청을 받으면 대화를 끊고 112에 신고하세요.',
    ]);
    expect(codes(warning, 'https://cyber-safety.example/case/3')).not.toContain('asks-remote-code');
    expect(scan(warning, 'https://cyber-safety.example/case/3').verdict).toBe('clean');
  });

  it('leaves alone a chat under the brand that says never to read the number out', () => {
    const advice = chat('쿠팡 사칭 주의 안내', [
      '상담원이 팀뷰어 설치 후 9자리 번호를 알려달라고 하면 사기입니다.',
      '그런 번호는 누구에게도 알려주지 마세요.',
    ]);
    expect(codes(advice, 'https://cp-notice.example/')).not.toContain('asks-remote-code');
  });
});

describe("an installer's address kept in base64 in a meta tag the script decodes", () => {
  const b64 = (s: string) => Buffer.from(s).toString('base64');
  const update = (target: string) =>
    page(
      '필수 업데이트',
      '<h2>쿠팡 앱 보안 업데이트</h2><p>보안 패치가 포함된 필수 업데이트입니다. 3초 후 자동으로 받아집니다.</p>' +
        "<script>var c=document.querySelector('meta[name=app-src]').content;" +
        'setTimeout(function(){location.href=atob(c)},3000);</script>',
      `<meta name="app-src" content="${b64(target)}">`,
    );

  it('flags the update page whose meta tag holds an APK address the script decodes', () => {
    const kit = update('https://cdn-upd.example/pkg/cp_secure_v3.apk');
    expect(codes(kit, 'https://cp-update.example/')).toContain('app-download');
    expect(scan(kit, 'https://cp-update.example/').verdict).toBe('suspicious-page');
  });

  it('leaves alone the same script decoding a document address', () => {
    const doc = update('https://cdn-upd.example/docs/release-notes.pdf');
    expect(codes(doc, 'https://cp-update.example/')).not.toContain('app-download');
  });

  it('leaves alone a base64 site-verification token when the script never reads a meta tag', () => {
    const html = page(
      '쿠팡 파트너스 활용 팁',
      '<h2>쿠팡 파트너스 링크 만들기</h2><p>블로그에 상품 링크를 넣는 방법을 정리했습니다.</p>' +
        "<script>var t=atob('aGVsbG8=');console.log(t)</script>",
      `<meta name="site-verification" content="${b64('https://x.example/a.apk')}">`,
    );
    expect(codes(html, 'https://tips-blog.example/p/1')).not.toContain('app-download');
  });
});

describe('a parcel held until the reader calls a number', () => {
  const held = (number: string) =>
    page(
      '배송 알림',
      '<div class="logo"><span style="color:#7f3a1d">cou</span><span style="color:#e5a11c">pa</span>' +
        '<span style="color:#4aa8d8">ng</span></div><h3>수령인 확인 전까지 배송이 보류됩니다</h3>' +
        `<p>아래 번호로 전화하여 담당 배송원에게 확인을 받으세요.</p><p><a href="tel:${number}">${number}</a></p>`,
    );

  it('flags the held-parcel notice whose only way out is a number that is not the brand’s', () => {
    const kit = held('070-5123-8841');
    expect(codes(kit, 'https://dlv-hold.example/')).toContain('callback-lure');
    expect(scan(kit, 'https://dlv-hold.example/').verdict).toBe('suspicious-page');
  });

  it("leaves alone the same notice giving the brand's own customer-centre number", () => {
    const own = held('1577-7011');
    expect(codes(own, 'https://dlv-hold.example/')).not.toContain('callback-lure');
  });
});

describe("the brand's own vouchers merged by a page that is not the brand", () => {
  const merge = (heading: string, text: string, button = '합산 신청') =>
    page(
      heading,
      `<h2>${heading}</h2><p>${text}</p><form method="post" action="/merge">` +
        '<p>상품권 PIN ① <input name="a" placeholder="0000-0000-0000-0000"></p><p>상품권 PIN ② <input name="b"></p>' +
        `<p>받으실 휴대폰 <input name="m"></p><button>${button}</button></form>`,
    );

  it('flags a "쿠팡 기프트카드 통합" page asking each voucher’s PIN', () => {
    const kit = merge(
      '쿠팡 기프트카드 잔액 통합',
      '여러 장의 쿠팡 기프트카드를 하나로 통합하면 3% 추가 적립! 통합할 카드의 PIN을 입력하세요.',
    );
    expect(codes(kit, 'https://gift-merge.example/')).toContain('asks-gift-pin');
    expect(scan(kit, 'https://gift-merge.example/').verdict).toBe('suspicious-page');
  });

  it("leaves alone a voucher issuer merging its own vouchers, the brand named only as a place they're spent", () => {
    const issuer = merge(
      '해피캐시 상품권 잔액 합산',
      '해피캐시 상품권 여러 장을 합산해 한 번에 쓰세요. 합산한 잔액은 쿠팡 등 제휴 쇼핑몰에서 사용할 수 있습니다.',
    );
    expect(codes(issuer, 'https://happycash.example/merge')).not.toContain('asks-gift-pin');
    expect(scan(issuer, 'https://happycash.example/merge').verdict).toBe('clean');
  });

  it("leaves alone a balance check of the brand's vouchers that merges nothing", () => {
    const check = merge(
      '쿠팡 상품권 잔액 조회',
      '쿠팡 상품권의 남은 금액을 PIN으로 조회해 드립니다.',
      '잔액 조회',
    );
    expect(codes(check, 'https://gift-tips.example/')).not.toContain('asks-gift-pin');
  });
});

describe('a name written in two alphabets, one letter off the brand', () => {
  const desk = (name: string) =>
    page(
      '상담 접수',
      `<header><b>${name} 고객지원</b></header><h3>상담 전 본인 확인</h3>` +
        '<p>상담원이 주문 내역을 바로 볼 수 있도록 계정 정보를 입력해 주세요.</p>' +
        '<form action="/start"><input name="id" placeholder="아이디"><input name="pw" type="password" placeholder="비밀번호">' +
        '<select name="k"><option>환불 문의</option></select><button>상담 시작</button></form>',
    );

  it('flags a help desk whose header says "Кoupang" (a Cyrillic К) and asks the login', () => {
    const kit = desk('\u041aoupang');
    expect(codes(kit, 'https://desk-help.example/chat')).toContain('brand-obfuscated');
    expect(scan(kit, 'https://desk-help.example/chat').verdict).toBe('suspicious-page');
  });

  it('flags it with Greek letters mixed in too ("Kουpang")', () => {
    const kit = desk('K\u03bf\u03c5pang');
    expect(scan(kit, 'https://desk-help.example/chat').verdict).toBe('suspicious-page');
  });

  it('leaves alone a Latin name one letter off the brand written in one alphabet (Kaupang, a museum)', () => {
    const museum = desk('Kaupang');
    expect(codes(museum, 'https://kaupang-museum.example/')).not.toContain('brand-obfuscated');
    expect(scan(museum, 'https://kaupang-museum.example/').verdict).toBe('clean');
  });
});

describe("the brand's logistics arm drawn by a stylesheet as the header's logo", () => {
  const tracking = (name: string) =>
    page(
      '배송 조회',
      `<style>.mk::before{content:'${name}';font-weight:800}</style>` +
        '<header><span class="mk"></span><span>화물 추적</span></header><h2>운송장 6610 2231 0045</h2>' +
        '<p>주소 불명으로 배송이 보류되었습니다. 수령인 본인확인 후 주소를 다시 입력해 주세요.</p>' +
        '<form action="/fix"><input name="n" placeholder="수령인"><input name="t" placeholder="연락처">' +
        '<input name="a" placeholder="주소"><button>확인</button></form>',
    );

  it('flags the tracking page whose CSS-drawn logo reads "Coupang Logistics"', () => {
    const kit = tracking('Coupang Logistics');
    expect(codes(kit, 'https://cls-trace.example/')).toContain('brand-logo');
    expect(scan(kit, 'https://cls-trace.example/').verdict).toBe('suspicious-page');
  });

  it('leaves alone a courier drawing its own name so', () => {
    const own = tracking('Hanbit Logistics');
    expect(scan(own, 'https://hanbit-logis.example/')).toMatchObject({ verdict: 'clean' });
  });

  it("does not take the brand's name and another word drawn so for the logo", () => {
    const talk = tracking('Coupang Weekly');
    expect(codes(talk, 'https://cls-trace.example/')).not.toContain('brand-logo');
  });
});

describe("an app store's listing worn off the store's host", () => {
  const listing =
    '<div><b>유출탐지 - 쿠팡 피해조회</b><div>Safe Labs</div><div>★4.7 · 50만+ 다운로드</div></div>' +
    '<button id="go">설치</button><p>쿠팡 정보 유출 여부를 1분 만에 확인하고 도용 결제를 막아 줍니다.</p>' +
    "<script>document.getElementById('go').onclick=function(){location.href='/dl/leak-guard.apk'}</script>";

  it('flags the listing whose title ends "- Google Play" on a host that is not the store', () => {
    const kit = page('유출탐지 - Google Play', listing);
    expect(codes(kit, 'https://leak-guard.example/')).not.toContain('context-other-site');
    expect(scan(kit, 'https://leak-guard.example/').verdict).toBe('suspicious-page');
  });

  it("leaves alone the same listing on the store's own host", () => {
    const real = page(
      '피해조회 - Google Play',
      listing.replace("location.href='/dl/leak-guard.apk'", 'void 0'),
    );
    expect(scan(real, 'https://play.google.com/store/apps/details?id=kr.safelabs.leak').verdict).toBe(
      'clean',
    );
  });

  it('still takes a title\'s own name for the site when its last words are no store ("피해조회 - 세이프랩스")', () => {
    const own = page('피해조회 - 세이프랩스', listing);
    expect(codes(own, 'https://safelabs.example/')).toContain('context-other-site');
  });
});

describe("a mail from the brand said to be held, released by the mailbox's password", () => {
  const held = (title: string, text: string) =>
    page(
      title,
      `<h3>메일 보안 확인</h3><p>${text}</p>` +
        '<form action="/release"><p>이메일 <input name="e"></p><p>메일함 비밀번호 <input name="k" type="password"></p>' +
        '<button>메일 받기</button></form>',
    );

  it('flags the page that holds "쿠팡"\'s mail until the mailbox password is typed', () => {
    const kit = held(
      '받은 메일 확인',
      '쿠팡 고객센터가 보낸 <b>[중요] 결제 취소 안내</b> 메일이 스팸 정책으로 보류되었습니다. 비밀번호를 확인하면 바로 전달됩니다.',
    );
    expect(codes(kit, 'https://mbox-check.example/')).toContain('mail-release-lure');
    expect(scan(kit, 'https://mbox-check.example/').verdict).toBe('suspicious-page');
  });

  it('leaves alone a warning that retells the trick', () => {
    const warning = held(
      '피싱 메일 주의',
      '쿠팡에서 보낸 메일이 격리되었다며 메일함 비밀번호를 요구하는 피싱 사이트에 주의하세요. 아래는 예시 화면입니다.',
    );
    expect(codes(warning, 'https://security-tips.example/')).not.toContain('mail-release-lure');
  });

  it("leaves alone a mail service's own notice under its name, the brand only the sender", () => {
    const own = held(
      '한빛메일 - 보안 확인',
      '쿠팡에서 보낸 메일 1통이 보안 검사로 보류되었습니다. 한빛메일 비밀번호로 다시 로그인하면 받은편지함으로 옮겨집니다.',
    );
    expect(scan(own, 'https://mail.hanbit.example/verify').verdict).toBe('clean');
  });

  it('leaves alone a mailbox login that names no held mail from the brand', () => {
    const login = held('메일 로그인', '쿠팡 주문 확인 메일을 보려면 로그인하세요.');
    expect(codes(login, 'https://mbox-check.example/')).not.toContain('mail-release-lure');
  });
});

describe("the brand's account said locked over a password box, on a page with no name of its own", () => {
  const locked = (title: string, text: string, header = '') =>
    page(
      title,
      `${header}<h3>이용이 제한되었습니다</h3><p>${text}</p>` +
        '<form action="/unlock"><p>이메일 <input name="u"></p><p>비밀번호 <input name="p" type="password"></p>' +
        '<button>확인</button></form>',
    );

  it('flags "쿠팡이츠 계정이 잠겼습니다" over the box', () => {
    const kit = locked(
      '계정 확인',
      '비정상 로그인 시도로 쿠팡이츠 계정이 잠겼습니다. 소유자 확인 후 잠금이 풀립니다.',
    );
    expect(codes(kit, 'https://eats-unlock.example/')).toContain('brand-account-ask');
    expect(scan(kit, 'https://eats-unlock.example/').verdict).toBe('suspicious-page');
  });

  it('leaves alone a site with a name of its own whose member box sits beside that news', () => {
    const own = locked(
      '한빛커뮤니티 - 로그인',
      '오늘의 화제: 쿠팡이츠 계정이 잠겼다는 제보가 이어지고 있습니다.',
      '<header><a href="/">한빛커뮤니티</a></header>',
    );
    expect(codes(own, 'https://hanbit-community.example/login')).not.toContain('brand-account-ask');
  });

  it('leaves alone the brand locking nothing ("쿠팡 계정 보호 팁")', () => {
    const tips = locked('계정 확인', '쿠팡 계정을 안전하게 지키려면 비밀번호를 주기적으로 바꾸세요.');
    expect(codes(tips, 'https://eats-unlock.example/')).not.toContain('brand-account-ask');
  });
});

describe('a paid-review side job run from the open chat it links', () => {
  const job = (title: string, text: string, link = 'https://open.kakao.com/o/sAb12Cd3') =>
    page(
      title,
      `<h2>${title}</h2><p>${text}</p><ul><li>모집: 30명</li><li>정산: 당일</li></ul>` +
        `<a href="${link}">오픈채팅으로 신청하기</a>`,
    );

  it('flags "구매금액 전액 환급 + 리뷰당 3천원" under the brand, sent to an open chat', () => {
    const kit = job(
      '쿠팡 구매평 알바 모집',
      '지정 상품을 사고 구매평만 남기면 구매금액 전액 환급, 리뷰당 3천원을 드립니다.',
    );
    expect(codes(kit, 'https://side-review.example/')).toContain('handoff-lure');
    expect(scan(kit, 'https://side-review.example/').verdict).toBe('suspicious-page');
  });

  it('leaves alone a warning that retells the offer', () => {
    const warning = job(
      '리뷰 알바 사기 주의',
      '"쿠팡 구매금액 전액 환급, 리뷰당 3천원" 같은 오픈채팅 부업은 사기입니다. 입금을 요구하면 112에 신고하세요.',
    );
    expect(codes(warning, 'https://side-review.example/')).not.toContain('handoff-lure');
  });

  it("leaves alone a shop's review event that pays in points and refunds nothing in full", () => {
    const event = job(
      '쿠팡 리뷰 이벤트',
      '구매 후 리뷰를 남기면 추첨으로 포인트를 드립니다. 문의는 오픈채팅으로 주세요.',
    );
    expect(codes(event, 'https://shop-event.example/')).not.toContain('handoff-lure');
  });
});
