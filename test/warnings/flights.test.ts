import { afterEach, describe, expect, it, vi } from 'vitest';
import { WarningFlights } from '../../lib/warnings/flights';

const BASE = 'chrome-extension://abc/warning.html';
const warning = (ticket: string, u = 'http://coupang-refund.test/'): string =>
  `${BASE}?t=${ticket}&u=${encodeURIComponent(u)}&v=lookalike`;
const ticketOf = (url: string): string | null =>
  url.startsWith(BASE) ? (new URL(url).searchParams.get('t') ?? '') : null;
const isWarning = (u: string | undefined): boolean => !!u && u.startsWith(BASE);

const FAKE = 'http://coupang-refund.test/pay';
const TAB = 7;

function started(): WarningFlights {
  const f = new WarningFlights(ticketOf);
  f.navigationStarted(TAB, FAKE); // the fake page's own navigation
  f.issue(TAB, FAKE, 'T1', 1000); // the background sends the tab to the warning
  return f;
}

afterEach(() => vi.useRealTimers());

describe('warning navigations in flight', () => {
  it('a warning that commits: the fake page that committed first needs nothing more', async () => {
    const f = started();
    f.navigationStarted(TAB, warning('T1'));
    const mark = f.mark(TAB); // the fake page commits while the warning is on its way
    expect(f.inFlight(TAB, FAKE)).toBe(true);
    const waited = f.settle(TAB, FAKE, 10_000);
    f.committed(TAB, warning('T1'));
    await waited;
    expect(f.inFlight(TAB, FAKE)).toBe(false);
    expect(f.needsWarning(TAB, mark, { url: warning('T1') }, isWarning)).toBe(false);
  });

  it('a warning cancelled before it committed: issue it again', async () => {
    const f = started();
    f.navigationStarted(TAB, warning('T1'));
    const mark = f.mark(TAB);
    const waited = f.settle(TAB, FAKE, 10_000);
    f.failed(TAB, warning('T1'));
    await waited;
    expect(f.needsWarning(TAB, mark, { url: FAKE }, isWarning)).toBe(true);
  });

  it('warning navigations are not counted as the tab moving on; other navigations are', () => {
    const f = started();
    const mark = f.mark(TAB);
    f.navigationStarted(TAB, warning('T1'));
    expect(f.mark(TAB)).toBe(mark);
    f.navigationStarted(TAB, 'https://www.example.com/');
    expect(f.mark(TAB)).toBe(mark + 1);
    // the tab went elsewhere: that navigation is judged on its own, the old page needs no warning here
    expect(f.needsWarning(TAB, mark, { url: FAKE }, isWarning)).toBe(false);
  });

  it("a committed warning in a tab that shows no address (Chromium < 156 hides an extension's own page without the tabs permission) needs no second one", async () => {
    const f = started();
    f.navigationStarted(TAB, warning('T1'));
    const mark = f.mark(TAB);
    const waited = f.settle(TAB, FAKE, 10_000);
    f.committed(TAB, warning('T1'));
    await waited;
    expect(f.needsWarning(TAB, mark, {}, isWarning)).toBe(false);
    // the fake page back in the tab, its address shown (the host permissions): warned again
    expect(f.needsWarning(TAB, mark, { url: FAKE }, isWarning)).toBe(true);
    // a warning that failed, with no address shown: issued again
    const g = started();
    g.navigationStarted(TAB, warning('T1'));
    const gm = g.mark(TAB);
    g.failed(TAB, warning('T1'));
    expect(g.needsWarning(TAB, gm, {}, isWarning)).toBe(true);
  });

  it('a warning only on its way (Chromium reports it as pending) needs no second one', () => {
    const f = started();
    const mark = f.mark(TAB);
    expect(f.needsWarning(TAB, mark, { url: FAKE, pendingUrl: warning('T1') }, isWarning)).toBe(false);
    expect(f.needsWarning(TAB, mark, null, isWarning)).toBe(false); // the tab closed
  });

  it('a cancellation nobody reports: settle gives up after its time', async () => {
    vi.useFakeTimers();
    const f = started();
    let done = false;
    void f.settle(TAB, FAKE, 1500).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(1400);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(done).toBe(true);
    expect(f.needsWarning(TAB, f.mark(TAB), { url: FAKE }, isWarning)).toBe(true);
  });

  it('a warning the browser dropped without a word is told from one issued a moment ago', () => {
    const f = started(); // issued at 1000, never reported
    expect(f.issuedSince(TAB, FAKE, 500)).toBe(true); // issued after we started looking: on its way
    expect(f.issuedSince(TAB, FAKE, 2500)).toBe(false); // older and unsettled: lost
    expect(f.issuedSince(TAB, 'http://other.test/', 500)).toBe(false);
  });

  it('another warning page (another ticket, or none) does not settle this one', async () => {
    vi.useFakeTimers();
    const f = started();
    let done = false;
    void f.settle(TAB, FAKE, 1500).then(() => (done = true));
    f.committed(TAB, warning('OTHER'));
    f.failed(TAB, `${BASE}?u=x`);
    f.committed(TAB, FAKE);
    await vi.advanceTimersByTimeAsync(10);
    expect(done).toBe(false);
    expect(f.inFlight(TAB, FAKE)).toBe(true);
    f.committed(TAB, warning('T1'));
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
  });

  it('settles at once with nothing in flight, and for another address', async () => {
    const f = new WarningFlights(ticketOf);
    await f.settle(TAB, FAKE, 60_000);
    f.issue(TAB, FAKE, 'T1', 1);
    await f.settle(TAB, 'http://other.test/', 60_000);
    expect(f.inFlight(TAB, 'http://other.test/')).toBe(false);
  });

  it('a settled flight stays settled; forgetting a tab releases its waiters', async () => {
    const f = started();
    f.failed(TAB, warning('T1'));
    f.committed(TAB, warning('T1'));
    expect(f.inFlight(TAB, FAKE)).toBe(false);
    f.issue(TAB, FAKE, 'T2', 2000);
    const waited = f.settle(TAB, FAKE, 60_000);
    f.forget(TAB);
    await waited;
    expect(f.mark(TAB)).toBe(0);
  });
});
