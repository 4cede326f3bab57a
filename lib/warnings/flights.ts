/**
 * Warning navigations in flight, per tab: the background sends a tab to the warning page, and something may
 * cancel that navigation before it commits (the page's own `window.stop()` or `location` change, a navigation
 * the user or a test driver started, the browser discarding it). When the flagged page then commits, or its
 * stopped document says hello, the tab is on the fake page with no warning: the background must issue it
 * again, but never while the first one is still on its way (two warning entries in the tab's history would
 * make "Go back" land on the second one) and never on a page the tab has since moved on from.
 *
 * Pure state, fed by the webNavigation events in the order the browser reports them: no browser API here.
 * Warning navigations are told apart by their ticket (`ticketOf`: the ticket of a warning page's address, ''
 * for a warning page without one, null for any other address), never by comparing addresses, which a browser
 * may normalise.
 */
export type FlightState = 'issued' | 'started' | 'committed' | 'failed';

export interface Flight {
  /** The flagged address the warning is about. */
  readonly subject: string;
  /** The ticket the warning page carries. */
  readonly ticket: string;
  readonly state: FlightState;
  readonly at: number;
}

/** What the tab reports of itself (`tabs.get`): the committed address and, in Chromium, the pending one. */
export interface TabView {
  readonly url?: string | undefined;
  readonly pendingUrl?: string | undefined;
}

const settled = (s: FlightState): boolean => s === 'committed' || s === 'failed';

export class WarningFlights {
  private readonly flights = new Map<number, Flight>();
  private readonly seqs = new Map<number, number>();
  private readonly waiters = new Map<number, Set<() => void>>();

  constructor(private readonly ticketOf: (url: string) => string | null) {}

  /** A warning navigation carrying `ticket`, about `subject`, is being issued in `tabId`. */
  issue(tabId: number, subject: string, ticket: string, now: number): void {
    this.set(tabId, { subject, ticket, state: 'issued', at: now });
  }

  /** A top-frame navigation started in `tabId` (webNavigation.onBeforeNavigate, frame 0). */
  navigationStarted(tabId: number, url: string): void {
    if (this.ticketOf(url) === null) this.seqs.set(tabId, (this.seqs.get(tabId) ?? 0) + 1);
    else this.advance(tabId, url, 'issued', 'started');
  }

  /** A top-frame document committed in `tabId`. */
  committed(tabId: number, url: string): void {
    this.advance(tabId, url, null, 'committed');
  }

  /** A top-frame navigation to `url` failed or was cancelled in `tabId` (or could not be issued). */
  failed(tabId: number, url: string): void {
    this.advance(tabId, url, null, 'failed');
  }

  /** The tab's navigation at this moment: how many non-warning navigations have started in it. */
  mark(tabId: number): number {
    return this.seqs.get(tabId) ?? 0;
  }

  /** Whether a warning about `subject` is on its way in `tabId` (issued or started, not yet settled). */
  inFlight(tabId: number, subject: string): boolean {
    const f = this.flights.get(tabId);
    return !!f && f.subject === subject && !settled(f.state);
  }

  /**
   * Whether a warning about `subject` was issued in `tabId` at or after `since` and is still on its way. An
   * older one that never settled is lost: Chromium can drop a tab update that meets a navigation about to
   * commit, without reporting any event for it.
   */
  issuedSince(tabId: number, subject: string, since: number): boolean {
    const f = this.flights.get(tabId);
    return this.inFlight(tabId, subject) && !!f && f.at >= since;
  }

  forget(tabId: number): void {
    this.flights.delete(tabId);
    this.seqs.delete(tabId);
    this.wake(tabId);
  }

  /**
   * Resolves once the tab's flight about `subject` has committed or failed, or after `ms` (a cancelled
   * navigation is not always reported). Resolves at once when there is none in flight.
   */
  settle(tabId: number, subject: string, ms: number): Promise<void> {
    const inFlight = (): boolean => this.inFlight(tabId, subject);
    if (!inFlight()) return Promise.resolve();
    return new Promise((resolve) => {
      const set = this.waiters.get(tabId) ?? new Set<() => void>();
      this.waiters.set(tabId, set);
      let timedOut = false;
      const done = (): void => {
        if (inFlight() && !timedOut) return;
        clearTimeout(timer);
        set.delete(done);
        resolve();
      };
      const timer = setTimeout(() => {
        timedOut = true;
        done();
      }, ms);
      set.add(done);
    });
  }

  /**
   * Whether the tab, which showed a flagged page at `mark` (its commit, or its stopped document's hello), needs
   * the warning issued again now: call it once the flight about that page has settled (`settle`).
   */
  needsWarning(
    tabId: number,
    mark: number,
    tab: TabView | null,
    isWarningPage: (url: string | undefined) => boolean,
  ): boolean {
    // the tab is gone, or has started another navigation since: that one is judged on its own
    if (!tab || this.mark(tabId) !== mark) return false;
    // a tab that shows no address while the warning committed (the browser's own navigation events said so) and
    // nothing started since is on the warning: Chromium before 156 gives an extension without the `tabs`
    // permission no address for a tab on the extension's own page (it always gives the fake page's, by the host
    // permissions), so the tab looked as if it needed a warning, which was issued again and then opened in a
    // fresh tab, twice
    if (!tab.url && !tab.pendingUrl && this.flights.get(tabId)?.state === 'committed') return false;
    // on the warning, or on its way there (Chromium reports the pending address; Firefox does not, which is why
    // the caller first waits for the flight to settle)
    return !isWarningPage(tab.url) && !isWarningPage(tab.pendingUrl);
  }

  private advance(tabId: number, url: string, from: FlightState | null, to: FlightState): void {
    const f = this.flights.get(tabId);
    if (!f || settled(f.state) || (from !== null && f.state !== from)) return;
    if (this.ticketOf(url) === f.ticket) this.set(tabId, { ...f, state: to });
  }

  private set(tabId: number, f: Flight): void {
    this.flights.set(tabId, f);
    this.wake(tabId);
  }

  private wake(tabId: number): void {
    for (const w of [...(this.waiters.get(tabId) ?? [])]) w();
  }
}
