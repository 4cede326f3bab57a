// The refresh state machine against a real local HTTP server, with real fetch: a good list, every kind of
// bad answer, then a good list again. After each bad answer the guard still blocks what the last good list
// blocks, and the status names the failure.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { classify } from '../../lib/domain';
import { bundledList } from '../../lib/lists/bundled';
import type { PublicKeyInfo } from '../../lib/lists/crypto';
import { trustedKeys } from '../../lib/lists/keys';
import {
  loadActiveList,
  listStatus,
  runCheck,
  STORAGE_REMOTE,
  type ActiveList,
  type RefreshConfig,
  type RefreshDeps,
} from '../../lib/lists/refresh';
import type { ListErrorReason } from '../../lib/lists/status';
import { listWith, localServer, MemoryStore, signed, throwawayKey } from './helpers';

const NEWER_ONLY = 'parcel-redelivery-notice.example';
const NEWEST_ONLY = 'refund-desk-7731.example';
const TIMEOUT_MS = 400;
const MAX_BYTES = 64 * 1024;

let server: Awaited<ReturnType<typeof localServer>>;
let keys: PublicKeyInfo[];
let trusted: Awaited<ReturnType<typeof throwawayKey>>;
let stranger: Awaited<ReturnType<typeof throwawayKey>>;
const storage = new MemoryStore();
let clock = Date.now();
let active: ActiveList;

const deps = (): RefreshDeps => ({
  fetch: globalThis.fetch,
  now: () => clock,
  random: () => 0.5,
  storage,
  bundled: bundledList,
  timeoutMs: TIMEOUT_MS,
  maxBytes: MAX_BYTES,
  maxRedirects: 3,
});
const config = (): RefreshConfig => ({ url: server.url(), intervalMinutes: 360, keys });

function serveText(body: string, type = 'application/json', headers: Record<string, string> = {}) {
  server.handle((_req, res) => {
    res.writeHead(200, { 'content-type': type, 'content-length': Buffer.byteLength(body), ...headers });
    res.end(body);
  });
}

const verdictOf = (host: string) => classify(`https://${host}/`, active.list).verdict;

beforeAll(async () => {
  server = await localServer();
  trusted = await throwawayKey();
  stranger = await throwawayKey();
  keys = (await trustedKeys([trusted.publicKey.spki])).keys;
  active = await loadActiveList(deps(), keys);
});
afterAll(async () => server.close());

describe('refresh: good → every kind of bad → good', () => {
  test('starts on the bundled list, which does not block the test hosts', () => {
    expect(active.source).toBe('bundled');
    expect(verdictOf(NEWER_ONLY)).not.toBe('blocked');
    expect(verdictOf(NEWEST_ONLY)).not.toBe('blocked');
    expect(verdictOf(bundledList.blocked[0]!.host)).toBe('blocked');
  });

  test('a good newer list is accepted', async () => {
    const text = await signed(listWith(10, [NEWER_ONLY]), trusted);
    serveText(text, 'application/json', { etag: '"v10"', 'last-modified': 'Fri, 27 Nov 2026 10:00:00 GMT' });
    clock += 60_000;
    const r = await runCheck(deps(), config(), active, 'install');
    expect(r.outcome).toBe('accepted');
    expect(r.changed).toBe(true);
    active = r.active;
    expect(active.source).toBe('remote');
    expect(active.own.version).toBe(bundledList.version + 10);
    expect(verdictOf(NEWER_ONLY)).toBe('blocked');
    expect(r.status.lastError).toBeUndefined();
    expect(r.status.lastSuccess).toBe(clock);
  });

  test('a conditional request that is answered 304 keeps the list and counts as success', async () => {
    server.handle((req, res) => {
      res.writeHead(req.headers['if-none-match'] === '"v10"' ? 304 : 500);
      res.end();
    });
    clock += 60_000;
    const r = await runCheck(deps(), config(), active, 'manual');
    expect(r.outcome).toBe('not-modified');
    expect(server.requests.at(-1)?.headers['if-modified-since']).toBe('Fri, 27 Nov 2026 10:00:00 GMT');
    expect(r.status.lastSuccess).toBe(clock);
  });

  const bad: [string, ListErrorReason, () => Promise<void> | void][] = [
    [
      'HTTP 500',
      'http-status',
      () =>
        server.handle((_q, res) => {
          res.writeHead(500, { 'content-type': 'text/plain' });
          res.end('oops');
        }),
    ],
    [
      'a response that hangs past the timeout',
      'timeout',
      () =>
        server.handle((_q, res) => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.write('{"format":');
          // never ends; the client gives up after TIMEOUT_MS
        }),
    ],
    [
      'a truncated body',
      'truncated',
      async () => {
        const text = await signed(listWith(20, [NEWEST_ONLY]), trusted);
        server.handle((_q, res) => {
          res.writeHead(200, {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(text),
          });
          res.write(text.slice(0, Math.floor(text.length / 2)), () => res.socket?.destroy());
        });
      },
    ],
    [
      'valid JSON with the wrong schema',
      'schema',
      () => serveText('{"blocked":["evil.example"],"version":99}'),
    ],
    [
      'a bad signature',
      'bad-signature',
      async () => {
        const text = await signed(listWith(20, [NEWEST_ONLY]), trusted);
        // one more blocked host smuggled into a validly signed file: the signature no longer matches
        serveText(text.replace(`"host":"${NEWEST_ONLY}"`, `"host":"${NEWEST_ONLY}x"`));
      },
    ],
    [
      'a signature by an unknown key',
      'unknown-key',
      async () => serveText(await signed(listWith(20, [NEWEST_ONLY]), stranger)),
    ],
    [
      'a validly signed older version (rollback)',
      'rollback',
      async () => serveText(await signed(listWith(5, []), trusted)),
    ],
    [
      'an expired list',
      'expired',
      async () =>
        serveText(
          await signed(
            listWith(20, [NEWEST_ONLY], { issued: clock - 40 * 864e5, expires: clock - 864e5 }),
            trusted,
          ),
        ),
    ],
    [
      'a body over the size cap (streamed, no length given)',
      'too-large',
      () =>
        server.handle((_q, res) => {
          res.writeHead(200, { 'content-type': 'application/json' });
          const chunk = ' '.repeat(16 * 1024);
          let sent = 0;
          const pump = () => {
            // keeps sending well past the cap unless the client aborts
            while (sent < 40 && res.write(chunk)) sent++;
            if (sent < 40 && !res.destroyed) res.once('drain', pump);
            else res.end();
          };
          pump();
        }),
    ],
    [
      'a body over the size cap (declared length)',
      'too-large',
      () => serveText(`{"pad":"${'x'.repeat(MAX_BYTES + 10)}"}`),
    ],
    [
      'an HTML page',
      'not-json',
      () => serveText('<!doctype html><html><body><h1>Welcome to nginx!</h1></body></html>', 'text/html'),
    ],
    ['an empty body', 'empty', () => serveText('')],
    [
      'a redirect loop',
      'redirect-limit',
      () =>
        server.handle((req, res) => {
          res.writeHead(302, { location: req.url === '/list.json' ? '/again.json' : '/list.json' });
          res.end();
        }),
    ],
  ];

  for (const [name, reason, setup] of bad) {
    test(`${name} → kept the last good list, status says "${reason}"`, async () => {
      await setup();
      clock += 60_000;
      const before = active;
      const started = Date.now();
      const r = await runCheck(deps(), config(), active, 'manual');
      expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + 5_000);
      expect(r.outcome).toBe('failed');
      expect(r.changed).toBe(false);
      expect(r.active).toBe(before);
      expect(r.status.lastError).toMatchObject({ reason, time: clock });
      expect(r.status.failures).toBeGreaterThan(0);
      expect(r.status.nextCheck).toBeGreaterThanOrEqual(clock + 15 * 60_000);
      active = r.active;
      // the guard still works on the last good list, and nothing from the bad answer leaked in
      expect(active.own.version).toBe(bundledList.version + 10);
      expect(verdictOf(NEWER_ONLY)).toBe('blocked');
      expect(verdictOf(NEWEST_ONLY)).not.toBe('blocked');
      const status = listStatus(active, r.status, server.url(), active.list.blocked.length);
      expect(status).toMatchObject({
        source: 'remote',
        version: bundledList.version + 10,
        lastError: { reason },
      });
      // a restart in between reads the same list back from storage
      const reloaded = await loadActiveList(deps(), keys);
      expect(reloaded.own.version).toBe(bundledList.version + 10);
    });
  }

  test('after that many failures the retries have backed off to the regular interval', async () => {
    serveText('');
    const before = (await runCheck(deps(), config(), active, 'manual')).status.failures;
    clock += 60_000;
    const r = await runCheck(deps(), config(), active, 'manual');
    expect(r.status.failures).toBe(before + 1);
    // 15 min · 2^(failures-1), capped at the 6 h interval, plus up to 20 % jitter
    expect(r.status.nextCheck! - clock).toBeGreaterThanOrEqual(360 * 60_000);
    expect(r.status.nextCheck! - clock).toBeLessThanOrEqual(360 * 60_000 * 1.2);
  });

  test('then a good list again is accepted', async () => {
    serveText(await signed(listWith(20, [NEWER_ONLY, NEWEST_ONLY]), trusted), 'application/json', {
      etag: '"v20"',
    });
    clock += 60_000;
    const r = await runCheck(deps(), config(), active, 'manual');
    expect(r.outcome).toBe('accepted');
    active = r.active;
    expect(active.own.version).toBe(bundledList.version + 20);
    expect(verdictOf(NEWEST_ONLY)).toBe('blocked');
    expect(verdictOf(NEWER_ONLY)).toBe('blocked');
    expect(r.status.failures).toBe(0);
    expect(r.status.lastSuccess).toBe(clock);
    // the stored copy is the exact signed file
    const stored = (await storage.get(STORAGE_REMOTE)) as { text: string; etag: string };
    expect(stored.etag).toBe('"v20"');
    expect((await loadActiveList(deps(), keys)).own.version).toBe(bundledList.version + 20);
  });
});
