import { describe, expect, it } from 'vitest';
import { scanPage, type LogoMarks } from '../../lib/page/index';
import { parse } from './helpers';

/**
 * Logos read by their pixels reach the scorer as LogoMarks (the browser side, lib/page/logo-read.ts, finds them;
 * here the test says which element shows the mark). Identity only where the page shows its own logo.
 */
const URL_ = 'https://secure-check-center.example/login';
const LOGIN = `<form action="/l"><input name="id" placeholder="아이디"><input type="password" name="pw"><button>로그인</button></form>`;

function scanWith(html: string, selector: string | null, icon?: string) {
  const doc = parse(html);
  const elements = new Map<Element, string>();
  if (selector) for (const el of doc.querySelectorAll(selector)) elements.set(el, 'coupang-wordmark');
  const marks: LogoMarks = { elements, icons: new Map(icon ? [[icon, 'coupang-wordmark']] : []) };
  return scanPage(doc, URL_, { logoMarks: marks });
}

const page = (body: string, head = '') =>
  `<!doctype html><html><head><title>로그인</title>${head}</head><body>${body}</body></html>`;

describe('a logo shown only as pixels', () => {
  it('with no alt and an innocuous name above a password form: the page presents itself as the brand', () => {
    const html = page(`<div class="top"><img id="m" src="data:image/png;base64,AAAA"></div>${LOGIN}`);
    expect(scanWith(html, null).verdict).toBe('clean');
    const v = scanWith(html, '#m');
    expect(v.verdict).toBe('suspicious-page');
    expect(v.reasons).toContainEqual(expect.objectContaining({ code: 'brand-logo', weight: 3 }));
  });
  it('in the site header, inside the form, painted on a canvas, shown by a video, as a background', () => {
    for (const body of [
      `<h1>고객 확인</h1><header><img id="m" src="/a/b12.png"></header>${LOGIN}`,
      `<h2>본인 확인</h2><form action="/l"><img id="m" src="/x.webp"><input type="password" name="pw"></form>`,
      `<canvas id="m" width="200" height="46"></canvas>${LOGIN}`,
      `<div class="top"><video id="m" width="200" height="48" muted autoplay></video></div>${LOGIN}`,
      `<div id="m" style="width:200px;height:46px;background:url(data:image/png;base64,AAAA)"></div>${LOGIN}`,
    ])
      expect(scanWith(page(body), '#m').verdict, body).toBe('suspicious-page');
  });
  it('the favicon alone is identity evidence too', () => {
    const icon = 'data:image/png;base64,iVBORw0KGgo=';
    const v = scanWith(page(`<h1>본인 확인</h1>${LOGIN}`, `<link rel="icon" href="${icon}">`), null, icon);
    expect(v.reasons).toContainEqual(expect.objectContaining({ code: 'brand-favicon', weight: 3 }));
    expect(v.verdict).toBe('suspicious-page');
  });
  it('is never risk by itself: a page that asks for nothing stays clean', () => {
    const v = scanWith(page(`<header><img id="m" src="/logo-shop.png"></header><p>오늘의 특가</p>`), '#m');
    expect(v.verdict).toBe('clean');
    expect(v.risk ?? 0).toBe(0);
  });
  it('claims nothing in an article, a quote, a sidebar, the footer, or linking to the affiliate hosts', () => {
    for (const body of [
      `<h1>후기</h1><article><p>글</p><img id="m" src="/1.png"><p>본문</p></article>${LOGIN}`,
      `<h1>후기</h1><blockquote><img id="m" src="/1.png"></blockquote>${LOGIN}`,
      `<h1>후기</h1><aside><img id="m" src="/1.png"></aside>${LOGIN}`,
      `<h1>회원 로그인</h1>${LOGIN}<footer><img id="m" src="/partners.png"></footer>`,
      `<a href="https://link.coupang.com/a/b1"><img id="m" src="/buy.png"></a>${LOGIN}`,
    ])
      expect(scanWith(page(body), '#m').verdict, body).toBe('clean');
  });
  it('beside two other shops named on the page, it is one of many (worth 0.5)', () => {
    const body = `<div class="top"><img id="m" src="/a.png"> <img src="/b.png" alt="11번가"> <img src="/c.png" alt="G마켓"></div>${LOGIN}`;
    const v = scanWith(page(body), '#m');
    expect(v.verdict).toBe('clean');
    expect(v.reasons).toContainEqual(expect.objectContaining({ code: 'brand-logo', weight: 0.5 }));
  });
});
