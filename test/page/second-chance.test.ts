import { describe, expect, it } from 'vitest';
import { classifyField, pageMayConcernBrand, scanPage, warnAtRisk } from '../../lib/page/index';
import { fixtureHtml, fixturePages, parse } from './helpers';

const URL_ = 'https://random-host.example/p';

describe('second chance at the moment of risk', () => {
  // a page that claims Coupang only weakly (below the warning) and has a password box
  const weak = parse(`<html><head><title>회원 확인</title></head><body>
    <p>지난달 쿠팡에서 받으신 상품의 후기와 적립 내역을 한눈에 보시려면 로그인해 주세요.</p>
    <form><input name="id" placeholder="아이디"><input name="p" type="password"></form></body></html>`);

  it('the page alone stays below the warning', () => {
    expect(scanPage(weak, URL_).verdict).toBe('clean');
  });

  it('warns when the user is about to type a password into it', () => {
    const v = scanPage(weak, URL_);
    expect(warnAtRisk(v, classifyField('password', '', ['p']))).toBe(true);
    // but not for a non-secret field (a search box, a user id)
    expect(warnAtRisk(v, classifyField('text', '', ['아이디']))).toBe(false);
  });

  it('does not warn on a page that says whose it is (a news site, a review with the brand)', () => {
    const news =
      parse(`<html><head><title>쿠팡 사태 정리 | 한빛일보</title><meta property="og:site_name" content="한빛일보">
      <meta property="og:type" content="article"></head><body><header><a class="logo">한빛일보</a>
      <form><input type="password" name="pw"></form></header><article><p>쿠팡 개인정보 유출 …</p></article></body></html>`);
    const v = scanPage(news, URL_);
    expect(warnAtRisk(v, 'password')).toBe(false);
  });

  it('does not warn on a page that never names the brand', () => {
    const plain = parse(
      `<html><body><h1>동네 빵집 회원 로그인</h1><form><input type="password"></form></body></html>`,
    );
    expect(warnAtRisk(scanPage(plain, URL_), 'password')).toBe(false);
  });

  it('every fixture fake still warns, no benign fixture warns for a password at the lower bar', () => {
    for (const p of fixturePages()) {
      const v = scanPage(parse(fixtureHtml(p.file)), p.url);
      if (p.expect === 'suspicious-page') expect(warnAtRisk(v, 'password'), p.file).toBe(true);
      else expect(warnAtRisk(v, 'password'), p.file).toBe(false);
    }
  });
});

describe('pageMayConcernBrand (the cheap gate)', () => {
  it('passes every fixture page (fakes and the benign pages that talk about the brand)', () => {
    for (const p of fixturePages())
      expect(pageMayConcernBrand(parse(fixtureHtml(p.file)), p.url), p.file).toBe(true);
  });

  it('skips a page with no sign of the brand and nothing to ask with', () => {
    const doc = parse(`<html><head><title>오늘의 레시피</title></head><body><h1>김치찌개</h1>
      <form><input type="search" name="q"></form><p>${'돼지고기와 김치를 볶는다. '.repeat(300)}</p></body></html>`);
    expect(pageMayConcernBrand(doc, 'https://recipes.example/kimchi')).toBe(false);
  });

  it('skips a small page with nothing to show (issue #16: the scorer is loaded only when the gate opens)', () => {
    const doc = parse(`<html><body><div id="host"></div><p>잠시만 기다려 주세요</p></body></html>`);
    expect(pageMayConcernBrand(doc, 'https://random-host.example/')).toBe(false);
    // a frame with an address of its own runs a content script of its own: the top page need not open
    const framed = parse(
      `<html><body><p>광고</p><iframe src="https://ads.example/x"></iframe></body></html>`,
    );
    expect(pageMayConcernBrand(framed, 'https://random-host.example/')).toBe(false);
  });

  it('passes a small page that keeps content in a shadow root, open or closed (read by the caller)', () => {
    const doc = parse(`<html><body><div id="host"></div><p>잠시만 기다려 주세요</p></body></html>`);
    const host = doc.getElementById('host')!;
    const fakeRoot = {} as ShadowRoot;
    // a closed root: only the caller's reader (the extension's accessor) sees it
    expect(
      pageMayConcernBrand(doc, URL_, undefined, undefined, (el) => (el === host ? fakeRoot : null)),
    ).toBe(true);
    const custom = parse(`<html><body><my-login></my-login></body></html>`);
    const el = custom.querySelector('my-login')!;
    expect(pageMayConcernBrand(custom, URL_, undefined, undefined, (e) => (e === el ? fakeRoot : null))).toBe(
      true,
    );
    // and a page with too many elements to look at for so little text is scanned
    const many = parse(`<html><body>${'<span></span>'.repeat(2000)}</body></html>`);
    expect(pageMayConcernBrand(many, URL_)).toBe(true);
  });

  it('reads a bounded sample of the text: a huge page costs its first characters, not all of them', () => {
    const filler = '오늘의 특가 상품을 만나 보세요. '.repeat(200_000); // ~3.6 million characters in one text node
    const early = parse(`<html><body><p>쿠팡 보상 안내 ${filler}</p></body></html>`);
    expect(pageMayConcernBrand(early, URL_)).toBe(true);
    // beyond the sample: not read (the full scan, the observer and the second chance do not depend on it)
    const late = parse(`<html><body><p>${filler}</p><p>쿠팡</p></body></html>`);
    const t0 = performance.now();
    expect(pageMayConcernBrand(late, URL_)).toBe(false);
    expect(performance.now() - t0).toBeLessThan(1000);
    // many small text nodes: read up to the same budget
    const some = parse(`<html><body>${'<span>가</span>'.repeat(10_000)}<p>쿠팡</p></body></html>`);
    expect(pageMayConcernBrand(some, URL_)).toBe(true);
    const many = parse(`<html><body>${'<span>가</span>'.repeat(30_000)}<p>쿠팡</p></body></html>`);
    expect(pageMayConcernBrand(many, URL_)).toBe(false);
    // a small page is still read whole, its last word included
    expect(
      pageMayConcernBrand(
        parse(`<html><body><p>안내</p><div><b>ｃｏｕｐａｎｇ</b></div></body></html>`),
        URL_,
      ),
    ).toBe(true);
  });

  it('passes on disguised names and on anything that can ask', () => {
    const page = (body: string, title = '안내') =>
      parse(`<html><head><title>${title}</title></head><body>${body}</body></html>`);
    expect(pageMayConcernBrand(page('<p>쿠ㆍ팡 보상 안내</p>'), URL_)).toBe(true);
    expect(pageMayConcernBrand(page('<b>Coupaпg</b>'), URL_)).toBe(true);
    expect(pageMayConcernBrand(page('<b>ｃｏｕｐａｎｇ</b>'), URL_)).toBe(true);
    expect(pageMayConcernBrand(page('<b>gnapuoc</b>'), URL_)).toBe(true);
    expect(pageMayConcernBrand(page('<p>보상 안내</p><input name="x">'), URL_)).toBe(true);
    expect(pageMayConcernBrand(page('<a href="/dl/app.APK">받기</a>'), URL_)).toBe(true);
    expect(pageMayConcernBrand(page('<iframe srcdoc="x"></iframe>'), URL_)).toBe(true);
    expect(pageMayConcernBrand(page('<iframe></iframe>'), URL_)).toBe(true);
    expect(pageMayConcernBrand(page('<iframe src="data:text/html,x"></iframe>'), URL_)).toBe(true);
    expect(pageMayConcernBrand(page('', '쿠팡 로그인'), URL_)).toBe(true);
    expect(pageMayConcernBrand(page('<img src="https://thumbnail6.coupangcdn.com/x.png">'), URL_)).toBe(true);
    // a data: SVG wordmark drawn in pieces, percent-encoded or base64
    const svg = `<svg xmlns='http://www.w3.org/2000/svg'><text>co</text><text>up</text><text>ang</text></svg>`;
    expect(
      pageMayConcernBrand(page(`<img src="data:image/svg+xml;utf8,${encodeURIComponent(svg)}">`), URL_),
    ).toBe(true);
    expect(pageMayConcernBrand(page(`<img src="data:image/svg+xml;base64,${btoa(svg)}">`), URL_)).toBe(true);
    const other = svg.replace('co', 'sh');
    expect(pageMayConcernBrand(page(`<img src="data:image/svg+xml;base64,${btoa(other)}">`), URL_)).toBe(
      false,
    );
  });
});

describe('textMayConcernBrand (text a page writes after the first scan)', () => {
  it('names the brand, however written, or what a kit asks for', async () => {
    const { textMayConcernBrand } = await import('../../lib/page/gate');
    for (const t of [
      '쿠팡맨 이정우입니다.',
      'Cоupang',
      '쿠 팡 아이디',
      '공동현관 비밀번호 알려주세요',
      'card number',
      '앱 설치',
      // a number to call written in late (author K's restriction notice)
      '1566-0000',
      '070-4821-9935',
      // a ClickFix kit's steps, shown at the reader's click (author N's class)
      'Windows 키 + R 을 누르세요',
      'Press Win+R',
      'Ctrl + V 로 붙여 넣으세요',
    ])
      expect(textMayConcernBrand(t), t).toBe(true);
  });

  it('a clock, a price or a score is not worth a scan', async () => {
    const { textMayConcernBrand } = await import('../../lib/page/gate');
    for (const t of [
      '12:01:33',
      '₩ 12,900',
      '3 : 1',
      '2026-12-04 09:00',
      '주문번호 20251203-0042',
      '오늘의 날씨 맑음',
      'Free shipping on your account',
      'WinRAR 7.01 다운로드 페이지',
      '',
      'x'.repeat(5000),
    ])
      expect(textMayConcernBrand(t), t.slice(0, 20)).toBe(false);
  });
});
