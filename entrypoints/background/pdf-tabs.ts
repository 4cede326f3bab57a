/**
 * Firefox: which top documents of a tab are PDFs to read (pdf.ts). Two APIs speak of one navigation, and Firefox
 * orders neither against the other: webRequest.onHeadersReceived (main_frame) says a response is application/pdf,
 * webNavigation.onCommitted (frame 0) says a document committed at an address. Their arrival order is no
 * evidence: a navigation that changes process (Fission, the tab's first page, a new site) is started again after
 * its response came — a second onBeforeNavigate for the same address, the first one "aborted" — and that second
 * start reaches the background before or after the response's event, by chance. So nothing here is decided by
 * the order events arrive in; only by each event's own `timeStamp` (the time the browser stamped on it):
 *
 * - the document that committed at address U at time c came from the tab's latest top-frame response for U
 *   stamped at or before c (a document commits after its response); it is read when that response said PDF;
 * - a fallback for a commit never reported or stamped out of step: when the tab's load completes at U and the
 *   tab's latest top response was a PDF for U, it is read;
 * - each response is read at most once, whichever of these comes first.
 *
 * Addresses compare without their fragment (a link to `…/notice#page=2` fetches and commits the same file).
 * A pure module: no browser API, tested in Node (test/background/pdf-tabs.test.ts).
 */
export interface TopResponse {
  /** the browser's own id of the request (webRequest requestId) */
  id: string;
  url: string;
  pdf: boolean;
  /** the event's timeStamp (ms) */
  at: number;
}

interface Commit {
  url: string;
  at: number;
}

interface TabBook {
  responses: TopResponse[];
  commits: Commit[];
  read: Set<string>;
}

/** Responses and commits kept per tab: enough for a navigation's redirects and a page that sends itself on. */
export const KEEP = 8;

/** The address without its fragment: the document a link to `…/notice#page=2` fetches and commits */
export const withoutFragment = (url: string): string => {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
};

/** What to read: the response's id (to read it once) and the address the tab shows it at. */
export interface PdfRead {
  id: string;
  url: string;
}

export class PdfTabBook {
  private readonly tabs = new Map<number, TabBook>();

  private book(tabId: number): TabBook {
    let b = this.tabs.get(tabId);
    if (!b) this.tabs.set(tabId, (b = { responses: [], commits: [], read: new Set() }));
    return b;
  }

  /** A top-frame response of the tab (any status and type: a non-PDF one is the answer for its address). */
  response(tabId: number, r: TopResponse): PdfRead[] {
    const b = this.book(tabId);
    b.responses.push(r);
    if (b.responses.length > KEEP) b.responses.shift();
    return this.due(b);
  }

  /** The tab's top frame committed a document at `url`, stamped `at`. */
  committed(tabId: number, url: string, at: number): PdfRead[] {
    const b = this.book(tabId);
    b.commits.push({ url, at });
    if (b.commits.length > KEEP) b.commits.shift();
    return this.due(b);
  }

  /** The tab finished loading `url`: its latest top response, when a PDF for that address, is read if it was not. */
  completed(tabId: number, url: string): PdfRead[] {
    const b = this.tabs.get(tabId);
    const last = b?.responses[b.responses.length - 1];
    if (!b || !last?.pdf || withoutFragment(last.url) !== withoutFragment(url) || b.read.has(last.id))
      return [];
    b.read.add(last.id);
    return [{ id: last.id, url }];
  }

  forget(tabId: number): void {
    this.tabs.delete(tabId);
  }

  /** Every commit whose own response (the latest for its address stamped no later than it) is an unread PDF. */
  private due(b: TabBook): PdfRead[] {
    const out: PdfRead[] = [];
    for (const c of b.commits) {
      let own: TopResponse | undefined;
      for (const r of b.responses)
        if (withoutFragment(r.url) === withoutFragment(c.url) && r.at <= c.at && (!own || r.at >= own.at))
          own = r;
      if (own?.pdf && !b.read.has(own.id)) {
        b.read.add(own.id);
        out.push({ id: own.id, url: c.url });
      }
    }
    // ids of responses no longer kept can never come up again
    for (const id of b.read) if (!b.responses.some((r) => r.id === id)) b.read.delete(id);
    return out;
  }
}
