import { beforeAll, expect, test } from 'vitest';
import { forEachBrowser, type Session } from '../harness';
import { page, ranBeacon, ranOn, serveHtml, sleep, warningShown } from './bg-helpers';

/**
 * Attack 6 (issue #10): a fake Coupang page inside an iframe. The attacker's page lives on a host nobody
 * flags and frames the kit on a known-bad host or a look-alike. Before: the block rules covered main frames
 * only and navigations were judged only in frame 0, so the framed kit loaded and ran with no warning at all.
 * The user loses: the warning, and a kit page that ran.
 */
const HOST_PAGE = 'daily-deals.example.test';
const KNOWN_BAD = 'coupang-shop.com'; // a known-bad entry of the bundled list
const LOOKALIKE = 'coupang-refund.test'; // judged a look-alike (combosquat)

forEachBrowser('hostile: sub-frames', (ctx) => {
  let s: Session;
  beforeAll(async () => {
    serveHtml(ctx, HOST_PAGE, (req) =>
      page(
        '오늘의 특가',
        `<iframe src="http://${req.url === '/bad' ? KNOWN_BAD : LOOKALIKE}${portOf()}/login" width="600" height="400"></iframe>`,
      ),
    );
    const kit = (tag: string) =>
      page('쿠팡 로그인', `<form><input type="password" name="pw"></form>${ranBeacon(tag)}`);
    serveHtml(ctx, KNOWN_BAD, kit('bad'));
    serveHtml(ctx, LOOKALIKE, kit('lookalike'));
    s = await ctx.start({ locale: 'en' });
  });
  const portOf = () => (ctx.server.port === 80 ? '' : `:${ctx.server.port}`);

  test('a known-bad host in an iframe never loads, and the tab is warned', async () => {
    const tab = await s.newTab(ctx.server.url(HOST_PAGE, '/bad'));
    expect(decodeURIComponent(await warningShown(tab))).toContain(KNOWN_BAD);
    await sleep(300);
    expect(ctx.server.requestsFor(KNOWN_BAD)).toHaveLength(0);
    await tab.close();
  });

  test('a look-alike in an iframe takes the whole tab to the warning about it', async () => {
    const tab = await s.newTab(ctx.server.url(HOST_PAGE, '/lookalike'));
    expect(decodeURIComponent(await warningShown(tab))).toContain(LOOKALIKE);
    expect(await tab.evaluate(() => document.querySelector('main.warning')?.getAttribute('data-kind'))).toBe(
      'lookalike',
    );
    // Measured, not asserted: whether the framed kit's script got to run before the tab was replaced.
    console.log(`[${ctx.name}] framed look-alike script ran: ${ranOn(ctx, LOOKALIKE).length > 0}`);
    await tab.close();
  });
});
