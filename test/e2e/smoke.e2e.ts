import { expect, test } from 'vitest';
import { forEachBrowser } from './harness';
import { pingContentScript } from './page-helpers';

// Foundation smoke test: the extension installs, its background answers, the content script runs on an arbitrary
// host, and the popup, options and warning pages open without errors.
forEachBrowser('smoke', (ctx) => {
  test('extension installs and its background answers a message', async () => {
    const s = await ctx.start();
    const reply = await s.evalInExtension(() =>
      ((globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome).runtime.sendMessage({
        type: 'ui:ping',
      }),
    );
    expect(reply).toMatchObject({ ok: true });
  });

  test('popup, options and warning pages render without errors', async () => {
    const s = ctx.session();
    for (const page of ['popup.html', 'options.html', 'warning.html']) {
      const tab = await s.newTab(s.extensionUrl(page));
      await tab.waitFor(() => document.readyState === 'complete' && document.body.childElementCount > 0);
      const text = await tab.evaluate(() => document.body.innerText);
      expect(text.length, `${page} shows something`).toBeGreaterThan(0);
      await tab.close();
    }
    // Nothing of ours may complain: no errors and no warnings from the extension's pages or its worker.
    const ours = s.console.filter((l) => /^\[(pageerror|error|warning|warn|sw:error|sw:warning)\]/.test(l));
    expect(ours).toEqual([]);
  });

  test('the content script runs on a page served as an arbitrary host', async () => {
    const s = ctx.session();
    const tab = await s.newTab(ctx.server.url('shop.example.test', '/hello'));
    await tab.waitFor(() => document.readyState === 'complete');
    expect(ctx.server.requestsFor('shop.example.test').length).toBeGreaterThan(0);
    const tabId = await s.tabIdOf('shop.example.test/hello');
    // The content script is there, in the extension's isolated world, on the URL it runs on (a page like this
    // one, with nothing of the brand, never hears from it otherwise: issue #16).
    const reply = await pingContentScript(s, tabId);
    expect(reply).toMatchObject({ ok: true, url: ctx.server.url('shop.example.test', '/hello') });
  });

  for (const locale of ['ko', 'en'] as const) {
    test(`speaks the browser's language: ${locale}`, async () => {
      const s = await ctx.start({ locale });
      const name = await s.evalInExtension(() =>
        ((globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome).i18n.getMessage('extName'),
      );
      expect(name).toBe(locale === 'ko' ? '쿠팡 가드' : 'Coupang Guard');
    });
  }
});
