import { deflateSync } from 'node:zlib';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { pdf } from '../pdf/build';

/**
 * entrypoints/background/pdf.ts, fetchPdfText: the PDF is fetched without cookies, credentials or referrer, read
 * only when the answer says PDF, and never past PDF_LIMITS.maxBytes however long the body runs.
 */
vi.mock('wxt/browser', () => ({ browser: {} }));
vi.mock('../../entrypoints/background/page-warnings', () => ({
  poolTopVerdict: vi.fn(),
  topGuardOn: vi.fn(() => Promise.resolve(true)),
}));
vi.mock('../../entrypoints/background/router', () => ({ onContentMessage: vi.fn() }));

const LURE = pdf([
  '<< /Type /Catalog >>',
  { dict: '/Filter /FlateDecode', data: deflateSync('BT (call 070) Tj ET') },
]);

function answer(body: ReadableStream<Uint8Array> | Uint8Array, type = 'application/pdf') {
  return vi.fn(() => Promise.resolve(new Response(body as BodyInit, { headers: { 'content-type': type } })));
}

describe('fetchPdfText', () => {
  afterEach(() => vi.unstubAllGlobals());

  test('sends no cookies, credentials or referrer, and reads the text', async () => {
    const f = answer(LURE);
    vi.stubGlobal('fetch', f);
    const { fetchPdfText } = await import('../../entrypoints/background/pdf');
    expect(await fetchPdfText('http://a.example/x')).toEqual({ title: '', text: 'call 070' });
    const init = (f.mock.calls[0] as unknown as [string, RequestInit])[1];
    expect(init).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer' });
  });

  test('reads nothing that does not say PDF', async () => {
    vi.stubGlobal('fetch', answer(LURE, 'text/html'));
    const { fetchPdfText } = await import('../../entrypoints/background/pdf');
    expect(await fetchPdfText('http://a.example/x')).toBeNull();
  });

  test('stops reading an endless body at the limit', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled += 65536;
        c.enqueue(new Uint8Array(65536).fill(0x20));
      },
    });
    vi.stubGlobal('fetch', answer(endless));
    const { fetchPdfText } = await import('../../entrypoints/background/pdf');
    expect(await fetchPdfText('http://a.example/x')).toBeNull();
    expect(pulled).toBeLessThan(2_000_000 + 5 * 65536);
  });
});
