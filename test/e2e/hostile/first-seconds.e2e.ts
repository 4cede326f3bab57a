import { beforeAll, expect, test } from 'vitest';
import { forEachBrowser, type Session } from '../harness';
import { page, ranBeacon, ranOn, serveHtml, sleep, warningShown } from './bg-helpers';

/**
 * Attack 9 (issue #10): the first seconds. Right after install or browser start the background has not yet
 * compiled the lists into block rules; before, a known-bad host loaded and its script ran in that window.
 * The test recreates the window exactly: it removes every dynamic rule the background made (the state before
 * its first sync), then the user opens a known-bad address whose page script beacons when it runs. The
 * bundled list now ships as a static ruleset in the manifest, enforced by the browser itself from the first
 * navigation. The user would lose: a known-bad page that loaded and ran.
 */
const KNOWN_BAD = 'coupang-shop.com';

forEachBrowser('hostile: first seconds', (ctx) => {
  let s: Session;
  beforeAll(async () => {
    serveHtml(ctx, KNOWN_BAD, page('쿠팡 로그인', `<form><input type="password"></form>${ranBeacon('bad')}`));
    s = await ctx.start({ locale: 'en' });
  });

  test('a known-bad host is blocked before the background has made any rule', async () => {
    const left = await s.evalInExtension(async () => {
      const api = ((globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome)
        .declarativeNetRequest;
      const rules = await api.getDynamicRules();
      await api.updateDynamicRules({ removeRuleIds: rules.map((r) => r.id) });
      return (await api.getDynamicRules()).length;
    });
    expect(left).toBe(0);
    const tab = await s.newTab(ctx.server.url(KNOWN_BAD, '/login'));
    await warningShown(tab);
    await sleep(500);
    expect(ctx.server.requestsFor(KNOWN_BAD)).toHaveLength(0);
    expect(ranOn(ctx, KNOWN_BAD)).toHaveLength(0);
    await tab.close();
  });
});
