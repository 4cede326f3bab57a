import { browser } from 'wxt/browser';
import type { DomainVerdict } from '../../lib/domain/types';
import type { PageVerdict } from '../../lib/page/types';
import type { TabCommit } from '../../lib/ui/back-steps';

export type { TabCommit } from '../../lib/ui/back-steps';

/**
 * What we know about each tab: in memory, written through to storage.session (the worker can be stopped at
 * any time; a new worker reads a tab's state from there once). Cleared when the tab closes (and by the
 * browser when it exits).
 */
export interface TabState {
  /** top-level address judged last (the subject, while the warning page is shown) */
  url: string | null;
  domain: DomainVerdict | null;
  page: PageVerdict | null;
  /** address the page verdict belongs to */
  pageUrl: string | null;
  /** the address the warning page in this tab is about (null when another page is shown) */
  warningFor: string | null;
  /** last committed web address that was not flagged: where "leave" goes */
  safeUrl: string | null;
  /** the safe address before safeUrl (safeUrl turns out to be a fake page once the page guard has read it) */
  prevSafeUrl: string | null;
  /** page verdicts of the frames of the current document, by frame id (bounded; page-warnings.ts) */
  frames: Record<string, PageVerdict>;
  /** top-level address the background sent to the warning page for its page verdict (until the tab leaves) */
  pageWarning: string | null;
  /** the last few top-level commits, newest last */
  commits: TabCommit[];
  /** address already auto-reported by the page guard in this tab */
  reportedPage: string | null;
  updated: number;
}

const MAX_COMMITS = 6;

export function emptyTabState(): TabState {
  return {
    url: null,
    domain: null,
    page: null,
    pageUrl: null,
    warningFor: null,
    safeUrl: null,
    prevSafeUrl: null,
    frames: {},
    pageWarning: null,
    commits: [],
    reportedPage: null,
    updated: 0,
  };
}

const key = (tabId: number): string => `tab:${tabId}`;

type Area = typeof browser.storage.local;
const memory = new Map<string, unknown>();
/** storage.session (Chrome 102+, Firefox 115+); a plain map if a browser lacks it. */
function area(): Pick<Area, 'get' | 'set' | 'remove'> {
  const session = (browser.storage as { session?: Area }).session;
  if (session) return session;
  return {
    get: (async (k: string) => ({ [k]: memory.get(k) })) as Area['get'],
    set: (async (items: Record<string, unknown>) => {
      for (const [k, v] of Object.entries(items)) memory.set(k, v);
    }) as Area['set'],
    remove: (async (k: string) => {
      memory.delete(k);
    }) as Area['remove'],
  };
}

/** States this worker has read or written: every tab event would otherwise read storage again. */
const known = new Map<number, TabState>();

export async function getTabState(tabId: number): Promise<TabState> {
  const mine = known.get(tabId);
  if (mine) return { ...mine, commits: [...mine.commits] };
  try {
    const raw = (await area().get(key(tabId)))[key(tabId)];
    if (raw && typeof raw === 'object') return { ...emptyTabState(), ...(raw as Partial<TabState>) };
  } catch {
    // storage unavailable: act as if we knew nothing
  }
  return emptyTabState();
}

const chains = new Map<number, Promise<unknown>>();

/** Read-modify-write one tab's state; updates of the same tab run one after the other. */
export function updateTabState(tabId: number, change: (s: TabState) => TabState): Promise<TabState> {
  const prev = chains.get(tabId) ?? Promise.resolve();
  const next = prev
    .catch(() => undefined)
    .then(async () => {
      const s = change(await getTabState(tabId));
      s.commits = s.commits.slice(-MAX_COMMITS);
      s.updated = Date.now();
      known.set(tabId, s);
      await area().set({ [key(tabId)]: s });
      return s;
    });
  chains.set(tabId, next);
  void next.finally(() => {
    if (chains.get(tabId) === next) chains.delete(tabId);
  });
  return next;
}

export async function clearTabState(tabId: number): Promise<void> {
  chains.delete(tabId);
  known.delete(tabId);
  try {
    await area().remove(key(tabId));
  } catch {
    // nothing to clear
  }
}
