import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { TabStateReply } from '../../lib/messages/ui';
import { poll, type BrowserContext, type Session, type Tab } from './harness';

/**
 * Helpers for the page-guard e2e tests: fixture pages, the warning page a fake page's tab is sent to, and
 * the background's view of a tab.
 */

interface FixtureEntry {
  file: string;
  url: string;
  expect: string;
  kind: string;
}

const FIXTURES = new URL('../fixtures/pages/', import.meta.url);

export const fixtureHtml = (file: string): string => readFileSync(new URL(file, FIXTURES), 'utf8');

export function fixtureEntry(file: string): FixtureEntry {
  const list = JSON.parse(readFileSync(new URL('pages.json', FIXTURES), 'utf8')) as { pages: FixtureEntry[] };
  const entry = list.pages.find((p) => p.file === file);
  if (!entry) throw new Error(`${file} is not in pages.json`);
  return entry;
}

/** The markup between <body> and </body> of a page. */
export function bodyOf(html: string): string {
  const m = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html);
  if (!m?.[1]) throw new Error('no <body> in the page');
  return m[1];
}

/** Adds markup just before </head>. */
export const addToHead = (html: string, markup: string): string =>
  html.replace(/<\/head>/i, `${markup}</head>`);

/** Adds markup just before </body>. */
export const addToBody = (html: string, markup: string): string =>
  html.replace(/<\/body>/i, `${markup}</body>`);

export const isWarningUrl = (s: Session, u: string): boolean =>
  u.startsWith(s.extensionOrigin) && u.includes('/warning.html');

/**
 * Where the tab really is, asked of the page: `tab.url()` is puppeteer's record, which in Firefox never catches up
 * with a moz-extension:// page — a test that asks "not warned?" of it passes whether or not the warning came.
 */
export async function shownUrl(tab: Tab): Promise<string> {
  return tab.evaluate(() => location.href).catch(() => tab.url());
}

/** The tab is not on the warning page (asked of the page, see shownUrl) */
export async function notWarned(s: Session, tab: Tab): Promise<boolean> {
  return !isWarningUrl(s, await shownUrl(tab));
}

/**
 * Waits until the tab shows the extension's warning page (a page warning: the tab left the fake page) and
 * returns what it shows and the background's record of the tab.
 */
export async function expectPageWarning(s: Session, tab: Tab, timeoutMs = 15_000) {
  await tab.waitForUrl((u) => isWarningUrl(s, u), timeoutMs);
  await tab.waitFor(() => document.querySelector('main.warning') !== null, undefined, 10_000);
  const shown = await tab.evaluate(() => ({
    kind: document.querySelector<HTMLElement>('main.warning')?.dataset.kind ?? null,
    focus: document.activeElement?.getAttribute('data-action') ?? null,
    reasons: document.querySelectorAll('.reasons li').length,
  }));
  const id = await s.tabIdOf('/warning.html');
  return { ...shown, id, state: await tabState(s, id) };
}

/**
 * On the warning page: "This is a real Coupang site" — opens the false-alarm part, presses the button and waits until
 * the page says the host was added; the status names the host.
 */
export async function markRealSite(tab: Tab, host: string): Promise<void> {
  await tab.click('details.false-alarm summary');
  await tab.click('[data-action="mark-official"]');
  await tab.waitFor(
    () => document.querySelector('.false-alarm-status')?.getAttribute('data-outcome') === 'added',
    undefined,
    10_000,
  );
  expect(
    await tab.evaluate(() => document.querySelector('.false-alarm-status')?.textContent ?? ''),
  ).toContain(host);
}

/** Polls for a while and fails as soon as the tab leaves for an extension page (pages that must be left alone). */
export async function expectNoWarningFor(tab: Tab, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const where = await tab.evaluate(() => location.protocol).catch(() => 'gone');
    if (!/^https?:$/.test(where)) throw new Error(`the tab left the page (${where})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Value, read-only flag and focus of a field. Runs in the page. */
export const fieldState = (selector: string) => {
  const el = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector);
  return el
    ? { found: true, value: el.value, readOnly: el.readOnly, focused: document.activeElement === el }
    : { found: false, value: '', readOnly: false, focused: false };
};

/** Start the browser (the harness waits until the background answers). */
export const startReady = (ctx: BrowserContext): Promise<Session> => ctx.start();

/** The background's record of a tab (what the popup shows). */
export const tabState = (s: Session, tabId: number): Promise<TabStateReply | null> =>
  s.evalInExtension(
    (id: number) =>
      ((globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome).runtime.sendMessage({
        type: 'ui:get-tab-state',
        tabId: id,
      }) as Promise<TabStateReply | null>,
    tabId,
  );

/** Waits until the content script has judged the page and told the background. */
export const waitForPageVerdict = (
  s: Session,
  tabId: number,
  verdict: 'clean' | 'suspicious-page',
  timeoutMs = 15_000,
) =>
  poll(
    () => tabState(s, tabId),
    (r) => r?.page?.verdict === verdict,
    timeoutMs,
    `page verdict ${verdict} in the background`,
  );

/**
 * Proves the content script runs in a tab's top frame: its scorer slot (entrypoints/content/scanner-slot.ts),
 * defined when it starts, is there in the extension's isolated world; resolves with the frame's address. Not a
 * message: a page the gate keeps closed never touches the extension API, so it has no listener to answer
 * (issue #16).
 */
export const pingContentScript = (s: Session, tabId: number) =>
  poll(
    () =>
      s
        .evalInExtension(async (id: number) => {
          const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
          const url = api.scripting
            ? (
                await api.scripting.executeScript({
                  target: { tabId: id },
                  func: () =>
                    typeof (globalThis as unknown as Record<string, unknown>).__coupangGuardScanner ===
                    'function'
                      ? location.href
                      : null,
                })
              )[0]?.result
            : (
                await (
                  api.tabs as unknown as {
                    executeScript(tab: number, d: { code: string }): Promise<unknown[]>;
                  }
                ).executeScript(id, {
                  code: "typeof __coupangGuardScanner === 'function' ? location.href : null",
                })
              )[0];
          return { ok: typeof url === 'string', url: typeof url === 'string' ? url : undefined };
        }, tabId)
        .catch(() => null),
    (r) => r?.ok === true,
    10_000,
    'the content script to be there',
  );
