import { browser } from 'wxt/browser';
import { readWarningParams, WARNING_PATH, warningUrl } from '../../lib/lists/warning-url';
import { WarningFlights } from '../../lib/warnings/flights';
import { getTabState, updateTabState } from './tab-state';
import {
  addTicket,
  dropTab,
  findTicket,
  newTicketId,
  parseTickets,
  type Ticket,
  type TicketQuery,
  type TicketSource,
} from '../../lib/warnings/tickets';

/**
 * Every warning the extension shows gets a ticket (lib/warnings/tickets.ts): a random nonce bound to the tab,
 * kept in memory and written through to storage.session (the worker may be stopped between the warning and
 * the page asking). The warning page renders a verdict only for a ticket it can show; a warning page opened
 * by anyone else (a forged warning) vouches for nothing and sends no report.
 */
const KEY = 'warningTickets';

let tickets: Ticket[] | null = null;
let loading: Promise<Ticket[]> | null = null;

/** All tickets: those of an earlier worker (storage.session) and those issued since this one started. */
function load(): Promise<Ticket[]> {
  loading ??= (async () => {
    let stored: Ticket[] = [];
    try {
      stored = parseTickets((await browser.storage.session.get(KEY))[KEY]);
    } catch {
      // no session storage: memory only
    }
    // merge with the tickets issued while we were reading
    const fresh = tickets ?? [];
    tickets = [...stored.filter((x) => !fresh.some((y) => y.id === x.id)), ...fresh];
    return tickets;
  })();
  return loading.then(() => tickets ?? []);
}

function persist(): void {
  const list = tickets ?? [];
  void browser.storage.session?.set({ [KEY]: list }).catch(() => undefined);
}

export function isWarningPage(url: string | null | undefined): boolean {
  return typeof url === 'string' && url.startsWith(browser.runtime.getURL(WARNING_PATH));
}

/**
 * Warning navigations in flight per tab (lib/warnings/flights.ts): issueWarning records each one, and
 * navigation.ts feeds the browser's webNavigation events in.
 */
export const flights = new WarningFlights((u) =>
  isWarningPage(u) ? (readWarningParams(u).ticket ?? '') : null,
);
/** How long a page that needs a warning waits for one already on its way before issuing it again. */
const SETTLE_MS = 1500;

const random = (bytes: Uint8Array): Uint8Array => crypto.getRandomValues(bytes);

/**
 * Records a ticket for a warning about `url` in `tabId` (synchronously in memory, then storage). Returns it.
 * Call this before the warning page can ask (i.e. before navigating the tab).
 */
export function recordTicket(tabId: number, frameId: number, url: string, source: TicketSource): Ticket {
  const now = Date.now();
  const t: Ticket = { id: newTicketId(random), tabId, frameId, url, source, issued: now };
  tickets = addTicket(tickets ?? [], t, now);
  void load().then(persist);
  return t;
}

/**
 * Shows the warning for `url` (flagged in frame `frameId` of `tabId`) in place of the whole tab: issues a
 * ticket and navigates the tab to the warning page that carries it. `verdict` is what the address is
 * (`blocked`, `lookalike`, `suspicious-page`), shown in the address for people; the page asks the background.
 * For page verdicts (the page guard), `source` is 'page' and the background keeps the verdict in the tab
 * state. The navigation is followed (`flights`) from the moment it is issued. Resolves with the ticket once
 * the navigation has started; rejects when it could not be (the tab closed).
 */
export async function issueWarning(
  tabId: number,
  frameId: number,
  url: string,
  verdict: string,
  source: TicketSource = 'domain',
): Promise<Ticket> {
  const t = recordTicket(tabId, frameId, url, source);
  const href = warningUrl(browser.runtime.getURL('/'), url, verdict, t.id);
  flights.issue(tabId, url, t.id, Date.now());
  try {
    await browser.tabs.update(tabId, { url: href });
  } catch (err) {
    flights.failed(tabId, href);
    throw err;
  }
  return t;
}

/**
 * The flagged `subject` is showing in the tab's top frame (it committed, its stopped document said hello, or
 * the page guard found it): make sure a warning replaces it. A warning issued for it may still be on its way —
 * wait for that one — or may have been cancelled (the page's own `window.stop()` or `location` change, another
 * navigation) or dropped by the browser: then `issue` it again, a few times, for a page that keeps cancelling.
 * `mark` is the tab's navigation count when the page was seen (`flights.mark`); a tab that has moved on since
 * is judged for where it went, not here.
 */
export async function ensureWarning(
  tabId: number,
  subject: string,
  mark: number,
  issue: () => Promise<unknown>,
  last: { verdict: string; source: TicketSource },
): Promise<void> {
  for (let round = 0, issued = 0; round < 6; round++) {
    const since = Date.now();
    await flights.settle(tabId, subject, SETTLE_MS);
    const tab = await browser.tabs.get(tabId).catch(() => null);
    if (!flights.needsWarning(tabId, mark, tab, isWarningPage)) return;
    // another judgement of the same page (its commit and its hello race) issued one while we looked; one
    // issued before that and still unsettled was dropped by the browser (see issuedSince)
    if (flights.issuedSince(tabId, subject, since)) continue;
    if (issued === 2) return warnInFreshTab(tabId, subject, last.verdict, last.source);
    await issue().catch(() => undefined);
    issued++;
  }
}

/**
 * The last resort for a page that cancels every navigation aimed at its tab (Firefox lets a page's
 * `window.stop()`, called without pause, cancel a tab update): the warning opens in a new tab in the same place,
 * which takes over the old tab's state ("Go back" then goes to its last safe page), and the page's tab closes.
 */
async function warnInFreshTab(tabId: number, subject: string, verdict: string, source: TicketSource) {
  const old = await browser.tabs.get(tabId).catch(() => null);
  if (!old) return;
  const fresh = await browser.tabs.create({
    windowId: old.windowId,
    index: old.index,
    active: old.active,
    url: 'about:blank',
  });
  if (fresh.id === undefined) return;
  const state = await getTabState(tabId);
  await updateTabState(fresh.id, () => ({ ...state, commits: [] }));
  await issueWarning(fresh.id, 0, subject, verdict, source).catch(() => undefined);
  await browser.tabs.remove(tabId).catch(() => undefined);
}

/** The ticket a warning page may speak for (see findTicket), or null for a forged page. */
export async function ticketFor(q: Omit<TicketQuery, 'now'>): Promise<Ticket | null> {
  return findTicket(await load(), { ...q, now: Date.now() });
}

export function forgetTab(tabId: number): void {
  flights.forget(tabId);
  if (!tickets) return;
  tickets = dropTab(tickets, tabId);
  persist();
}
