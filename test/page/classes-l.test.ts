import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { classifyField, isSecretKind, pageMayConcernBrand, scanPage } from '../../lib/page/index';
import { parse } from './helpers';

/**
 * Author L's half (frozen-l, scored once, now tune-l), its classes fixed with pages written apart from it; next to
 * each kit an honest page that shares its words or its build, which must stay clean.
 */
const page = (title: string, body: string, head = '') =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;
const scan = (html: string, url = 'https://x.example/p') =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });
const codes = (html: string) => scan(html).reasons.map((r) => r.code);

describe("author L's classes", () => {
  it('a body that names the brand as the party to a case and asks its applicant who they are stays clean', () => {
    const form = (party: string, asks: string) =>
      page(
        '손해배상 공동소송 참가 신청',
        `<header><b>공익소송 지원단</b></header><h1>공동소송 참가 신청</h1>${party}` +
          `<form><label>이름</label><input><label>생년월일</label><input placeholder="YYMMDD">` +
          `<label>연락처</label><input type="tel">${asks}<button>신청</button></form>`,
      );
    const identity =
      '<label>주민등록번호</label><input maxlength="6" placeholder="앞자리"> - <input type="password" maxlength="7">';
    for (const party of [
      '<h3>피고</h3><input value="쿠팡(주)" readonly>',
      '<p>쿠팡을 상대로 한 손해배상 청구에 참여할 분은 아래를 작성하세요.</p>',
      '<p>쿠팡 집단소송 원고 모집: 유출 통지를 받은 분 누구나</p>',
    ]) {
      expect(scan(form(party, '')).verdict).toBe('clean');
      expect(scan(form(party, identity)).verdict).toBe('clean');
      // … the same words over a card, an account's PIN or a one-time code are a kit in the body's clothes
      expect(
        scan(form(party, '<label>카드번호</label><input placeholder="0000-0000-0000-0000">')).verdict,
      ).toBe('suspicious-page');
      expect(
        scan(form(party, '<label>계좌번호</label><input><label>계좌 비밀번호</label><input maxlength="4">'))
          .verdict,
      ).toBe('suspicious-page');
    }
    // the brand said as the page's own ("쿠팡 고객님") is no party, whatever the heading
    expect(scan(form('<p>쿠팡 고객님, 보상 신청서를 작성하세요.</p>', identity)).verdict).toBe(
      'suspicious-page',
    );
  });
  it('a form kept hidden until the reader acts, shown by its own script, is read as asked', () => {
    const lure = (script: string, brand = '<header><b>쿠팡</b></header>') =>
      page(
        '결제 완료 안내',
        `${brand}<h1>결제 완료 안내</h1><p>420,000원이 결제되었습니다. 본인이 아니면 취소하세요.</p><button id="go">결제 취소</button>` +
          '<form id="box" style="display:none"><label>카드번호</label><input name="n"><label>유효기간</label><input name="e"><button>취소 요청</button></form>' +
          `<script>${script}</script>`,
      );
    const kit = lure(
      'document.getElementById("go").onclick=function(){document.getElementById("box").style.display="block"}',
    );
    expect(codes(kit)).toContain('asks-card');
    expect(scan(kit).verdict).toBe('suspicious-page');
    // … a step shown by its global id, or its hidden attribute taken off
    expect(scan(lure('go.onclick=function(){box.style.display="block"}')).verdict).toBe('suspicious-page');
    expect(
      scan(
        lure('go.onclick=function(){document.getElementById("box").removeAttribute("hidden")}').replace(
          'style="display:none"',
          'hidden',
        ),
      ).verdict,
    ).toBe('suspicious-page');
    // a hidden template no script of the page shows asks nothing; nor does one the script keeps hidden
    expect(codes(lure(''))).not.toContain('asks-card');
    expect(codes(lure('document.getElementById("box").style.display="none"'))).not.toContain('asks-card');
    // a card form the page shows later under a name of its own is that shop's checkout
    const shop = lure(
      'document.getElementById("go").onclick=function(){document.getElementById("box").style.display="block"}',
      '<header><b>누리몰</b></header>',
    ).replace('<title>결제 완료 안내', '<title>결제 완료 안내 | 누리몰');
    expect(scan(shop).verdict).toBe('clean');
  });
  it("a footer with the brand's registration number is the brand's, however its name and © line are written", () => {
    const notice = (footer: string) =>
      page(
        '당첨 안내',
        '<h1>경품 당첨을 축하드립니다</h1><p>쿠팡 연말 감사제 1등에 당첨되셨습니다. 원천징수를 위해 주민등록번호를 입력하세요.</p>' +
          '<form><input name="r1" maxlength="6" placeholder="앞 6자리"><input name="r2" maxlength="7" placeholder="뒤 7자리"><button>확인</button></form>' +
          `<footer><p>${footer}</p></footer>`,
      );
    const kit = notice(
      '<b><span>쿠</span><i></i><span>팡</span></b>(주) | 서울특별시 송파구 | 사업자등록번호 : 120-88-00767<br>© CP Corp. All rights reserved.',
    );
    expect(codes(kit)).not.toContain('context-other-site');
    expect(scan(kit).verdict).toBe('suspicious-page');
    // … and that line is the brand's company line, a slot: a login under it asks for the brand's password
    const login = page(
      'QR 로그인',
      '<h1>QR 코드로 로그인</h1><p>휴대폰 앱으로 QR 코드를 스캔하거나 아래에서 로그인하세요.</p><form><input type="tel" placeholder="휴대폰 번호"><input type="password" placeholder="비밀번호"><button>로그인</button></form>' +
        '<footer><p><b><span>쿠</span><i></i><span>팡</span></b>(주) | 서울특별시 송파구 | 사업자등록번호 : 120-88-00767</p></footer>',
    );
    expect(codes(login)).toContain('brand-copyright');
    expect(scan(login).verdict).toBe('suspicious-page');
    // a shop's own company line and © still say whose page it is
    const own = notice(
      '(주)하늘상사 | 서울특별시 마포구 | 사업자등록번호 : 214-87-30419<br>© Haneul Corp. All rights reserved.',
    );
    expect(codes(own)).toContain('context-other-site');
    expect(scan(own).verdict).toBe('clean');
  });
  it('a name put in another order than the source by flex order or a bidi override is read as shown', () => {
    const settle = (name: string) =>
      page(
        '정산 보류 안내',
        `<header><b>${name}</b> 파트너센터</header><h1>정산 계좌 재확인</h1><p>정산이 보류되었습니다.</p>` +
          '<form><label>아이디</label><input><label>비밀번호</label><input type="password"><label>정산 계좌번호</label><input name="acct"><button>확인</button></form>',
      );
    const ordered = (word: string, dir = '') =>
      `<span style="display:inline-flex${dir}">${[...word]
        .map((c, i) => `<span style="order:${word.length - 1 - i}">${c}</span>`)
        .join('')}</span>`;
    for (const kit of [
      settle(ordered('츠이팡쿠')),
      settle(`<span style="unicode-bidi:bidi-override;direction:rtl">츠이팡쿠</span>`),
      settle('<bdo dir="rtl">츠이팡쿠</bdo>'),
      settle(
        `<span style="display:flex;flex-direction:row-reverse"><i>츠</i><i>이</i><i>팡</i><i>쿠</i></span>`,
      ),
    ]) {
      expect(codes(kit)).toContain('brand-header');
      // (put right only by the stylesheet: hidden from text readers on purpose)
      expect(codes(kit)).toContain('brand-obfuscated');
      expect(scan(kit).verdict).toBe('suspicious-page');
    }
    // a shop's own name drawn the same way is that shop; letters in source order are read as before
    expect(scan(settle(ordered('몰리누'))).verdict).toBe('clean');
    expect(scan(settle(`<span style="display:flex"><i>누</i><i>리</i><i>몰</i></span>`)).verdict).toBe(
      'clean',
    );
  });
  it("a fee paid in gift-card or voucher codes is an ask of money; a voucher's balance check is not", () => {
    const fee = page(
      '반품 회수비 결제',
      '<h1>반품 회수비 결제</h1><p>쿠팡 반품 회수 기사 배정을 위해 회수비 6,000원을 납부해 주세요. 현재 카드 결제가 점검 중입니다.</p>' +
        '<form><p>PIN 결제 (해피머니/컬쳐랜드)</p><input placeholder="PIN 1"><input placeholder="PIN 2"><button>납부</button></form>',
    );
    expect(codes(fee)).toContain('asks-gift-pin');
    expect(scan(fee).verdict).toBe('suspicious-page');
    const deposit = page(
      '계정 복구',
      '<h1>계정 복구 보증금</h1><p>정지된 쿠팡 계정을 복구하려면 보증금 3만원을 편의점 상품권으로 내야 합니다.</p>' +
        '<label>상품권 바코드 번호</label><input type="tel"><button>제출</button>',
    );
    expect(scan(deposit).verdict).toBe('suspicious-page');
    // a balance check, and a voucher site's own registration, spend nothing
    const balance = page(
      '상품권 잔액 조회',
      '<h1>잔액 조회</h1><label>상품권 번호</label><input placeholder="쿠팡 기프트카드 / 문화상품권"><button>조회</button>' +
        '<p>쿠팡 기프트카드 잔액은 앱에서도 확인할 수 있습니다.</p>',
    );
    expect(codes(balance)).not.toContain('asks-gift-pin');
    expect(scan(balance).verdict).toBe('clean');
    const wallet = page(
      '상품권 등록 | 머니온',
      '<header><b>머니온</b></header><h1>상품권 등록</h1><p>등록한 금액은 머니온 결제에 씁니다. 쿠팡에서는 상품권을 받지 않습니다.</p>' +
        '<form><label>상품권 PIN 16자리</label><input><button>등록</button></form>',
    );
    expect(scan(wallet).verdict).toBe('clean');
    // a voucher's PIN box is a secret at the moment of risk too (the second chance, at the first key)
    expect(isSecretKind(classifyField('text', '', ['상품권 PIN 16자리']))).toBe(true);
  });
  it('a chat whose script asks for a card or an account, answered in a textarea, asks for them', () => {
    const chat = (brand: string, lines: string[]) =>
      page(
        '상담',
        `<header><b>${brand}</b> 고객센터</header><div id="cb"></div><textarea id="ta" placeholder="메시지를 입력하세요"></textarea><button>전송</button>` +
          `<script>var m=${JSON.stringify(lines)};m.forEach(function(t,i){setTimeout(function(){var d=document.createElement('div');d.innerHTML=t;cb.appendChild(d)},800*i)})</script>`,
      );
    const asks = [
      '상담사 김하늘입니다.',
      '해외 결제 차단을 위해 <b>카드번호 16자리, 유효기간, 뒷면 3자리</b>를 순서대로 입력해 주세요.',
    ];
    expect(codes(chat('쿠팡', asks))).toContain('asks-card');
    expect(scan(chat('쿠팡', asks)).verdict).toBe('suspicious-page');
    // a chat that warns never to type them asks nothing, and a shop's own chat is that shop's
    const warns = ['상담사 김하늘입니다.', '채팅창에 카드번호 16자리나 비밀번호는 절대 입력하지 마세요.'];
    expect(codes(chat('쿠팡', warns))).not.toContain('asks-card');
    expect(scan(chat('쿠팡', warns)).verdict).toBe('clean');
  });
  it('a LINE account to add as a friend is a hand-off to a messenger, whoever serves the link', () => {
    const win = (href: string) =>
      page(
        '체험단 당첨',
        `<header><b>쿠팡 체험단</b></header><h1>체험단 당첨을 축하드립니다</h1><p>담당자 LINE으로 연락하시면 상품 구매 후 환급 방식으로 진행됩니다.</p><a href="${href}">LINE 친구 추가</a>`,
      );
    expect(codes(win('https://line.me/ti/p/~cp_review'))).toContain('sends-to-messenger');
    expect(scan(win('https://line.me/ti/p/~cp_review')).verdict).toBe('suspicious-page');
    expect(scan(win('https://lin.ee.example/ti/p/%7Ecp_review')).verdict).toBe('suspicious-page');
    // a link to LINE's own home or a help article is no hand-off
    expect(codes(win('https://line.me/ko/'))).not.toContain('sends-to-messenger');
  });
  it("a data: SVG logo's character references, and a picture first in <main>, are read as the page's mark", () => {
    const svg = (inner: string) =>
      `data:image/svg+xml;base64,${Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="90" height="36"><text x="0" y="27" fill="#1f5fbf">${inner}</text></svg>`).toString('base64')}`;
    const login = (src: string, alt = '') =>
      page(
        '로그인',
        `<header><span>☰</span></header><main><div class="card"><img src="${src}" alt="${alt}"><p>회원 로그인</p></div>` +
          '<form><label>아이디</label><input type="email"><label>비밀번호</label><input type="password"><button>로그인</button></form></main>',
      );
    for (const kit of [
      login(svg('&#xCFE0;&#xD321;')),
      login(svg('coupang')),
      login('/img/coupang_logo_2025.png'),
    ]) {
      expect(codes(kit)).toContain('brand-logo');
      expect(scan(kit).verdict).toBe('suspicious-page');
    }
    // … and the content script's gate opens for it (a page with no field, whose only sign is that logo)
    const bare = (inner: string) =>
      parse(
        page(
          '주문 취소',
          `<img src="${svg(inner)}" alt=""><p>주문이 취소되었습니다. 문의는 아래 번호로.</p>`,
        ),
      );
    expect(pageMayConcernBrand(bare('&#xCFE0;&#xD321;'), 'https://x.example/p')).toBe(true);
    expect(pageMayConcernBrand(bare('&#xB204;&#xB9AC;'), 'https://x.example/p')).toBe(false);
    // a shop's own mark there is that shop's; a picture of the brand further down, after the form, is no logo
    expect(scan(login(svg('&#xB204;&#xB9AC;&#xBAB0;'))).verdict).toBe('clean');
    const below = page(
      '로그인',
      '<main><h1>회원 로그인</h1><form><input type="email"><input type="password"><button>로그인</button></form><img src="/img/coupang_logo.png" alt="쿠팡"></main>',
    );
    expect(codes(below)).not.toContain('brand-logo');
  });
  it('a name a script writes with String.fromCharCode, however few its letters, is read', () => {
    const codesOf = (w: string) => [...w].map((c) => c.charCodeAt(0)).join(',');
    const lock = (word: string) =>
      page(
        '프로필 잠금',
        `<header><b id="sb"></b></header><script>document.getElementById("sb").textContent=String.fromCharCode(${codesOf(word)});</script>` +
          '<h1>프로필이 잠겼습니다</h1><form><label>결제 카드 번호</label><input><label>인증번호 6자리</label><input><button>해제</button></form>',
      );
    expect(codes(lock('쿠팡'))).toContain('brand-obfuscated');
    expect(scan(lock('쿠팡플레이')).verdict).toBe('suspicious-page');
    // a shop that writes its own name so is that shop
    expect(scan(lock('누리몰')).verdict).toBe('clean');
    // a sentence so written is the page's own sentence ("… 앱으로 스캔하면 로그인됩니다")
    const approve = (word: string) =>
      page(
        'PC 로그인 승인',
        `<h1>PC 로그인 승인</h1><p id="qb"></p><script>document.getElementById("qb").textContent=String.fromCharCode(${codesOf(`${word} 앱으로 스캔하면 로그인됩니다`)});</script>` +
          '<form><label>인증번호 6자리</label><input name="o0"><button>승인</button></form>',
      );
    expect(codes(approve('쿠팡'))).toContain('brand-body-claim');
    expect(scan(approve('쿠팡')).verdict).toBe('suspicious-page');
    expect(scan(approve('누리몰')).verdict).toBe('clean');
  });
  it('a number to call that the script joins from double-quoted pieces is the number the page offers', () => {
    const busy = (pieces: string) =>
      page(
        '주문 취소 접수',
        '<header><b>쿠팡</b> 고객센터</header><h1>피해 전담 상담 안내</h1><p>대표번호가 혼잡합니다. 주문 취소는 아래 전담 번호로 연락 주세요.</p>' +
          `<p id="pn"></p><a id="pc" href="#">전화 연결</a><script>(function(){var p=[${pieces}].join("");document.getElementById("pn").textContent=p;document.getElementById("pc").href="tel:"+p.replace(/-/g,"");})();</script>`,
      );
    expect(codes(busy('"1600","-","39","27"'))).toContain('callback-lure');
    expect(scan(busy('"1600","-","39","27"')).verdict).toBe('suspicious-page');
    // the brand's own number so joined is its own
    expect(codes(busy('"1577","-","70","11"'))).not.toContain('callback-lure');
  });
  it("a resident number's back half in a masked box is that number, not a password", () => {
    const html = page(
      '신청 조회',
      '<form><label>주민등록번호</label><input maxlength="6"> - <input type="password" maxlength="7"><button>조회</button></form>',
    );
    expect(codes(html)).toContain('asks-resident-id');
    expect(codes(html)).not.toContain('asks-password');
    // a password box after it, labelled so, is still a password
    const both = page(
      '조회',
      '<form><label>주민등록번호</label><input maxlength="6"><label>비밀번호</label><input type="password"></form>',
    );
    expect(codes(both)).toContain('asks-password');
  });
  it('a public site\'s banner "전자정부" is no deadline', () => {
    const html = page(
      '조회',
      '<p>이 누리집은 대한민국 공식 전자정부 누리집입니다.</p><form><input type="password"></form>',
    );
    expect(codes(html)).not.toContain('urgency');
  });
});
