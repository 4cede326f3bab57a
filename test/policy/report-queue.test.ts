import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, test } from 'vitest';
import {
  ReportQueue,
  backoffDelay,
  buildReport,
  parseQueueState,
  postReport,
  type QueueState,
  type QueueStore,
  type Report,
} from '../../lib/policy/index';

/** A store that behaves like storage.local: JSON in, JSON out, shared by queue instances ("restarts"). */
function memoryStore(): QueueStore & { raw: () => string | undefined; set: (v: unknown) => void } {
  let data: string | undefined;
  return {
    load: async () => (data === undefined ? undefined : JSON.parse(data)),
    save: async (s: QueueState) => {
      data = JSON.stringify(s);
    },
    raw: () => data,
    set: (v) => {
      data = JSON.stringify(v);
    },
  };
}

interface Received {
  body: unknown;
  headers: IncomingHttpHeaders;
  method: string | undefined;
}

/** A report endpoint on 127.0.0.1 whose behaviour the test switches: up, 503, 400, hang, or not listening. */
class Endpoint {
  mode: 'up' | 'error' | 'reject' | 'hang' = 'up';
  received: Received[] = [];
  private server: Server | null = null;
  port = 0;

  async start(port = 0): Promise<void> {
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        if (this.mode === 'hang') return;
        if (this.mode === 'error') return void res.writeHead(503).end();
        if (this.mode === 'reject') return void res.writeHead(400).end();
        this.received.push({
          body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
          headers: req.headers,
          method: req.method,
        });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    this.server = server;
    this.port = (server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    const s = this.server;
    this.server = null;
    if (!s) return;
    s.closeAllConnections();
    await new Promise<void>((resolve) => s.close(() => resolve()));
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/reports`;
  }
}

const endpoints: Endpoint[] = [];
afterEach(async () => {
  await Promise.all(endpoints.splice(0).map((e) => e.stop()));
});

async function endpoint(): Promise<Endpoint> {
  const e = new Endpoint();
  endpoints.push(e);
  await e.start();
  return e;
}

let seq = 0;
function report(url: string, trigger: 'auto' | 'user' = 'auto'): Report {
  seq += 1;
  return buildReport(
    { url, verdict: 'blocked', reasons: [{ code: 'blocklist' }], source: 'domain', trigger },
    {
      extensionVersion: '0.1.0',
      now: Date.now(),
      id: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    },
  );
}

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

const send = (url: string, r: Report) => postReport(url, r, 2_000);

describe('report queue against a local HTTP server', () => {
  test('server down for a while, then up: every report is delivered once, in order, as JSON without cookies', async () => {
    const ep = await endpoint();
    const port = ep.port;
    const url = ep.url;
    await ep.stop(); // nothing listens: connection refused
    const store = memoryStore();
    const c = clock();
    const q = new ReportQueue({ store, send, now: c.now, random: () => 0, baseDelayMs: 5_000 });
    const reports = [report('https://a.test/'), report('https://b.test/'), report('https://c.test/')];
    for (const r of reports) expect((await q.enqueue(r)).queued).toBe(true);

    const first = await q.flush(url);
    expect(first).toMatchObject({ delivered: 0, remaining: 3, nextAttemptAt: c.now() + 5_000 });
    expect((await q.status()).lastError?.reason).toBeTruthy();

    // before the backoff has passed nothing is tried
    c.advance(4_000);
    expect(await q.flush(url)).toMatchObject({ delivered: 0, remaining: 3, waiting: true });

    // the server is back but answers 503: the next delay doubles
    await ep.start(port);
    ep.mode = 'error';
    c.advance(1_000);
    const second = await q.flush(url);
    expect(second).toMatchObject({ delivered: 0, remaining: 3, nextAttemptAt: c.now() + 10_000 });
    expect((await q.status()).lastError?.reason).toBe('HTTP 503');
    expect(ep.received).toHaveLength(0);

    ep.mode = 'up';
    c.advance(10_000);
    expect(await q.flush(url)).toEqual({ delivered: 3, remaining: 0, nextAttemptAt: null });
    expect(ep.received.map((r) => r.body)).toEqual(reports);
    for (const r of ep.received) {
      expect(r.method).toBe('POST');
      expect(r.headers['content-type']).toBe('application/json');
      expect(r.headers.cookie).toBeUndefined();
    }
    expect(await q.status()).toMatchObject({ pending: 0, delivered: 3, attempts: 0, nextAttemptAt: null });
    // nothing is sent twice
    c.advance(60_000);
    await q.flush(url);
    expect(ep.received).toHaveLength(3);
  });

  test('survives a restart: a new queue on the same storage delivers what the old one could not', async () => {
    const ep = await endpoint();
    ep.mode = 'error';
    const store = memoryStore();
    const before = new ReportQueue({ store, send });
    const r = report('https://restart.test/');
    await before.enqueue(r);
    expect((await before.flush(ep.url)).remaining).toBe(1);

    ep.mode = 'up';
    const after = new ReportQueue({ store, send }); // "browser restarted": fresh instance, same storage
    expect((await after.status()).pending).toBe(1);
    expect(await after.flush(ep.url, { force: true })).toMatchObject({ delivered: 1, remaining: 0 });
    expect(ep.received.map((x) => x.body)).toEqual([r]);
  });

  test('bounded: beyond maxItems the oldest reports are dropped and counted', async () => {
    const ep = await endpoint();
    const q = new ReportQueue({ store: memoryStore(), send, maxItems: 5 });
    const reports = Array.from({ length: 8 }, (_, i) => report(`https://bound${i}.test/`));
    for (const r of reports) await q.enqueue(r);
    expect(await q.status()).toMatchObject({ pending: 5, dropped: 3 });
    await q.flush(ep.url);
    expect(ep.received.map((x) => x.body)).toEqual(reports.slice(3));
  });

  test('a report the endpoint refuses (4xx) is dropped so it cannot block the others', async () => {
    const ep = await endpoint();
    ep.mode = 'reject';
    const q = new ReportQueue({ store: memoryStore(), send });
    await q.enqueue(report('https://refused.test/'));
    expect(await q.flush(ep.url)).toMatchObject({ delivered: 0, remaining: 0 });
    expect(await q.status()).toMatchObject({ dropped: 1, lastError: { reason: 'HTTP 400' } });
    ep.mode = 'up';
    await q.enqueue(report('https://next.test/'));
    expect(await q.flush(ep.url)).toMatchObject({ delivered: 1, remaining: 0 });
  });

  test('a hanging endpoint times out and is retried later', async () => {
    const ep = await endpoint();
    ep.mode = 'hang';
    const q = new ReportQueue({ store: memoryStore(), send: (u, r) => postReport(u, r, 300) });
    await q.enqueue(report('https://hang.test/'));
    const res = await q.flush(ep.url);
    expect(res).toMatchObject({ delivered: 0, remaining: 1 });
    expect((await q.status()).lastError?.reason).toBe('timeout');
  });

  test('reports enqueued while a flush is running are kept', async () => {
    const ep = await endpoint();
    const q = new ReportQueue({ store: memoryStore(), send });
    for (let i = 0; i < 5; i++) await q.enqueue(report(`https://first${i}.test/`));
    const flushing = q.flush(ep.url);
    const late = Array.from({ length: 5 }, (_, i) => report(`https://late${i}.test/`));
    await Promise.all(late.map((r) => q.enqueue(r)));
    await flushing;
    await q.flush(ep.url);
    expect(ep.received).toHaveLength(10);
    expect(new Set(ep.received.map((x) => (x.body as Report).id)).size).toBe(10);
  });
});

describe('report queue logic', () => {
  test('backoff doubles from the base delay up to the cap, with at most 20% jitter', () => {
    const delays = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((a) => backoffDelay(a, 5_000, 3600_000, 0));
    expect(delays.slice(0, 5)).toEqual([5_000, 10_000, 20_000, 40_000, 80_000]);
    expect(delays.at(-1)).toBe(3600_000);
    for (let i = 1; i < delays.length; i++) expect(delays[i]).toBeGreaterThanOrEqual(delays[i - 1] ?? 0);
    expect(backoffDelay(1, 5_000, 3600_000, 1)).toBe(6_000);
    expect(backoffDelay(1000, 5_000, 3600_000, 0.5)).toBe(3960_000);
  });

  test('repeated failures push the next attempt out exponentially', async () => {
    const c = clock();
    const q = new ReportQueue({
      store: memoryStore(),
      send: async () => ({ ok: false, retry: true, reason: 'down' }),
      now: c.now,
      random: () => 0,
      baseDelayMs: 1_000,
      maxDelayMs: 8_000,
    });
    await q.enqueue(report('https://x.test/'));
    const waits: number[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await q.flush('http://127.0.0.1:9/');
      waits.push((res.nextAttemptAt ?? 0) - c.now());
      c.advance(res.nextAttemptAt! - c.now());
    }
    expect(waits).toEqual([1_000, 2_000, 4_000, 8_000, 8_000, 8_000]);
  });

  test('the same automatic detection is queued once per minute; user reports always', async () => {
    const c = clock();
    const q = new ReportQueue({ store: memoryStore(), send: async () => ({ ok: true }), now: c.now });
    expect((await q.enqueue(report('https://dup.test/'))).queued).toBe(true);
    expect((await q.enqueue(report('https://dup.test/'))).queued).toBe(false);
    expect((await q.enqueue(report('https://dup.test/', 'user'))).queued).toBe(true);
    c.advance(61_000);
    expect((await q.enqueue(report('https://dup.test/'))).queued).toBe(true);
  });

  test('reports older than maxAge are dropped undelivered', async () => {
    const c = clock();
    const q = new ReportQueue({
      store: memoryStore(),
      send: async () => ({ ok: true }),
      now: c.now,
      maxAgeMs: 1_000,
    });
    await q.enqueue(report('https://old.test/'));
    c.advance(2_000);
    expect(await q.status()).toMatchObject({ pending: 0, dropped: 1 });
  });

  test('corrupt or hostile storage is read as an empty queue, keeping valid items', () => {
    for (const raw of [undefined, null, 'x', 42, [], { items: 'no' }, { items: [{ report: { id: 1 } }] }]) {
      expect(parseQueueState(raw).items).toEqual([]);
    }
    const good = { report: report('https://keep.test/'), enqueuedAt: 5 };
    expect(parseQueueState({ items: [good, { bad: true }], attempts: -3 })).toMatchObject({
      items: [good],
      attempts: 0,
    });
  });

  test('a store that throws on load does not break enqueue', async () => {
    let saved: unknown;
    const q = new ReportQueue({
      store: {
        load: () => Promise.reject(new Error('storage broken')),
        save: async (s) => {
          saved = s;
        },
      },
      send: async () => ({ ok: true }),
    });
    await q.enqueue(report('https://x.test/'));
    expect(parseQueueState(saved).items).toHaveLength(1);
  });
});
