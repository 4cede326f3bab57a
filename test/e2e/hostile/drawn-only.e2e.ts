import { beforeAll, expect, test } from 'vitest';
import { forEachBrowser, type Session } from '../harness';
import { expectNoWarningFor, startReady } from '../page-helpers';
import { expectPageWarning } from './kit';

/**
 * Kits that draw instead of writing (issue #11, author H's classes) against a guard whose cheap gate reads text:
 * nothing on the page names the brand in a text node and there is no field, so a gate that reads only text,
 * headings and image alt texts stays shut and the scorer never runs.
 * - The name is drawn by the stylesheet (`content: "\CFE0\D321"`), and so is the number to call (`content:
 *   attr(data-n)`): the page's text is only "call the dedicated centre".
 * The honest twin draws its own name and number the same way. (The gate's other new read, a lazy image's
 * `data-src` beside `alt=""`, is tested in test/page/classes-h.test.ts.)
 */
const CSS_KIT = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>환불 지연 안내</title>
<style>.lg::before{content:"\\CFE0\\D321";color:#346aff;font-weight:800}.num::after{content:attr(data-n);color:#c00}</style>
</head><body><div class="lg"></div>
<p>주문하신 상품의 환불이 지연되고 있습니다. 환불 지연 보상 처리를 위해 전담 상담센터로 연락 바랍니다.</p>
<div class="num" data-n="1661-3085"></div></body></html>`;

const CSS_HONEST = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>환불 규정 | 새벽마켓</title>
<style>.lg::before{content:"\\C0C8\\BCBD\\B9C8\\CF13";color:#2a7}.num::after{content:attr(data-n)}</style>
</head><body><div class="lg"></div>
<p>주문 취소 후 3영업일 안에 환불됩니다. 궁금한 점은 새벽마켓 고객센터로 연락 바랍니다.</p>
<div class="num" data-n="1588-0000"></div></body></html>`;

forEachBrowser('hostile page: a name drawn, not written', (ctx) => {
  let s: Session;

  beforeAll(async () => {
    s = await startReady(ctx);
  });

  test('a callback lure whose name and number exist only in its stylesheet is warned', async () => {
    const host = 'refund-delay.example.test';
    ctx.server.page(host, '/r', CSS_KIT);
    const tab = await s.newTab(ctx.server.url(host, '/r'));
    await tab.bringToFront();
    const w = await expectPageWarning(s, tab, 20_000);
    expect(w.kind).toBe('suspicious-page');
    expect(w.state?.page?.reasons.map((r) => r.code)).toContain('callback-lure');
    await tab.close();
  });

  test('a shop that draws its own name and number the same way is left alone', async () => {
    const host = 'dawn-market.example.test';
    ctx.server.page(host, '/refund', CSS_HONEST);
    const tab = await s.newTab(ctx.server.url(host, '/refund'));
    await expectNoWarningFor(tab, 3_000);
    await tab.close();
  });
});
