import { browser } from 'wxt/browser';
import { warningUrl } from '../../lib/lists/warning-url';
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
 * state. `onHref` learns the warning page's address synchronously, before the navigation starts. Resolves
 * with the ticket once the navigation has started (or failed: the tab closed).
 */
export async function issueWarning(
  tabId: number,
  frameId: number,
  url: string,
  verdict: string,
  source: TicketSource = 'domain',
  onHref?: (href: string) => void,
): Promise<Ticket> {
  const t = recordTicket(tabId, frameId, url, source);
  const href = warningUrl(browser.runtime.getURL('/'), url, verdict, t.id);
  onHref?.(href);
  await browser.tabs.update(tabId, { url: href });
  return t;
}

/** The ticket a warning page may speak for (see findTicket), or null for a forged page. */
export async function ticketFor(q: Omit<TicketQuery, 'now'>): Promise<Ticket | null> {
  return findTicket(await load(), { ...q, now: Date.now() });
}

export function forgetTab(tabId: number): void {
  if (!tickets) return;
  tickets = dropTab(tickets, tabId);
  persist();
}
