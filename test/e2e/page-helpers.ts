import { readFileSync } from 'node:fs';
import type { TabStateReply } from '../../lib/messages/ui';
import { poll, type BrowserContext, type Session, type Tab } from './harness';

/**
 * Helpers for the page-guard e2e tests: fixture pages, what a page can observe of the in-page warning (it
 * lives in a closed shadow root, so only its host element, hit-testing and focus are visible from outside),
 * and the background's view of a tab.
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

/**
 * Moves one field to the top-left corner, clear of the centred warning dialog (at most 560 px wide), so a test
 * can click exactly where the field is drawn without hitting one of the warning's buttons.
 */
export const pinToCorner = (html: string, selector: string): string =>
  addToHead(
    html,
    `<style>${selector}{position:fixed!important;left:8px!important;top:8px!important;width:200px!important;` +
      'height:28px!important;margin:0!important;z-index:10!important}</style>',
  );

export interface WarningProbe {
  /** number of <coupang-guard-warning> host elements in the document */
  hosts: number;
  /** the page cannot open the shadow root (closed) */
  closedRoot: boolean | null;
  /** hit-testing the centre of the viewport lands on the warning, not on page content */
  coversCentre: boolean;
  /** keyboard focus is inside the warning */
  focusInside: boolean;
  /** what the page's own hit-testing finds at the centre */
  centre: string | null;
}

/** Everything a page script could observe of the warning. Runs in the page. */
export const probeWarning = (): WarningProbe => {
  const all = document.querySelectorAll('coupang-guard-warning');
  const host = all[0] ?? null;
  const at = document.elementFromPoint(window.innerWidth / 2, window.innerHeight / 2);
  return {
    hosts: all.length,
    closedRoot: host ? host.shadowRoot === null : null,
    coversCentre: host !== null && at === host,
    focusInside: host !== null && document.activeElement === host,
    centre: at ? at.localName : null,
  };
};

/** Waits until the in-page warning is up and covers the page. */
export async function waitForWarning(tab: Tab, timeoutMs = 15_000): Promise<WarningProbe> {
  await tab.waitFor(
    () => {
      const host = document.querySelector('coupang-guard-warning');
      return host !== null && document.elementFromPoint(innerWidth / 2, innerHeight / 2) === host;
    },
    undefined,
    timeoutMs,
  );
  return tab.evaluate(probeWarning);
}

/** Polls for a while and fails as soon as a warning shows up (for pages that must be left alone). */
export async function expectNoWarningFor(tab: Tab, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const p = await tab.evaluate(probeWarning);
    if (p.hosts !== 0 || p.coversCentre) throw new Error(`a warning appeared: ${JSON.stringify(p)}`);
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

/** Clicks where the field is drawn (through whatever covers it, like a user) and types. */
export async function clickAndType(tab: Tab, selector: string, text: string): Promise<void> {
  const box = await tab.evaluate((sel: string) => {
    const r = document.querySelector(sel)?.getBoundingClientRect();
    return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2, w: r.width, h: r.height } : null;
  }, selector);
  if (!box || box.w === 0 || box.h === 0) throw new Error(`${selector} is not drawn`);
  await tab.mouseClick(box.x, box.y);
  await tab.keyboard(text);
}

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
export const waitForPageVerdict = (s: Session, tabId: number, verdict: 'clean' | 'suspicious-page') =>
  poll(
    () => tabState(s, tabId),
    (r) => r?.page?.verdict === verdict,
    15_000,
    `page verdict ${verdict} in the background`,
  );

/** Asks the content script in a tab to answer (proves it runs there). */
export const pingContentScript = (s: Session, tabId: number) =>
  poll(
    () =>
      s
        .evalInExtension(
          (id: number) =>
            ((globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome).tabs.sendMessage(id, {
              type: 'bg:ping',
            }) as Promise<{ ok?: boolean; url?: string } | null>,
          tabId,
        )
        .catch(() => null),
    (r) => r?.ok === true,
    10_000,
    'the content script to answer',
  );
