import { beforeAll, expect, test } from 'vitest';
import { forEachBrowser, type Session } from '../harness';
import { eventually, page, serveHtml, sleep, tabUrl, warningShown } from './bg-helpers';
import { kit as loginKit } from './kit';

/**
 * The cancelled warning (issue #10). A look-alike the user allowed once is no longer stopped at document_start
 * in that tab (content/early.ts marks its origin as judged), so once the allowance has run out, its next page
 * is warned about as its navigation starts — and that page's own script, if it gets to run before the warning
 * commits, calls `window.stop()` without pause, hoping to cancel the warning navigation while it is pending
 * and stay on screen. The background must notice that the flagged page committed while no warning reached the
 * tab, and issue it again until it sticks. The user would lose: a fake login page on screen, unwarned.
 * The same holds for a page warning: a fake Coupang login on an unrelated host, whose script stops every
 * navigation away from it once it has loaded.
 */
const HOST = 'coupang-refund-3.test';
const PAGE_HOST = 'stop-the-warning.example.test';

const kit = page(
  '쿠팡 로그인',
  `<form><input type="password" name="pw"></form><a id="next" href="/next">다음</a>`,
  `<script>
  // stop every navigation away from this page, as fast as the page can
  const stop = () => { try { window.stop(); } catch {} };
  stop();
  setInterval(stop, 0);
  addEventListener('beforeunload', stop);
  addEventListener('pagehide', stop);
  document.addEventListener('visibilitychange', stop);
  </script>`,
);

forEachBrowser('hostile: the page stops the warning navigation', (ctx) => {
  let s: Session;
  beforeAll(async () => {
    serveHtml(ctx, HOST, (req) =>
      req.url?.startsWith('/next') ? kit : page('쿠팡 이벤트', '<a id="next" href="/next">다음</a>'),
    );
    ctx.server.page(
      PAGE_HOST,
      '/login',
      loginKit(`<script>
addEventListener('load', function () {
  var stop = function () { try { window.stop(); } catch (e) {} };
  setInterval(stop, 0);
  addEventListener('beforeunload', stop);
  addEventListener('pagehide', stop);
});
</script>`),
    );
    s = await ctx.start({ locale: 'en' });
  });

  test('after the allowance runs out, a page that keeps calling window.stop() is still replaced by the warning', async () => {
    await s.evalInExtension(() =>
      ((globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome).storage.local.set({
        continueAllowanceMs: 3_000,
      }),
    );
    try {
      const tab = await s.newTab(ctx.server.url(HOST, '/start'));
      await warningShown(tab);
      await tab.click('details.continue summary');
      await tab.click('[data-action="continue"]');
      await tab.waitForUrl((u) => u === ctx.server.url(HOST, '/start'));
      await tab.waitFor(() => document.getElementById('next') !== null, undefined, 10_000);
      await sleep(3_500); // the allowance runs out; the origin stays released in this tab

      await tab.click('#next');
      const warned = decodeURIComponent(await warningShown(tab));
      expect(warned).toContain(`${HOST}/next`);
      // and it stays: the tab is on the warning a while later, not back on the kit
      await sleep(1_500);
      const id = await s.tabIdOf('warning.html');
      expect(await eventually(async () => /\/warning\.html\?/.test(await tabUrl(s, id)), 3_000)).toBe(true);
      await tab.close();
    } finally {
      await s.evalInExtension(() =>
        ((globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome).storage.local.remove([
          'continueAllowanceMs',
          'continueAllowances',
        ]),
      );
    }
  });

  // Firefox lets such a page cancel every tab update aimed at it: after two attempts the warning opens in a new
  // tab in its place and the page's tab closes. Chromium replaces the page in place.
  test('a fake page that keeps calling window.stop() once loaded is still replaced by the page warning', async () => {
    const page = ctx.server.url(PAGE_HOST, '/login');
    await s.newTab(page);
    const tabs = async () => (await s.tabAddresses()).map((t) => t.url);
    const warned = (urls: string[]) =>
      urls.some((u) => /\/warning\.html\?/.test(u) && decodeURIComponent(u).includes(PAGE_HOST));
    expect(await eventually(async () => warned(await tabs()), 20_000)).toBe(true);
    await sleep(1_500);
    const now = await tabs();
    // the warning is still there, and no tab shows the fake page any more
    expect(warned(now)).toBe(true);
    expect(now.filter((u) => u === page)).toEqual([]);
    const id = await s.tabIdOf('warning.html');
    expect(decodeURIComponent(await tabUrl(s, id))).toContain('suspicious-page');
  });
});
