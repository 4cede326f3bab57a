import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { resolveScript } from '../../lib/page/collect';
import { scanPage, warnAtRisk } from '../../lib/page/index';
import { parse } from './helpers';

/**
 * Classes of issue #11's second round (docs/page-guard.md): who owns a page that names the brand in passing,
 * and what kits hide from a static reader. Each pair holds the same markup with and without the one thing
 * that decides, so a rule that passes by accident fails here.
 */
const scan = (html: string, url = 'https://random-host.example/p') =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });
const page = (title: string, body: string) =>
  `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

const checkout = (logo: string) =>
  page(
    '주문서 작성 | 달빛마켓',
    `${logo}<div class="brand-bar">달빛마켓</div><h2>배송 정보</h2><p>로켓배송처럼 내일 아침 도착! 쿠팡보다 싸게 드립니다.</p>
    <form action="/order"><input placeholder="받는 분 휴대폰"><input placeholder="주소"><input placeholder="공동현관 출입번호">
    <input placeholder="카드번호"><input placeholder="유효기간 MM/YY"><button>결제하기</button></form>`,
  );

describe('who owns the page', () => {
  it("another shop's checkout that names the brand and its services in passing is that shop's page", () => {
    const v = scan(checkout(''));
    expect(v.verdict).toBe('clean');
    expect(v.reasons.map((r) => r.code)).toContain('context-other-site');
  });

  it('the same checkout under the brand logo is not excused by a name of its own', () => {
    expect(scan(checkout('<img src="/i/top.png" alt="쿠팡">')).verdict).toBe('suspicious-page');
  });

  it('a residents’ notice that mentions the breach while asking for the entrance code is the notice board’s', () => {
    const html = page(
      '공동현관 비밀번호 변경 안내 - 한빛마을 입주민회',
      `<div>한빛마을 입주민회</div><h2>공동현관 비밀번호 변경 안내 (쿠팡 정보유출 관련)</h2><p>세대별 새 비밀번호 등록을 부탁드립니다.</p>
      <form><input placeholder="동"><input placeholder="호수"><input placeholder="공동현관 비밀번호"><button>등록</button></form>`,
    );
    expect(scan(html).verdict).toBe('clean');
  });

  it('a name repeated only next to the brand ("Coupang 고객지원 파트너") is not a separate owner', () => {
    const html = page(
      '보상 신청 - 지원센터',
      `<div>쿠팡 지원센터 안내</div><p>쿠팡 고객님, 유출 피해 보상을 위해 아래를 입력해 주세요.</p>
      <form><input placeholder="주민등록번호"><input placeholder="환불 계좌번호"><button>신청</button></form>`,
    );
    expect(scan(html).verdict).toBe('suspicious-page');
  });

  it('a disclaimer is believed where the brand is only named in passing, not next to a notice in its voice', () => {
    const tool = page(
      '알림봇 - 쿠팡 최저가 알림 받기',
      `<h1>쿠팡 최저가, 문자로 먼저 받아보세요</h1><p>원하는 상품이 최저가가 되면 문자로 알려드립니다.</p>
      <form><input type="tel" placeholder="휴대폰 번호"><input placeholder="인증번호"><button>알림 신청</button></form>
      <p>알림봇은 쿠팡과 제휴 관계가 없는 개인 서비스입니다.</p>`,
    );
    expect(scan(tool).verdict).toBe('clean');
    const lure = page(
      '피해 보상 접수',
      `<p>쿠팡 고객님, 개인정보 유출 피해 보상금 지급 대상입니다.</p>
      <form><input placeholder="주민등록번호"><input placeholder="환불 계좌번호"><button>신청</button></form>
      <p>본 사이트는 쿠팡과 무관합니다.</p>`,
    );
    expect(scan(lure).verdict).toBe('suspicious-page');
  });

  it('"X is not affiliated with, endorsed by, or sponsored by Coupang" in a footer is no copyright line', () => {
    const html = page(
      'Pricing – TrackerKR',
      `<h1>Pricing</h1><form><input name="card" placeholder="Card number"><input type="password" placeholder="Password"></form>
      <footer><p>TrackerKR is an independent service and is not affiliated with, endorsed by, or sponsored by Coupang Corp.</p><p>© 2025 TrackerKR</p></footer>`,
    );
    const v = scan(html);
    expect(v.reasons.map((r) => r.code)).not.toContain('brand-copyright');
    expect(v.verdict).toBe('clean');
  });

  it('an app-store name on a host that is not the store’s is a pose, not an owner', () => {
    const html = page(
      '쿠팡 (Coupang) - Google Play 앱',
      `<h1>쿠팡 (Coupang)</h1><p>보안 업데이트 버전</p><a href="/dl/coupang_9.1.apk">설치</a>`,
    );
    expect(scan(html, 'https://play-store-kr.example/details').verdict).toBe('suspicious-page');
  });
});

describe('what a kit hides from a static reader', () => {
  const logo = '<div class="logo"><img src="/l.png" alt="쿠팡"></div>';

  it('contenteditable boxes that say what they take are fields', () => {
    const html = page(
      '결제 확인',
      `${logo}<p>결제 카드를 확인해 주세요.</p><div contenteditable="true" data-ph="카드번호" id="c1"></div>
      <div contenteditable="true" data-ph="CVC" id="c2"></div>`,
    );
    const v = scan(html);
    expect(v.reasons.map((r) => r.code)).toContain('asks-card');
    expect(v.verdict).toBe('suspicious-page');
  });

  it('a chat that asks for name, birth date and phone in words asks for the identity bundle', () => {
    const html = page(
      '채팅 상담',
      `${logo}<div id="log"></div><form id="f"><input id="t" placeholder="메시지"><button>전송</button></form>
      <script>var q=['먼저 성함을 알려주세요.','생년월일 6자리를 입력해 주세요.','휴대폰 번호를 입력해 주세요.'];</script>`,
    );
    const v = scan(html);
    expect(v.reasons.map((r) => r.code)).toContain('asks-identity-bundle');
    expect(v.verdict).toBe('suspicious-page');
  });

  it('a wordmark drawn one letter per element is the brand wherever it sits', () => {
    const letters = [...'coupang'].map((c) => `<span style="color:#123">${c}</span>`).join('');
    const html = page(
      '주문 확인',
      `<h2>주문 조회</h2><div class="win"><div class="bar">https://login.example/</div><div class="mk">${letters}</div>
      <form action="/s"><input type="email" placeholder="이메일"><input type="password" placeholder="비밀번호"></form></div>`,
    );
    expect(scan(html).verdict).toBe('suspicious-page');
    // two-letter cells of a table are not a wordmark
    const table = page(
      '주문 확인',
      `<h2>조회</h2><table><tr><td>상태</td><td>쿠팡</td></tr></table><form><input type="password" name="pw"></form>`,
    );
    expect(scan(table).reasons.map((r) => r.code)).not.toContain('brand-logo');
  });

  it('a name drawn by the stylesheet from an attribute (content: attr(x)) is read', () => {
    const html = page(
      '통관 정보',
      `<style>.a::after{content:attr(data-a)}.b::after{content:attr(data-b)}</style>
      <div class="logo"><span class="a" data-a="쿠"></span><span class="b" data-b="팡"></span></div>
      <form><input placeholder="개인통관고유부호"><input placeholder="휴대폰"></form>`,
    );
    const v = scan(html);
    expect(v.reasons.map((r) => r.code)).toContain('brand-obfuscated');
    expect(v.verdict).toBe('suspicious-page');
  });

  it('a messenger-ID field is the way out of the page', () => {
    const html = page(
      '체험단 당첨',
      `${logo}<h2>체험단 선정 안내</h2><form><input placeholder="휴대폰 번호"><input placeholder="받을 주소"><input placeholder="카카오톡 ID"></form>`,
    );
    const v = scan(html);
    expect(v.reasons.map((r) => r.code)).toContain('asks-messenger-id');
    expect(v.verdict).toBe('suspicious-page');
  });

  it('a data: SVG wordmark drawn by a stylesheet rule is an image with its text', () => {
    const svg = encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg"><text>coupang</text></svg>');
    const html = page(
      '결제 인증',
      `<style>.mk{background:url("data:image/svg+xml,${svg}") no-repeat}</style><div class="mk"></div>
      <form><input placeholder="카드번호"><input placeholder="CVC"></form>`,
    );
    expect(scan(html).verdict).toBe('suspicious-page');
  });
});

describe('what a kit hides from a static reader (2)', () => {
  const logo = '<div class="logo"><img src="/l.png" alt="쿠팡"></div>';

  it('a form inside a srcdoc frame that starts with a doctype is read, and the frame title is a title', () => {
    const inner =
      "<!doctype html><html><head><title>쿠페이 재인증</title></head><body><form><input type='password' name='k'></form></body></html>";
    const html = page(
      '계정 보안 경고',
      `<p>쿠팡 페이 계정이 제한되었습니다.</p><iframe srcdoc="${inner}"></iframe>`,
    );
    const v = scan(html);
    expect(v.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['brand-title', 'asks-password']));
    expect(v.verdict).toBe('suspicious-page');
  });

  it('a hidden input a script-made keypad types into asks for what the words before it name', () => {
    const html = page(
      '배송지 확인',
      `${logo}<form action="/a"><input placeholder="받는 분 휴대폰"><p>공동현관 출입번호</p><div class="kp"></div><input type="hidden" name="gc"></form>`,
    );
    expect(scan(html).reasons.map((r) => r.code)).toContain('asks-entrance-code');
    const csrf = page('로그인', `<form><p>안내</p><input type="hidden" name="csrf_token" value="x"></form>`);
    expect(scan(csrf).reasons.filter((r) => r.code.startsWith('asks-'))).toEqual([]);
  });

  it("a field's own placeholder decides its kind; the sentence before it only when the field says nothing", () => {
    const html = page(
      '상담',
      `${logo}<p>확인을 위해 성함, 연락처, 생년월일을 남겨주세요.</p><form><input placeholder="성함"><input placeholder="연락처"><input placeholder="생년월일"></form>`,
    );
    expect(scan(html).reasons.map((r) => r.code)).toContain('asks-identity-bundle');
  });

  it('an APK address carried in data- attributes and joined at click time', () => {
    const html = page(
      '사건 조사',
      `${logo}<p>조사 앱을 설치해 주세요.</p><a href="#" id="ap" data-p="/files/,remote,_inv,.apk">앱 설치</a>`,
    );
    expect(scan(html).reasons.map((r) => r.code)).toContain('app-download');
  });
});

describe('the second chance follows the same owner', () => {
  it('a disclaimer the verdict believed keeps the typing hold off; one next to a notice in the brand’s voice does not', () => {
    const tool = page(
      '알림봇 - 쿠팡 최저가 알림 받기',
      `<p>쿠팡 최저가가 되면 문자로 알려드립니다.</p><form><input type="tel" placeholder="휴대폰"><input placeholder="인증번호"></form>
      <p>알림봇은 쿠팡과 제휴 관계가 없는 개인 서비스입니다.</p>`,
    );
    expect(warnAtRisk(scan(tool), 'otp')).toBe(false);
    const lure = page(
      '보안 확인',
      `<p>쿠팡 고객님, 로그인 확인이 필요합니다.</p><form><input type="password" name="pw"></form><p>본 사이트는 쿠팡과 무관합니다.</p>`,
    );
    expect(warnAtRisk(scan(lure), 'password')).toBe(true);
  });

  it('a CJK site name that is not one of the brand’s CJK names is an owner', () => {
    const html = page(
      '會員登入 | 樂購台灣',
      `<div>樂購台灣</div><p>比酷澎更便宜</p><form><input name="u"><input type="password" name="p"></form>`,
    );
    expect(warnAtRisk(scan(html), 'password')).toBe(false);
  });
});

describe('resolveScript', () => {
  it('writes char codes and short concatenated variables back into the literals', () => {
    const out = resolveScript(
      "var b=String.fromCharCode(0xCFE0,0xD321);el.innerHTML='<h2>'+b+' 환불</h2>';document.title=b+' 고객센터';",
    );
    expect(out).toContain("'<h2>쿠팡 환불</h2>'");
    expect(out).toContain("document.title='쿠팡 고객센터'");
  });

  it('leaves scripts it cannot read as they are, and never throws on bad code points', () => {
    expect(resolveScript('a = b + c;')).toBe('a = b + c;');
    expect(() => resolveScript('String.fromCharCode(9999999)')).not.toThrow();
  });
});
