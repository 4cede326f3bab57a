// Lists end to end: the extension reads a company list from a local "CDN" named by policy (listUrl +
// listPublicKeys with a throwaway key), accepts a good newer list, keeps it through a bad one (signature
// broken), then takes a good list again. Checked by navigating to hosts only the newer lists block.
import { expect, test } from 'vitest';
import { bundledList } from '../../lib/lists/bundled';
import type { ListStatus } from '../../lib/lists/status';
import { readWarningParams } from '../../lib/lists/warning-url';
import { listWith, signed, throwawayKey } from '../lists/helpers';
import { forEachBrowser, poll, type Session } from './harness';

const LIST_HOST = 'lists.e2e.test';
const NEWER_ONLY = 'parcel-redelivery-notice.test';
const NEWEST_ONLY = 'refund-desk-7731.test';

function send<T>(s: Session, msg: { type: string }): Promise<T> {
  return s.evalInExtension(
    (m: { type: string }) =>
      ((globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome).runtime.sendMessage(m),
    msg,
  ) as Promise<T>;
}

async function dynamicDomains(s: Session): Promise<string[]> {
  return s.evalInExtension(async () => {
    const api = ((globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome)
      .declarativeNetRequest;
    const rules = await api.getDynamicRules();
    return rules.flatMap((r) => r.condition.requestDomains ?? []);
  });
}

forEachBrowser('lists', (ctx) => {
  test('good → bad → good list from a policy URL, blocking checked by navigation', async () => {
    const key = await throwawayKey();
    let body = await signed(listWith(10, [NEWER_ONLY]), key);
    ctx.server.route(LIST_HOST, (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(body);
    });
    const s = await ctx.start({
      policy: { listUrl: ctx.server.url(LIST_HOST, '/list.json'), listPublicKeys: [key.publicKey.spki] },
    });

    // 1. good newer list (policy may reach the extension a few seconds after launch: ask until it is in force)
    const v10 = await poll(
      () => send<ListStatus>(s, { type: 'ui:list-refresh' }),
      (st) => st?.version === bundledList.version + 10,
      40_000,
      'the newer list to be accepted',
    );
    expect(v10).toMatchObject({ source: 'remote' });
    expect(v10.url).toContain(LIST_HOST);
    await poll(
      () => dynamicDomains(s),
      (d) => d.includes(NEWER_ONLY),
      10_000,
      'DNR rules with the newer host',
    );

    const blocked = await s.newTab(ctx.server.url(NEWER_ONLY, '/login'));
    const warned = await blocked.waitForUrl((u) => u.startsWith(s.extensionUrl('/warning.html')), 15_000);
    // stopped before any request reached the site (the DNR rule; the navigation check may then re-address
    // the same warning in its own URL form)
    expect(ctx.server.requestsFor(NEWER_ONLY)).toHaveLength(0);
    expect(readWarningParams(warned)).toMatchObject({
      url: ctx.server.url(NEWER_ONLY, '/login'),
      verdict: 'blocked',
    });
    await blocked.close();

    // 2. a bad list (signature broken by a smuggled extra host): refused, the newer list stays in force
    const good20 = await signed(listWith(20, [NEWER_ONLY, NEWEST_ONLY]), key);
    body = good20.replace(`"host":"${NEWEST_ONLY}"`, `"host":"x${NEWEST_ONLY}"`);
    const bad = await send<ListStatus>(s, { type: 'ui:list-refresh' });
    expect(bad.version).toBe(bundledList.version + 10);
    expect(bad.lastError?.reason).toBe('bad-signature');

    const stillBlocked = await s.newTab(ctx.server.url(NEWER_ONLY, '/again'));
    await stillBlocked.waitForUrl((u) => u.startsWith(s.extensionUrl('/warning.html')), 15_000);
    await stillBlocked.close();
    const open = await s.newTab(ctx.server.url(NEWEST_ONLY, '/'));
    await open.waitFor(() => document.querySelector('h1')?.textContent?.includes('Test page') === true);
    expect(open.url()).toContain(NEWEST_ONLY);
    await open.close();

    // 3. a good list again
    body = good20;
    const v20 = await send<ListStatus>(s, { type: 'ui:list-refresh' });
    expect(v20.version).toBe(bundledList.version + 20);
    expect(v20.lastSuccess).toBeGreaterThanOrEqual(bad.lastError!.time);
    await poll(
      () => dynamicDomains(s),
      (d) => d.includes(NEWEST_ONLY),
      10_000,
      'DNR rules with the newest host',
    );
    const nowBlocked = await s.newTab(ctx.server.url(NEWEST_ONLY, '/pay'));
    await nowBlocked.waitForUrl((u) => u.startsWith(s.extensionUrl('/warning.html')), 15_000);
    await nowBlocked.close();
  });
});
