import type { ListErrorReason } from './status';

export interface FetchListOptions {
  fetch: typeof globalThis.fetch;
  /** whole request, headers and body */
  timeoutMs: number;
  /** bodies larger than this are aborted while streaming */
  maxBytes: number;
  maxRedirects: number;
  /** validators of the list we hold from this URL (conditional request) */
  etag?: string | undefined;
  lastModified?: string | undefined;
}

export type FetchListOutcome =
  | { kind: 'ok'; text: string; etag?: string; lastModified?: string }
  | { kind: 'not-modified' }
  | { kind: 'error'; reason: ListErrorReason; detail?: string };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function httpUrl(raw: string, base?: string): URL | null {
  try {
    const u = new URL(raw, base);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u : null;
  } catch {
    return null;
  }
}

/**
 * Fetches a list file: conditional request, no cookies, no HTTP cache, a timeout over the whole exchange, a
 * size cap enforced while streaming, and a redirect limit. Redirects are followed by hand where the
 * platform shows them (Node); where it hides them (extension fetch gives an opaque redirect) the browser
 * follows them with its own limit and a loop ends as a 'redirect-limit' failure. Never throws.
 */
export async function fetchList(url: string, opts: FetchListOptions): Promise<FetchListOutcome> {
  let current = httpUrl(url);
  if (!current) return { kind: 'error', reason: 'bad-url', detail: String(url).slice(0, 200) };
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, opts.timeoutMs);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (opts.etag) headers['if-none-match'] = opts.etag;
  if (opts.lastModified) headers['if-modified-since'] = opts.lastModified;
  const init = (redirect: RequestRedirect): RequestInit => ({
    method: 'GET',
    headers,
    redirect,
    signal: controller.signal,
    credentials: 'omit',
    cache: 'no-store',
  });
  let stage: 'request' | 'browser-redirect' | 'body' = 'request';
  try {
    let res: Response | null = null;
    for (let hops = 0; ; hops++) {
      res = await opts.fetch(current.href, init('manual'));
      if (res.type === 'opaqueredirect') {
        stage = 'browser-redirect';
        res = await opts.fetch(current.href, init('follow'));
        stage = 'request';
        break;
      }
      if (!REDIRECTS.has(res.status)) break;
      void res.body?.cancel().catch(() => {});
      const next = httpUrl(res.headers.get('location') ?? '', current.href);
      if (!next) return { kind: 'error', reason: 'bad-url', detail: 'redirect to a non-http(s) address' };
      if (hops + 1 > opts.maxRedirects)
        return {
          kind: 'error',
          reason: 'redirect-limit',
          detail: `more than ${opts.maxRedirects} redirects`,
        };
      current = next;
    }
    if (res.status === 304) {
      void res.body?.cancel().catch(() => {});
      return opts.etag || opts.lastModified
        ? { kind: 'not-modified' }
        : { kind: 'error', reason: 'http-status', detail: 'HTTP 304 without a conditional request' };
    }
    if (res.status < 200 || res.status > 299) {
      void res.body?.cancel().catch(() => {});
      return { kind: 'error', reason: 'http-status', detail: `HTTP ${res.status}` };
    }
    const declared = Number(res.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > opts.maxBytes) {
      controller.abort();
      return { kind: 'error', reason: 'too-large', detail: `${declared} bytes declared` };
    }
    stage = 'body';
    const chunks: Uint8Array[] = [];
    let total = 0;
    if (res.body) {
      const reader = res.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.byteLength;
        if (total > opts.maxBytes) {
          controller.abort();
          return { kind: 'error', reason: 'too-large', detail: `over ${opts.maxBytes} bytes` };
        }
        chunks.push(value);
      }
    }
    const all = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      all.set(c, at);
      at += c.byteLength;
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(all);
    } catch {
      return { kind: 'error', reason: 'not-json', detail: 'not UTF-8' };
    }
    const etag = res.headers.get('etag') ?? undefined;
    const lastModified = res.headers.get('last-modified') ?? undefined;
    return {
      kind: 'ok',
      text,
      ...(etag ? { etag: etag.slice(0, 200) } : {}),
      ...(lastModified ? { lastModified: lastModified.slice(0, 100) } : {}),
    };
  } catch (err) {
    if (timedOut)
      return { kind: 'error', reason: 'timeout', detail: `no complete answer in ${opts.timeoutMs} ms` };
    const detail = describe(err);
    if (stage === 'body') return { kind: 'error', reason: 'truncated', detail };
    if (stage === 'browser-redirect') return { kind: 'error', reason: 'redirect-limit', detail };
    return { kind: 'error', reason: 'network', detail };
  } finally {
    clearTimeout(timer);
  }
}

function describe(err: unknown): string {
  const e = err as { message?: unknown; cause?: { message?: unknown; code?: unknown } };
  const parts = [e?.message, e?.cause?.code ?? e?.cause?.message].filter((x) => typeof x === 'string');
  return (parts.join(': ') || 'failed').slice(0, 200);
}
