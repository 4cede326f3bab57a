import { browser, type Browser } from 'wxt/browser';
import { csPdfText } from '../../lib/messages/index';
import { scanPage } from '../../lib/page/index';
import { PDF_LIMITS, pdfText, type PdfText } from '../../lib/pdf/extract';
import { fillPdfPage } from '../../lib/pdf/page';
import { judgementsSettled } from './navigation';
import { poolTopVerdict, topGuardOn } from './page-warnings';
import { onContentMessage } from './router';
import { isWebUrl } from './verdicts';
import { PdfTabBook, withoutFragment, type PdfRead } from './pdf-tabs';

/**
 * A PDF shown as the top document of a tab (red team 34, class B: a call-only lure served as application/pdf,
 * drawn by the browser's own viewer, where the page guard reads nothing): the background fetches its bytes
 * (bounded: PDF_LIMITS.maxBytes, FETCH_MS), lib/pdf reads its text, and the page guard judges that text as the
 * page at the PDF's address.
 *
 * - Chromium: the content script runs in the PDF's top document (only the viewer's `<embed>` is in it) and sees
 *   `document.contentType === 'application/pdf'`; it asks for the text (cs:pdf-text) once its hello said the
 *   guard is on there, and scans it with the scorer like any page (guard.ts).
 * - Firefox: no content script runs in pdf.js. The top frame's response headers (webRequest, main_frame only,
 *   not blocking) say application/pdf; when that document commits (matched by the events' own time stamps, never
 *   by the order they arrive in: pdf-tabs.ts), the background reads and judges it here (the MV2 background page
 *   has a DOM) and pools the verdict as the top frame's.
 *
 * The fetch sends no cookies and no credentials (`credentials: 'omit'`): nothing the page's own load did not
 * send, and nothing that would let a server tie the second request to the user's session beyond the address and
 * IP it already saw. The cost: a PDF only served to a logged-in session is not read (a lure is served to anyone),
 * and a server can tell the two requests apart and serve a clean file to the second (docs/threat-model.md).
 */
const FETCH_MS = 5000;
type Sender = Browser.runtime.MessageSender;

export async function fetchPdfText(url: string): Promise<PdfText | null> {
  try {
    const res = await fetch(url, {
      credentials: 'omit',
      cache: 'force-cache',
      referrerPolicy: 'no-referrer',
      signal: AbortSignal.timeout(FETCH_MS),
    });
    if (!res.ok || !res.body || !/pdf/i.test(res.headers.get('content-type') ?? '')) return null;
    const reader = res.body.getReader();
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done || !value) break;
      chunks.push(value);
      total += value.length;
      if (total >= PDF_LIMITS.maxBytes) break;
    }
    void reader.cancel().catch(() => undefined);
    const bytes = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      bytes.set(c.subarray(0, total - at), at);
      at += c.length;
    }
    return await pdfText(bytes);
  } catch {
    return null;
  }
}

/** one read per tab and address at a time */
const reading = new Map<number, string>();

async function onPdfText(raw: unknown, sender: Sender): Promise<PdfText | null> {
  const tabId = sender.tab?.id;
  const url = sender.url;
  if (!csPdfText.safeParse(raw).success || tabId === undefined || sender.frameId !== 0 || !isWebUrl(url))
    return null;
  if (reading.get(tabId) === url || !(await topGuardOn(url))) return null;
  reading.set(tabId, url);
  try {
    return await fetchPdfText(url);
  } finally {
    if (reading.get(tabId) === url) reading.delete(tabId);
  }
}

/** Firefox: the tab's top responses and commits, matched by their own time stamps (pdf-tabs.ts). */
const book = new PdfTabBook();

function readAll(tabId: number, reads: readonly PdfRead[]): void {
  for (const r of reads) void judgePdfTab(tabId, r.url).catch(() => undefined);
}

async function judgePdfTab(tabId: number, url: string): Promise<void> {
  // nothing fetched on an official host, a host the guard is off for, or with the page guard off
  if (!(await topGuardOn(url))) return;
  const text = await fetchPdfText(url);
  if (!text) return;
  const doc = fillPdfPage(document.implementation.createHTMLDocument(''), text);
  const verdict = scanPage(doc, url);
  // after the commit's own judgement (navigation.ts), which resets the tab's page state for the new document: a
  // verdict pooled before it would lose its standing warning there
  await judgementsSettled(tabId);
  // the tab has moved on to another document while the PDF was read: the verdict is not that document's
  const shown = (await browser.tabs.get(tabId).catch(() => null))?.url;
  if (!shown || withoutFragment(shown) !== withoutFragment(url)) return;
  // pooled as the top frame's verdict: the guard's own checks (official host, exceptions, allowances) apply there
  await poolTopVerdict(tabId, url, verdict);
}

export function setupPdfReading(): void {
  onContentMessage('cs:pdf-text', onPdfText);
  if (import.meta.env.MANIFEST_VERSION !== 2) return;
  browser.webRequest.onHeadersReceived.addListener(
    (d) => {
      const type = d.responseHeaders?.find((h) => h.name.toLowerCase() === 'content-type')?.value ?? '';
      if (d.tabId < 0) return undefined;
      const pdf = d.statusCode >= 200 && d.statusCode < 300 && /^\s*application\/(x-)?pdf\b/i.test(type);
      readAll(d.tabId, book.response(d.tabId, { id: d.requestId, url: d.url, pdf, at: d.timeStamp }));
      return undefined;
    },
    { urls: ['http://*/*', 'https://*/*'], types: ['main_frame'] },
    ['responseHeaders'],
  );
  browser.webNavigation.onCommitted.addListener((d) => {
    if (d.frameId === 0 && d.tabId >= 0) readAll(d.tabId, book.committed(d.tabId, d.url, d.timeStamp));
  });
  // a commit the browser did not report, or stamped out of step with the response: the finished load reads it
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'complete' && tab.url) readAll(tabId, book.completed(tabId, tab.url));
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    book.forget(tabId);
    reading.delete(tabId);
  });
}
