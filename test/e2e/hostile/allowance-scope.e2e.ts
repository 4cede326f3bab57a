import type { IncomingMessage, ServerResponse } from 'node:http';
import { beforeAll, expect, test } from 'vitest';
import { forEachBrowser, poll, type Session, type Tab } from '../harness';
import {
  expectNoWarningFor,
  expectPageWarning,
  isWarningUrl,
  markRealSite,
  shownUrl,
  tabState,
} from '../page-helpers';
import { F01 } from './kit';

/**
 * Red team 33's allowance classes: what the user's one click switches off must be no wider than what the user
 * saw. Each test follows a kit's way in — a harmless decoy the user is talked past, then the fake page — written
 * apart from the red team's pages (the fake page is f01, a Coupang login clone the page guard catches):
 * - "This is a real Coupang site" allows that exact host only, lifts only the address warning (the page guard
 *   still reads the host's pages) and is "allowed by you", never the official mark (r04);
 * - an address's "Continue anyway" lifts only the address warning: a fake form the look-alike shows next is
 *   warned about, an honest page on it is not (r03, b04);
 * - a page warning's "Continue anyway" on a shared host (an IPFS gateway) covers that tenant's site only: the
 *   next tenant's kit is warned about, an honest tenant stays clean (r02, b02).
 */
const NOTICE =
  '<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>공지</title></head><body>' +
  '<h1>이벤트 안내</h1><p>이벤트는 종료되었습니다. 참여해 주셔서 감사합니다.</p><a id="next" href="/pay">다음</a></body></html>';
const SHOP =
  '<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>달빛공방</title></head><body>' +
  '<h1>달빛공방</h1><p>손으로 만든 도자기. 쿠팡에서도 판매합니다.</p>' +
  '<form><label>아이디 <input name="id"></label><label>비밀번호 <input type="password" name="pw"></label></form></body></html>';
const BLOG =
  '<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>오늘의 특가 모음</title></head><body>' +
  '<h1>오늘의 특가</h1><p>이 글은 쿠팡 파트너스 활동의 일환으로 수수료를 받습니다.</p>' +
  '<a href="https://www.coupang.com/np/goldbox">골드박스 보기</a></body></html>';

const settle = (ms = 1_000) => new Promise((r) => setTimeout(r, ms));

forEachBrowser('allowance scope (red team 33)', (ctx) => {
  let s: Session;
  const serve = (host: string, pages: Record<string, string>) =>
    ctx.server.route(host, (req: IncomingMessage, res: ServerResponse) => {
      const body = pages[(req.url ?? '/').split('?')[0]!];
      res.writeHead(body === undefined ? 404 : 200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
      });
      res.end(body ?? 'not found');
    });

  beforeAll(async () => {
    serve('coupang-safe.test', { '/notice': NOTICE, '/login': F01 });
    serve('login.coupang-safe.test', { '/login': F01 });
    serve('coupang-event.test', { '/notice': NOTICE, '/pay': F01, '/shop': SHOP });
    serve('gateway.ipfs.io', {
      '/ipfs/bafykitaaaa/': F01,
      '/ipfs/bafykitaaaa/more.html': SHOP,
      '/ipfs/bafykitbbbb/': F01,
      '/ipfs/bafydealblog/': BLOG,
    });
    s = await ctx.start({ locale: 'en' });
  });

  const forget = () =>
    s.evalInExtension(() =>
      ((globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome).storage.local.remove([
        'continueAllowances',
        'pageAllowances',
        'realSiteHosts',
      ]),
    );

  async function addressWarning(tab: Tab): Promise<void> {
    await tab.waitForUrl((u) => isWarningUrl(s, u), 15_000);
    await tab.waitFor(
      () => document.querySelector('main.warning [data-action="back"]') !== null,
      undefined,
      15_000,
    );
  }
  async function continueAnyway(tab: Tab, back: string): Promise<void> {
    await tab.click('details.continue > summary');
    await tab.click('[data-action="continue"]');
    await tab.waitForUrl((u) => u === back, 10_000);
  }

  test('"This is a real Coupang site": the exact host only, its pages still read, "allowed by you" (r04)', async () => {
    try {
      const notice = ctx.server.url('coupang-safe.test', '/notice');
      const tab = await s.newTab(notice);
      await addressWarning(tab);
      await markRealSite(tab, 'coupang-safe.test');
      await tab.close();
      // the official domains are untouched; the host is the user's own allowance
      const stored = await s.evalInExtension(async () => {
        const a = ((globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome).storage.local;
        return {
          real: (await a.get('realSiteHosts')).realSiteHosts,
          user: (await a.get('userSettings')).userSettings,
        };
      });
      expect(stored.real).toEqual(['coupang-safe.test']);
      expect(
        (stored.user as { additionalOfficialDomains?: string[] } | undefined)?.additionalOfficialDomains ??
          [],
      ).toEqual([]);

      // the notice opens now, with no official mark: the badge is not ✓ and the popup says "allowed by you"
      const again = await s.newTab(notice);
      await poll(
        async () => shownUrl(again),
        (u) => u === notice,
        10_000,
        'the allowed host opens',
      );
      // a host that passes the brand hint is stopped once and loads itself again (the early stop): let it settle
      await again.waitFor(
        () => document.querySelector('h1') !== null && document.readyState === 'complete',
        undefined,
        10_000,
      );
      await settle();
      await expectNoWarningFor(again, 1_500);
      const id = await s.tabIdOf('coupang-safe.test/notice');
      expect(await s.badge(id)).toBe('');
      expect((await tabState(s, id))?.kind).toBe('allowed');
      const popup = await s.newTab(s.extensionUrl(`popup.html?tab=${id}`));
      await popup.waitFor(() => document.getElementById('app')?.dataset.ready === 'true', undefined, 15_000);
      expect(await popup.evaluate(() => document.querySelector('.verdict')?.textContent)).toBe(
        'Allowed by you',
      );
      await popup.close();
      await again.close();

      // a subdomain the kit makes is still a look-alike: warned before the fake login shows
      const sibling = await s.newTab(ctx.server.url('login.coupang-safe.test', '/login'));
      await addressWarning(sibling);
      await sibling.close();

      // the fake login on the allowed host itself: the page guard still reads it
      const fake = await s.newTab(ctx.server.url('coupang-safe.test', '/login'));
      const shown = await expectPageWarning(s, fake);
      expect(shown.kind).toBe('suspicious-page');
      await fake.close();

      // "Warn me again" on the options page takes it back
      const options = await s.newTab(s.extensionUrl('options.html'));
      await options.waitFor(
        () => document.getElementById('app')?.dataset.ready === 'true',
        undefined,
        15_000,
      );
      await options.waitFor(
        () => document.querySelector('.allowance-list .host')?.textContent === 'coupang-safe.test',
        undefined,
        10_000,
      );
      await options.click('.allowance-list button');
      await poll(
        () =>
          s.evalInExtension(
            async () =>
              (
                await (
                  (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome
                ).storage.local.get('realSiteHosts')
              ).realSiteHosts,
          ),
        (v) => Array.isArray(v) && v.length === 0,
        10_000,
        'revoked',
      );
      await options.close();
      const revoked = await s.newTab(notice);
      await addressWarning(revoked);
      await revoked.close();
    } finally {
      await forget();
    }
  }, 120_000);

  test('an address\'s "Continue anyway" lifts the address warning only: the fake form next is warned, an honest page is not (r03, b04)', async () => {
    try {
      const notice = ctx.server.url('coupang-event.test', '/notice');
      const tab = await s.newTab(notice);
      await addressWarning(tab);
      await continueAnyway(tab, notice);
      await tab.waitFor(() => document.getElementById('next') !== null, undefined, 10_000);
      await tab.click('#next');
      const shown = await expectPageWarning(s, tab);
      expect(shown.kind).toBe('suspicious-page');
      await tab.close();
      // an honest page with its own login on the host the user continued to: left alone
      const shop = await s.newTab(ctx.server.url('coupang-event.test', '/shop'));
      await shop.waitFor(() => document.readyState === 'complete', undefined, 10_000);
      await expectNoWarningFor(shop, 3_000);
      await shop.type('input[name=pw]', 'abc');
      await settle(1_500);
      expect(
        await shop.evaluate(() => document.querySelector<HTMLInputElement>('input[name=pw]')?.value),
      ).toBe('abc');
      await shop.close();
    } finally {
      await forget();
    }
  }, 90_000);

  test('a page warning\'s "Continue anyway" on a shared host covers that tenant only (r02, b02)', async () => {
    try {
      const a = ctx.server.url('gateway.ipfs.io', '/ipfs/bafykitaaaa/');
      const tab = await s.newTab(a);
      await expectPageWarning(s, tab);
      await continueAnyway(tab, a);
      await expectNoWarningFor(tab, 2_000);
      // the user's choice holds under that tenant's site
      await tab.goto(ctx.server.url('gateway.ipfs.io', '/ipfs/bafykitaaaa/more.html'));
      await expectNoWarningFor(tab, 2_000);
      // another tenant's kit on the same gateway is read and warned about
      await tab.goto(ctx.server.url('gateway.ipfs.io', '/ipfs/bafykitbbbb/'));
      await expectPageWarning(s, tab);
      await tab.close();
      const keys = await s.evalInExtension(async () =>
        Object.keys(
          (
            await (
              (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome
            ).storage.local.get('pageAllowances')
          ).pageAllowances ?? {},
        ),
      );
      expect(keys).toEqual(['gateway.ipfs.io/ipfs/bafykitaaaa/']);
      // an honest tenant of the same gateway stays clean
      const blog = await s.newTab(ctx.server.url('gateway.ipfs.io', '/ipfs/bafydealblog/'));
      await blog.waitFor(() => document.readyState === 'complete', undefined, 10_000);
      await expectNoWarningFor(blog, 3_000);
      await blog.close();
    } finally {
      await forget();
    }
  }, 90_000);
});
