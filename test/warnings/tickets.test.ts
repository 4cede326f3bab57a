import { describe, expect, test } from 'vitest';
import {
  addTicket,
  dropTab,
  findTicket,
  isTicketId,
  MAX_TICKETS_PER_TAB,
  newTicketId,
  parseTickets,
  TICKET_TTL_MS,
  type Ticket,
} from '../../lib/warnings/tickets';

const random = (b: Uint8Array) => crypto.getRandomValues(b);
const T0 = 1_700_000_000_000;

function ticket(over: Partial<Ticket> = {}): Ticket {
  return {
    id: newTicketId(random),
    tabId: 7,
    frameId: 0,
    url: 'http://coupang-refund.test/',
    source: 'domain',
    issued: T0,
    ...over,
  };
}

describe('warning tickets', () => {
  test('ids are 128-bit random base64url, never repeated', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newTicketId(random)));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(isTicketId(id)).toBe(true);
    expect(newTicketId((b) => b.fill(0))).toBe('AAAAAAAAAAAAAAAAAAAAAA');
    expect(isTicketId('short')).toBe(false);
    expect(isTicketId('A'.repeat(21) + '/')).toBe(false);
  });

  test('by id: only in the tab it was issued for', () => {
    const t = ticket();
    const list = addTicket([], t, T0);
    expect(findTicket(list, { tabId: 7, id: t.id, now: T0 + 5 })).toEqual(t);
    expect(findTicket(list, { tabId: 8, id: t.id, now: T0 + 5 })).toBeNull();
    expect(findTicket(list, { tabId: undefined, id: t.id, now: T0 + 5 })).toBeNull();
    expect(findTicket(list, { tabId: 7, id: newTicketId(random), now: T0 + 5 })).toBeNull();
    expect(findTicket(list, { tabId: 7, id: '../../x', now: T0 + 5 })).toBeNull();
    expect(findTicket(list, { tabId: 7, id: t.id, now: T0 + TICKET_TTL_MS })).toBeNull();
  });

  test('no ticket, no verdict', () => {
    const list = addTicket([], ticket(), T0);
    expect(findTicket(list, { tabId: 7, id: null, now: T0 })).toBeNull();
    expect(findTicket(list, { tabId: 7, id: undefined, now: T0 })).toBeNull();
    expect(findTicket(list, { tabId: 7, id: '', now: T0 })).toBeNull();
  });

  test('a tab keeps its newest few; other tabs are untouched; closing a tab drops its tickets', () => {
    let list: Ticket[] = [ticket({ tabId: 1 })];
    const mine: Ticket[] = [];
    for (let i = 0; i < MAX_TICKETS_PER_TAB + 3; i++) {
      const t = ticket({ issued: T0 + i });
      mine.push(t);
      list = addTicket(list, t, T0 + i);
    }
    expect(list.filter((x) => x.tabId === 7).map((x) => x.id)).toEqual(
      mine.slice(-MAX_TICKETS_PER_TAB).map((x) => x.id),
    );
    expect(list.filter((x) => x.tabId === 1)).toHaveLength(1);
    expect(dropTab(list, 7).every((x) => x.tabId === 1)).toBe(true);
  });

  test('storage contents are validated', () => {
    const t = ticket();
    expect(
      parseTickets([t, null, 3, { ...t, id: 'x' }, { ...t, source: 'page' }, { ...t, tabId: '7' }]),
    ).toEqual([t, { ...t, source: 'page' }]);
    expect(parseTickets('junk')).toEqual([]);
    expect(parseTickets(undefined)).toEqual([]);
  });
});
