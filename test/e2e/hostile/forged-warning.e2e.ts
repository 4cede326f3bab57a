import type { IncomingMessage, ServerResponse } from 'node:http';
import { beforeAll, expect, test } from 'vitest';
import { forEachBrowser, poll, type Session } from '../harness';
import { page, serveHtml, sleep, warningShown } from './bg-helpers';

/**
 * Attack 7 (issue #10): a forged warning page. Any page could open warning.html?u=<any URL>: for an address
 * we did not flag, our own page said "no warning for this address" and offered to open it, an endorsement in
 * our name; with a reportUrl policy, the same trick sent "automatic" reports with URLs the page chose; and a
 * forged warning's "Continue anyway" created an allowance for a look-alike.
 *
 * The attacker knows the extension's address (in Chromium a fixed id; Firefox's per-install UUID is fixed in
 * the harness, as if it had leaked). Its own page script opens the warning page. In Chromium the page is now
 * only reachable through a per-session dynamic URL, so the forged navigation fails outright; in both
 * browsers a warning page without a ticket the background issued for that tab vouches for nothing.
 */
const ATTACKER = 'cheap-deals.example.test';
const KIT = 'kit-login.example.test';
const LOOKALIKE = 'coupang-refund.test';
const SECRET = '/track?victim=010-1234-5678';

forEachBrowser('hostile: forged warning page', (ctx) => {
  let s: Session;
  const reports: string[] = [];
  const forge = (u: string, dnr = false) => {
    const q = dnr ? `?v=blocked&r=1&u=${u}` : `?u=${encodeURIComponent(u)}&v=lookalike`;
    return `${s.extensionUrl('/warning.html')}${q}`;
  };

  beforeAll(async () => {
    serveHtml(ctx, ATTACKER, (req) => {
      const target = new URL(req.url ?? '/', 'http://x').searchParams.get('go') ?? '';
      return page('Deals', `<script>location.assign(${JSON.stringify(target)});</script>`);
    });
    serveHtml(ctx, KIT, page('Coupang login', '<form><input type="password"></form>'));
    ctx.server.route('127.0.0.1', (req: IncomingMessage, res: ServerResponse, body: string) => {
      if (req.url?.startsWith('/reports')) reports.push(body);
      res.writeHead(204).end();
    });
    s = await ctx.start({ locale: 'en', policy: { reportUrl: ctx.server.url('127.0.0.1', '/reports') } });
    await poll(
      () =>
        s.evalInExtension(() =>
          ((globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome).runtime.sendMessage({
            type: 'ui:get-settings',
          }),
        ),
      (r) => typeof (r as { settings?: { reportUrl?: unknown } } | null)?.settings?.reportUrl === 'string',
      30_000,
      'the report policy to apply',
    );
  });

  /** What the forged page shows after a while: its kind, and whether it offers to open the address. */
  async function forgedPageState(go: string) {
    const tab = await s.newTab(ctx.server.url(ATTACKER, `/?go=${encodeURIComponent(go)}`));
    await sleep(2_500);
    const state = await tab
      .evaluate(() => ({
        kind: document.querySelector('main.warning')?.getAttribute('data-kind') ?? null,
        open: document.querySelector('[data-action="open"]') !== null,
        continueButton: document.querySelector('[data-action="continue"]') !== null,
        text: document.body?.innerText ?? '',
      }))
      .catch(() => ({ kind: null, open: false, continueButton: false, text: '' }));
    return { tab, state };
  }

  test('a forged warning page never vouches for an address we did not flag', async () => {
    const { tab, state } = await forgedPageState(forge(`http://${KIT}/login`));
    expect(state.open).toBe(false);
    expect(state.kind === null || state.kind === 'unverified').toBe(true);
    expect(state.text).not.toContain(KIT);
    await tab.close();
  });

  test('a forged warning page sends no report and cannot create an allowance', async () => {
    const before = reports.length;
    const url = `http://${LOOKALIKE}${SECRET}`;
    for (const forged of [forge(url), forge(url, true)]) {
      const { tab, state } = await forgedPageState(forged);
      expect(state.continueButton).toBe(false);
      await tab.close();
    }
    await sleep(1_500);
    expect(reports.slice(before).filter((r) => r.includes('victim'))).toEqual([]);
    const allowances = await s.evalInExtension(() =>
      ((globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome).runtime.sendMessage({
        type: 'ui:list-allowances',
      }),
    );
    expect(allowances).toEqual({ allowances: [] });
  });

  test('the real warning still works: reported once, with the address the user went to', async () => {
    const before = reports.length;
    const tab = await s.newTab(ctx.server.url(LOOKALIKE, '/real'));
    await warningShown(tab);
    await poll(
      () => reports.slice(before),
      (r) => r.some((x) => x.includes('/real')),
      10_000,
      'the automatic report of the real warning',
    );
    await tab.close();
  });
});
