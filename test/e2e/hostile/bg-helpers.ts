import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BrowserContext, Session, Tab } from '../harness';
import { poll } from '../harness';

/**
 * Shared by the background-side hostile tests (sub-frames, forged warning page, fingerprinting, first
 * seconds, redirect hops): attacker pages whose own inline script does the attack, and what a test needs to
 * see what the user would lose.
 */
export const page = (title: string, body = '', head = '') =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body><h1>${title}</h1>${body}</body></html>`;

/** Serve `html` for every path of `host`, uncached. */
export function serveHtml(
  ctx: BrowserContext,
  host: string,
  html: string | ((req: IncomingMessage) => string),
): void {
  ctx.server.route(host, (req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(typeof html === 'string' ? html : html(req));
  });
}

/**
 * A page script that tells the harness server it ran (GET /__ran?…): the tell-tale of a fake page that got to
 * execute. `tag` names the page.
 */
export const ranBeacon = (tag: string) =>
  `<script>new Image().src = '/__ran?tag=${tag}&t=' + Math.round(performance.now());</script>`;

/** Requests a page's script made to say it ran (see ranBeacon). */
export const ranOn = (ctx: BrowserContext, host: string) =>
  ctx.server.requestsFor(host).filter((r) => r.path.startsWith('/__ran'));

/** The tab's address as the browser has it. */
export const tabUrl = async (s: Session, id: number) =>
  (await s.tabAddresses()).find((t) => t.id === id)?.url ?? '';

/**
 * Waits until the tab shows the extension's warning with a verdict (not the neutral page); returns its address
 * (as the browser has it: puppeteer's page.url() lags behind for moz-extension:// pages).
 */
export async function warningShown(tab: Tab, timeoutMs = 15_000): Promise<string> {
  const url = await tab.waitForUrl(/\/warning\.html\?/, timeoutMs);
  await tab.waitFor(
    () => document.querySelector('main.warning:not([data-kind="unverified"]) [data-action="back"]') !== null,
    undefined,
    timeoutMs,
  );
  return url;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `fn` until true or the time is up; returns the last value (never throws). */
export async function eventually(fn: () => Promise<boolean> | boolean, timeoutMs: number): Promise<boolean> {
  return poll(
    async () => {
      try {
        return await fn();
      } catch {
        return false;
      }
    },
    (v) => v,
    timeoutMs,
    'condition',
  ).catch(() => false);
}
