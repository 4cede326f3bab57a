import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/page/index';
import type { LogoMarks } from '../../lib/page/collect';

/**
 * Red team 39: a call-only lure in plain paragraphs (no form, field, heading, header or footer) under an inline
 * `visibility:hidden` wrapper whose child a class of the page's sheet makes visible again. Red team 38's asks reach
 * only a wrapper's forms, fields, headings, headers and footers, so the lure stayed hidden in both browsers; the
 * browser is now asked whether any of the wrapper's text is drawn (`LogoMarks.textShown`: innerText). linkedom has
 * no cascade: the browser's answers are played by selectors.
 */
const LURE = `<div class="logo">쿠팡</div><p><b>해외 결제 1,290,000원이 승인되었습니다</b></p>
<p>본인이 결제하지 않았다면 오늘 안에 결제 취소 전담팀에 전화하십시오. 당일 미신고 시 취소가 불가합니다.</p>
<p>결제 취소 상담: <a href="tel:07077012233">070-7701-2233</a></p>`;
const page = (body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>동네 빵집</title></head><body><p>오늘의 빵을 소개합니다.</p>${body}</body></html>`;
const doc = (body: string) => parseHTML(page(body)).document as unknown as Document;
const URL_KIT = 'http://bakery-notice.example.test/p';
/** what a browser would say: `drawn` elements are drawn; `drawsText` elements have some text drawn */
const browser = (drawn: string, drawsText?: string): LogoMarks => ({
  elements: new Map(),
  icons: new Map(),
  shown: (el) => el.matches(drawn),
  ...(drawsText ? { textShown: (el: Element) => el.matches(drawsText) } : {}),
});

describe('a call-only lure drawn inside a visibility:hidden wrapper (red team 39)', () => {
  const body = `<div class="w" style="visibility:hidden"><div class="c">${LURE}</div></div>`;

  it("is read when the browser says some of the wrapper's text is drawn", () => {
    expect(scanPage(doc(body), URL_KIT).verdict).toBe('clean');
    // (red team 38's asks alone: no part of it is a form, field, heading, header or footer)
    expect(scanPage(doc(body), URL_KIT, { logoMarks: browser('.c, .c *') }).verdict).toBe('clean');
    const v = scanPage(doc(body), URL_KIT, { logoMarks: browser('.c, .c *', '.w') });
    expect(v.verdict).toBe('suspicious-page');
    expect(v.reasons.map((r) => r.code)).toContain('callback-lure');
  });

  it('stays hidden when none of its text is drawn', () => {
    expect(scanPage(doc(body), URL_KIT, { logoMarks: browser('.nothing', '.nothing') }).verdict).toBe(
      'clean',
    );
  });

  it('an honest notice in the same wrapper stays clean', () => {
    const honest = `<div class="w" style="visibility:hidden"><div class="c">
<p>주문 안내: 케이크 예약은 전화로 받습니다. <a href="tel:0212345678">02-1234-5678</a></p>
<p>쿠팡에서도 파나요? 아니요, 매장에서만 팝니다.</p></div></div>`;
    expect(scanPage(doc(honest), URL_KIT, { logoMarks: browser('.c, .c *', '.w') }).verdict).toBe('clean');
  });
});
