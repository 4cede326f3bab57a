import { describe, expect, test } from 'vitest';
import { KEEP, PdfTabBook, type PdfRead, type TopResponse } from '../../entrypoints/background/pdf-tabs';

/**
 * entrypoints/background/pdf-tabs.ts: which Firefox tab documents are PDFs to read, decided by the events' own time
 * stamps and never by the order they reach the background. The time stamps below are of the kind Firefox gives
 * (ms); the first case is the sequence the e2e run recorded when a lure PDF went unread (docs/threat-model.md).
 */
const TAB = 3;
const U = 'http://pay-desk.example.test/notice';

type Ev =
  | { kind: 'response'; r: TopResponse }
  | { kind: 'commit'; url: string; at: number }
  | { kind: 'complete'; url: string };

function run(events: readonly Ev[], book = new PdfTabBook()): PdfRead[] {
  const out: PdfRead[] = [];
  for (const e of events) {
    if (e.kind === 'response') out.push(...book.response(TAB, e.r));
    else if (e.kind === 'commit') out.push(...book.committed(TAB, e.url, e.at));
    else out.push(...book.completed(TAB, e.url));
  }
  return out;
}

const pdfAt = (id: string, url: string, at: number): Ev => ({
  kind: 'response',
  r: { id, url, pdf: true, at },
});
const htmlAt = (id: string, url: string, at: number): Ev => ({
  kind: 'response',
  r: { id, url, pdf: false, at },
});
const commitAt = (url: string, at: number): Ev => ({ kind: 'commit', url, at });
const complete = (url: string): Ev => ({ kind: 'complete', url });

function permutations<T>(xs: readonly T[]): T[][] {
  if (xs.length <= 1) return [[...xs]];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
}

describe('PdfTabBook', () => {
  test('the recorded failure: a process switch restarts the navigation after its PDF response; still read once', () => {
    // recorded: onBeforeNavigate 560233, onHeadersReceived (pdf) 560280, onBeforeNavigate again 560303 (delivered
    // after the response: it used to clear the PDF mark), the first start aborted, onCommitted 560470. The starts
    // are no input here: nothing a navigation start says can un-say a response.
    expect(run([pdfAt('11', U, 1796693560280), commitAt(U, 1796693560470)])).toEqual([{ id: '11', url: U }]);
  });

  test('one navigation in any arrival order of its events is read exactly once, at the committed address', () => {
    const events = [pdfAt('11', U, 1000), commitAt(U, 1190), complete(U)];
    for (const order of permutations(events)) expect(run(order)).toEqual([{ id: '11', url: U }]);
  });

  test('after an earlier page at the same address, in any order: only the new PDF document is read, once', () => {
    // the tab showed an HTML page at U (response 100, commit 150), then U answers with a PDF (response 400, commit 450)
    const history = [htmlAt('1', U, 100), commitAt(U, 150)];
    for (const order of permutations([pdfAt('2', U, 400), commitAt(U, 450), complete(U)]))
      expect(run([...history, ...order])).toEqual([{ id: '2', url: U }]);
  });

  test('a stale commit at the address does not start the read before the PDF document commits', () => {
    const book = new PdfTabBook();
    expect(run([htmlAt('1', U, 100), commitAt(U, 150), pdfAt('2', U, 400)], book)).toEqual([]);
    expect(run([commitAt(U, 450)], book)).toEqual([{ id: '2', url: U }]);
  });

  test('the address answered anew with HTML before the commit (a reload): the PDF is not read', () => {
    // the PDF's load never committed (aborted), then the address answered with a page
    for (const order of permutations([commitAt(U, 350), complete(U)]))
      expect(run([pdfAt('1', U, 100), htmlAt('2', U, 300), ...order])).toEqual([]);
    // the one order that cannot be told apart as it happens: the page's commit reaches the background before its own
    // response does. The PDF is then read — a second fetch of the address, which reads nothing that does not say PDF
    // (fetchPdfText) — rather than any PDF left unread for waiting on an event that may never come.
    expect(run([pdfAt('1', U, 100), commitAt(U, 350), htmlAt('2', U, 300)])).toEqual([{ id: '1', url: U }]);
  });

  test('a redirect before the PDF, and another address answering in between, do not stop the read', () => {
    const B = 'http://pay-desk.example.test/doc?v=7';
    const other = 'http://tracker.example.test/204';
    for (const order of permutations([htmlAt('9', other, 320), commitAt(B, 400)]))
      expect(run([htmlAt('1', U, 100), pdfAt('2', B, 300), ...order])).toEqual([{ id: '2', url: B }]);
  });

  test('a fragment in either address is the same document (a #page link)', () => {
    expect(run([pdfAt('5', `${U}#page=1`, 10), commitAt(`${U}#page=2`, 20)])).toEqual([
      { id: '5', url: `${U}#page=2` },
    ]);
    expect(run([pdfAt('5', U, 10), commitAt(`${U}#zoom=page-fit`, 20)])).toEqual([
      { id: '5', url: `${U}#zoom=page-fit` },
    ]);
  });

  test('a commit never reported, or stamped before its response: the finished load reads it', () => {
    expect(run([pdfAt('7', U, 500), complete(U)])).toEqual([{ id: '7', url: U }]);
    expect(run([commitAt(U, 480), pdfAt('7', U, 500), complete(U)])).toEqual([{ id: '7', url: U }]);
  });

  test('nothing is read that no top response called a PDF', () => {
    expect(run([htmlAt('1', U, 100), commitAt(U, 150), complete(U)])).toEqual([]);
    expect(run([commitAt(U, 150), complete(U)])).toEqual([]);
    // a finished load at another address than the PDF's
    expect(run([pdfAt('1', U, 100), complete('http://pay-desk.example.test/other')])).toEqual([]);
  });

  test('each PDF response is read once; reloading it (a new response) reads it again', () => {
    expect(run([pdfAt('1', U, 100), commitAt(U, 150), commitAt(U, 160), complete(U)])).toHaveLength(1);
    expect(run([pdfAt('1', U, 100), commitAt(U, 150), pdfAt('2', U, 300), commitAt(U, 350)])).toEqual([
      { id: '1', url: U },
      { id: '2', url: U },
    ]);
  });

  test('tabs are apart, and a forgotten tab starts over', () => {
    const book = new PdfTabBook();
    expect(book.response(1, { id: '1', url: U, pdf: true, at: 100 })).toEqual([]);
    expect(book.committed(2, U, 150)).toEqual([]);
    book.forget(1);
    expect(book.committed(1, U, 150)).toEqual([]);
  });

  test('a page that navigates many times keeps a bounded record and still reads its last PDF', () => {
    const events: Ev[] = [];
    for (let i = 0; i < KEEP * 10; i++)
      events.push(htmlAt(`h${i}`, `${U}?n=${i}`, i * 10), commitAt(`${U}?n=${i}`, i * 10 + 5));
    events.push(pdfAt('last', U, 100_000), commitAt(U, 100_005));
    expect(run(events)).toEqual([{ id: 'last', url: U }]);
  });
});
