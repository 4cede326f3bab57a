/**
 * Warning tickets: the warning page renders a verdict only for a warning the background issued for that tab.
 * Were the page ever opened some other way (it is not web-accessible, but defence in depth: a browser bug, a
 * leaked id, a stale history entry after a restart), without a ticket it vouches for nothing, offers no
 * "Continue anyway" and sends no report.
 *
 * A ticket is a random 128-bit nonce bound to one tab and one subject address; the background puts it in the
 * warning page's address (`t=`) and answers only a page in that same tab. Pure: the background keeps the
 * list in memory and in storage.session.
 */
export type TicketSource = 'domain' | 'page';

export interface Ticket {
  /** 128-bit random nonce, base64url */
  id: string;
  tabId: number;
  /** frame the flagged address was loaded in (0: the top frame) */
  frameId: number;
  /** the address the warning is about */
  url: string;
  source: TicketSource;
  /** ms since epoch */
  issued: number;
}

/** A tab keeps its last few tickets (a warning page reloaded, back/forward between warnings). */
export const MAX_TICKETS_PER_TAB = 6;
/** A ticket is good for a day at most (a session's warning, reopened from history). */
export const TICKET_TTL_MS = 24 * 60 * 60 * 1000;

const ID = /^[A-Za-z0-9_-]{22}$/;

export function isTicketId(s: unknown): s is string {
  return typeof s === 'string' && ID.test(s);
}

/** A fresh ticket id from 16 random bytes (`random` fills the array: crypto.getRandomValues). */
export function newTicketId(random: (bytes: Uint8Array) => Uint8Array): string {
  const bytes = random(new Uint8Array(16));
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Adds a ticket; drops expired ones and the oldest of that tab beyond MAX_TICKETS_PER_TAB. */
export function addTicket(tickets: readonly Ticket[], t: Ticket, now: number): Ticket[] {
  const live = tickets.filter((x) => now - x.issued < TICKET_TTL_MS && x.id !== t.id);
  const mine = live.filter((x) => x.tabId === t.tabId);
  const drop = new Set(mine.slice(0, Math.max(0, mine.length - (MAX_TICKETS_PER_TAB - 1))).map((x) => x.id));
  return [...live.filter((x) => !drop.has(x.id)), t];
}

export function dropTab(tickets: readonly Ticket[], tabId: number): Ticket[] {
  return tickets.filter((x) => x.tabId !== tabId);
}

export interface TicketQuery {
  /** the tab the warning page runs in, as the browser reports it (never what the page claims) */
  tabId: number | undefined;
  /** the ticket from the warning page's address, if any */
  id: string | null | undefined;
  now: number;
}

/** The ticket a warning page may speak for, or null: the same id, issued for the same tab, not expired. */
export function findTicket(tickets: readonly Ticket[], q: TicketQuery): Ticket | null {
  if (q.tabId === undefined || !Number.isInteger(q.tabId) || q.tabId < 0) return null;
  const mine = tickets.filter((x) => x.tabId === q.tabId && q.now - x.issued < TICKET_TTL_MS);
  if (!isTicketId(q.id)) return null;
  return mine.find((x) => x.id === q.id) ?? null;
}

/** Tickets read back from storage: anything malformed is dropped. */
export function parseTickets(raw: unknown): Ticket[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (x): x is Ticket =>
      !!x &&
      typeof x === 'object' &&
      isTicketId((x as Ticket).id) &&
      Number.isInteger((x as Ticket).tabId) &&
      Number.isInteger((x as Ticket).frameId) &&
      typeof (x as Ticket).url === 'string' &&
      ((x as Ticket).source === 'domain' || (x as Ticket).source === 'page') &&
      typeof (x as Ticket).issued === 'number',
  );
}
