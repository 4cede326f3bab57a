import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageMayConcernBrand, scanPage } from '../../lib/page/index';
import { textMayConcernBrand } from '../../lib/page/gate';
import { tight } from '../../lib/page/normalize';
import { parse } from './helpers';

/**
 * Round page32rt (redteam30: what a page can draw, bound or hide), by class with pages written apart from the
 * red team's kits. Each class has an honest twin that stays clean.
 */
const page = (title: string, body: string, head = '') =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;
const scan = (html: string, url: string) =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });
const gate = (html: string, url = 'https://notice-desk.example/') => pageMayConcernBrand(parse(html), url);
const flagged = (html: string, url: string) => !['unknown', 'clean'].includes(scan(html, url).verdict);
/** an honest paragraph of neutral words, `n` times */
const filler = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `<p>${i}번 안내: 영업일 기준 1~3일 이내 출고되며 도서산간 지역은 더 걸립니다.</p>`,
  ).join('');

describe('default-ignorable code points fold away (r19)', () => {
  const TAG = String.fromCodePoint(0xe0041);
  const MUSIC = String.fromCodePoint(0x1d175);
  const SHORTHAND = String.fromCodePoint(0x1bca1);
  const VS17 = String.fromCodePoint(0xe0100);
  it('reads a name split by a tag character, a musical format control, a shorthand control or a VS17-256', () => {
    for (const c of [TAG, MUSIC, SHORTHAND, VS17, '\ufff3']) {
      expect(tight(`쿠${c}팡`)).toBe('쿠팡');
      expect(tight(`cou${c}pang`)).toBe('coupang');
    }
  });
  it('flags a login page whose every name is split by a tag character', () => {
    const name = `쿠${TAG}팡`;
    const html = page(
      `${name} 로그인`,
      `<h1>${name} 로그인</h1><form><label>아이디<input name="id"></label><label>비밀번호<input type="password" name="pw"></label><button>로그인</button></form>`,
    );
    expect(flagged(html, 'https://member-login-check.example/')).toBe(true);
  });
  it("keeps a flag emoji's tag characters harmless on an honest login page", () => {
    const flag = '\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}';
    const html = page(
      '축구 동호회 로그인',
      `<h1>${flag} 축구 동호회</h1><form><label>아이디<input name="id"></label><label>비밀번호<input type="password"></label></form>`,
    );
    expect(flagged(html, 'https://fc-club.example/')).toBe(false);
    expect(tight(flag)).toBe('');
  });
});

describe("the gate's budgets and readings (r11–r13, r22)", () => {
  const LURE = '쿠팡 결제 승인 취소 상담 1588-0000';
  const PHOTO = `<img alt="" src="data:image/jpeg;base64,${'A'.repeat(15_000)}">`;
  it("a data: photo does not spend the words' budget (two inlined photos before the lure in a <p>)", () => {
    expect(gate(page('결제 안내', `${PHOTO}${PHOTO}<p>쿠팡 결제 승인 안내</p>`))).toBe(true);
    expect(gate(page('여행 사진', `${PHOTO}${PHOTO}<p>제주 여행 사진첩입니다</p>`))).toBe(false);
  });
  it("script and JSON text do not spend the words' budget (a 26k state blob before the lure)", () => {
    const blob = `<script id="__NEXT_DATA__" type="application/json">{"props":"${'x'.repeat(26_000)}"}</script>`;
    expect(gate(page('결제 안내', `${blob}<div>쿠팡 결제 승인 안내</div>`))).toBe(true);
    expect(gate(page('블로그', `${blob}<div>오늘의 요리 레시피</div>`))).toBe(false);
  });
  it("reads a data: SVG picture with raw spaces to the attribute's end", () => {
    // percent-encoded letters after attributes written with raw spaces: only the decoded picture names the brand
    const svg = (word: string) =>
      `data:image/svg+xml;utf8,%3Csvg xmlns='http://www.w3.org/2000/svg' width='90' height='24'%3E%3Ctext y='20' fill='%23222'%3E${encodeURIComponent(word)}%3C/text%3E%3C/svg%3E`;
    expect(gate(page('안내', `<p>상담 센터</p><img alt="" src="${svg('쿠팡')}">`))).toBe(true);
    expect(gate(page('안내', `<p>상담 센터</p><img alt="" src="${svg('꽃집')}">`))).toBe(false);
  });
  it('reads the words of a shadow root on a page read whole but above the small-page size', () => {
    const doc = parse(page('자주 묻는 질문', `<div id="host"></div>${filler(80)}`));
    const root = doc.getElementById('host')!.attachShadow({ mode: 'closed' });
    const h2 = doc.createElement('h2');
    h2.textContent = LURE;
    root.replaceChildren(h2);
    const host = doc.getElementById('host')!;
    const reader = (el: Element) => (el === host ? root : null);
    expect(pageMayConcernBrand(doc, 'https://faq.example/', undefined, undefined, reader)).toBe(true);
    // an honest component's root on the same page does not open the gate by being there
    h2.textContent = '배송 조회';
    expect(pageMayConcernBrand(doc, 'https://faq.example/', undefined, undefined, reader)).toBe(false);
  });
});

describe('late text is read at its head and its tail (r14)', () => {
  const rows = Array.from({ length: 120 }, (_, i) => `주문번호 2026120${i} 생활용품 배송완료`).join(' ');
  it('opens on a lure after 2,000+ characters of order rows', () => {
    expect(rows.length).toBeGreaterThan(2000);
    expect(textMayConcernBrand(`${rows} 쿠팡 결제 취소 상담`)).toBe(true);
    expect(textMayConcernBrand(`${rows} 감사합니다`)).toBe(false);
  });
});

describe('a page longer than the text budget is read at its tail too (r10)', () => {
  const terms = Array.from(
    { length: 4000 },
    (_, i) =>
      `<p>제${i}조 본 약관은 서비스 이용에 관한 권리와 의무 및 책임사항을 규정하며 이용자는 이에 동의합니다.</p>`,
  ).join('');
  const CARD =
    '<form><label>카드번호<input name="cn"></label><label>유효기간<input name="exp"></label><label>CVC<input name="cvc"></label><button>신청</button></form>';
  it('flags a refund form under the brand after 200,000+ characters of terms', () => {
    const html = page('결제 안내', `<div>${terms}</div><h1>쿠팡 결제취소 환불 신청</h1>${CARD}`);
    expect(html.length).toBeGreaterThan(200_000);
    expect(flagged(html, 'https://refund-desk.example/')).toBe(true);
  });
  it("keeps a shop's own checkout after the same terms clean", () => {
    const html = page('결제 안내', `<div>${terms}</div><h1>꽃배달 주문 결제</h1>${CARD}`);
    expect(flagged(html, 'https://flower-shop.example/')).toBe(false);
  });
});

describe('strings drawn by quotes, list markers and counter styles, and rules a script inserted (r05, r06, r15)', () => {
  const LOGIN =
    '<form><label>아이디<input name="id"></label><label>비밀번호<input type="password" name="pw"></label><button>로그인</button></form>';
  const drawnLogin = (css: string, mark: string) =>
    page('회원 로그인', `<div class="top">${mark}</div><h1>로그인</h1>${LOGIN}`, `<style>${css}</style>`);
  it('reads the brand a <q> draws with quotes, a marker with list-style, a counter style with symbols', () => {
    const url = 'https://member-check.example/';
    for (const [css, mark] of [
      ['q.b{quotes:"\\CFE0\\D321" ""}', '<q class="b"></q>'],
      ['ul.b{list-style:inside "coupang"}', '<ul class="b"><li></li></ul>'],
      [
        '@counter-style cp{system:cyclic;symbols:"쿠팡";suffix:""} ol.b{list-style-type:cp}',
        '<ol class="b"><li></li></ol>',
      ],
    ]) {
      expect(flagged(drawnLogin(css!, mark!), url)).toBe(true);
      expect(gate(page('안내', mark!, `<style>${css}</style>`))).toBe(true);
    }
  });
  it("keeps a blog's typographic quotes and check-mark bullets clean", () => {
    const css = 'q{quotes:"「" "」"} ul.ok{list-style-type:"✔ "}';
    expect(
      flagged(drawnLogin(css, '<q>좋은 글</q><ul class="ok"><li>댓글</li></ul>'), 'https://blog.example/'),
    ).toBe(false);
    expect(gate(page('블로그', '<q>좋은 글</q>', `<style>${css}</style>`))).toBe(false);
  });
  it("reads rules a script inserted into an empty <style>'s sheet", () => {
    const doc = parse(
      page(
        '회원 로그인',
        `<div class="top"><span class="b"></span></div><h1>로그인</h1>${LOGIN}`,
        '<style id="s"></style>',
      ),
    );
    const sheet = (doc.getElementById('s') as HTMLStyleElement).sheet!;
    sheet.insertRule('.b::before{content:"\\CFE0\\D321"}', 0);
    expect(pageMayConcernBrand(doc, 'https://member-check.example/')).toBe(true);
    const r = scanPage(doc, 'https://member-check.example/', {});
    expect(['unknown', 'clean']).not.toContain(r.verdict);
  });
});

describe('one picture reader for every element that shows a data: SVG (r07, r18, r21)', () => {
  const svg = (word: string) =>
    `data:image/svg+xml;utf8,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="120" height="30"><text y="22">${word}</text></svg>`)}`;
  const CALL =
    '<h2>결제 승인 취소 상담</h2><p>본인이 결제하지 않았다면 지금 바로 1588-0000 으로 전화해 취소를 요청하세요.</p>';
  const shows = (word: string): string[] => [
    `<svg width="120" height="30"><image href="${svg(word)}" width="120" height="30"/></svg>`,
    `<video poster="${svg(word)}" width="120" height="30"></video>`,
    `<embed type="image/svg+xml" src="${svg(word)}" width="120" height="30">`,
  ];
  it('reads the brand an <svg><image>, a video poster or an <embed> shows', () => {
    for (const el of shows('쿠팡')) {
      expect(
        flagged(page('결제 승인 안내', `<div class="top">${el}</div>${CALL}`), 'https://pay-cancel.example/'),
      ).toBe(true);
    }
    // the gate, where no field opens it: the <svg><image> and the poster (an <embed> opens it by itself)
    for (const el of shows('쿠팡').slice(0, 2)) expect(gate(page('안내', el))).toBe(true);
  });
  it('keeps a news page whose poster and SVG pictures name no brand clean', () => {
    for (const el of shows('오늘의 뉴스')) {
      expect(
        flagged(
          page('뉴스', `<div class="top">${el}</div><p>오늘의 날씨와 교통 소식입니다.</p>`),
          'https://news.example/',
        ),
      ).toBe(false);
    }
    for (const el of shows('오늘의 뉴스').slice(0, 2)) expect(gate(page('뉴스', el))).toBe(false);
  });
});
