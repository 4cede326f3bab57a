import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bundledList } from '../../lib/lists/bundled';
import type { PublicKeyInfo } from '../../lib/lists/crypto';
import { fetchList } from '../../lib/lists/fetch-list';
import { trustedKeys } from '../../lib/lists/keys';
import { mergeWithBundled } from '../../lib/lists/merge';
import {
  clampInterval,
  loadActiveList,
  nextCheckTime,
  readStatus,
  reschedule,
  runCheck,
  shouldCheck,
  STORAGE_REMOTE,
  STORAGE_STATUS,
  type StoredStatus,
} from '../../lib/lists/refresh';
import type { ListData } from '../../lib/lists/schema';
import { listWith, localServer, MemoryStore, signed, throwawayKey } from './helpers';

const MIN = 60_000;
let key: Awaited<ReturnType<typeof throwawayKey>>;
let keys: PublicKeyInfo[];
let server: Awaited<ReturnType<typeof localServer>>;

beforeAll(async () => {
  key = await throwawayKey();
  keys = (await trustedKeys([key.publicKey.spki])).keys;
  server = await localServer();
});
afterAll(async () => server.close());

describe('startup: what is in storage', () => {
  test('empty or corrupt storage → the bundled list', async () => {
    const good = await signed(listWith(5, ['x.example']), key);
    const corrupt: unknown[] = [
      undefined,
      null,
      'garbage',
      42,
      [],
      { text: 12 },
      { text: '{not json', url: 'https://l.example/' },
      { text: good.slice(0, -40), url: 'https://l.example/' },
      { text: good.replace('"x.example"', '"y.example"'), url: 'https://l.example/' },
      { text: await signed(listWith(5, ['x.example']), await throwawayKey()), url: 'https://l.example/' },
      // older than (or as old as) the bundled list: an extension update shipped something newer
      { text: await signed(listWith(0, ['x.example']), key), url: 'https://l.example/' },
      { text: await signed(listWith(-3, ['x.example']), key), url: 'https://l.example/' },
    ];
    for (const value of corrupt) {
      const storage = new MemoryStore();
      if (value !== undefined) storage.put(STORAGE_REMOTE, value);
      storage.put(STORAGE_STATUS, { lastCheck: 'yesterday' });
      const active = await loadActiveList({ storage, bundled: bundledList }, keys);
      expect(active.source, JSON.stringify(value)?.slice(0, 80)).toBe('bundled');
      expect(active.list).toBe(bundledList);
      expect(await readStatus(storage)).toEqual({
        lastCheck: null,
        lastSuccess: null,
        failures: 0,
        nextCheck: null,
      });
    }
  });

  test('a storage that throws → the bundled list', async () => {
    const storage = {
      get: async () => {
        throw new Error('disk');
      },
      set: async () => {},
    };
    expect((await loadActiveList({ storage, bundled: bundledList }, keys)).source).toBe('bundled');
  });

  test('a stored list that verifies → used, merged with the bundled list', async () => {
    const storage = new MemoryStore();
    storage.put(STORAGE_REMOTE, { text: await signed(listWith(5, ['x.example']), key), url: 'u' });
    const active = await loadActiveList({ storage, bundled: bundledList }, keys);
    expect(active.source).toBe('remote');
    expect(active.own.version).toBe(bundledList.version + 5);
    // a key the policy no longer names: the stored list no longer counts
    const pinnedOnly = (await trustedKeys()).keys;
    expect((await loadActiveList({ storage, bundled: bundledList }, pinnedOnly)).source).toBe('bundled');
  });
});

describe('storage trouble during a check', () => {
  test('a full storage (quota) keeps the list in force and records an internal error', async () => {
    const storage = new MemoryStore();
    const full = Object.assign(Object.create(storage) as MemoryStore, {
      set: async (k: string, v: unknown) => {
        if (k === STORAGE_REMOTE) throw new Error('QUOTA_BYTES quota exceeded');
        return storage.set(k, v);
      },
    });
    server.handle(async (_q, res) => res.end(await signed(listWith(3, ['q.example']), key)));
    const active = await loadActiveList({ storage: full, bundled: bundledList }, keys);
    const deps = {
      fetch: globalThis.fetch,
      now: () => Date.now(),
      random: () => 0,
      storage: full,
      bundled: bundledList,
    };
    const r = await runCheck(deps, { url: server.url(), intervalMinutes: 360, keys }, active, 'manual');
    expect(r.outcome).toBe('failed');
    expect(r.active).toBe(active);
    expect(r.status.lastError).toMatchObject({ reason: 'internal' });
    expect((await readStatus(storage)).lastError?.detail).toMatch(/quota/);
  });
});

describe('never fail open', () => {
  test('a remote list that drops entries still blocks everything the bundled list blocks', () => {
    const remote: ListData = {
      ...listWith(9, ['new.example']),
      blocked: [{ host: 'new.example', subdomains: true, source: 'r' }],
      brands: [{ ...bundledList.brands[0]!, domains: ['coupang.com'], hosts: [], hangul: [] }],
    };
    const merged = mergeWithBundled(remote, bundledList);
    const key = (e: { host: string; path?: string | undefined }) => `${e.host}${e.path ?? ''}`;
    const hosts = new Set(merged.blocked.map(key));
    for (const b of bundledList.blocked) expect(hosts).toContain(key(b));
    expect(hosts).toContain('new.example');
    for (const b of bundledList.brands) {
      const m = merged.brands.find((x) => x.id === b.id)!;
      for (const d of b.domains) expect(m.domains).toContain(d);
      for (const h of b.hosts) expect(m.hosts).toContain(h);
      for (const h of b.hangul) expect(m.hangul).toContain(h);
    }
    expect(merged.version).toBe(remote.version);
    expect(merged.blocked.length).toBe(bundledList.blocked.length + 1);
  });
});

describe('schedule', () => {
  const status = (s: Partial<StoredStatus>): StoredStatus => ({
    lastCheck: null,
    lastSuccess: null,
    failures: 0,
    nextCheck: null,
    ...s,
  });
  const now = Date.parse('2026-11-27T12:00:00Z');

  test('install and manual always check; startup and alarms respect 15 minutes and backoff', () => {
    const recent = status({ lastCheck: now - 5 * MIN, nextCheck: now + 6 * 60 * MIN });
    expect(shouldCheck('install', recent, now)).toBe(true);
    expect(shouldCheck('manual', recent, now)).toBe(true);
    expect(shouldCheck('startup', recent, now)).toBe(false);
    expect(shouldCheck('alarm', recent, now)).toBe(false);
    expect(shouldCheck('startup', status({ lastCheck: now - 20 * MIN, nextCheck: now + MIN }), now)).toBe(
      true,
    );
    expect(shouldCheck('startup', status({}), now)).toBe(true);
    const backingOff = status({ lastCheck: now - 20 * MIN, failures: 3, nextCheck: now + 40 * MIN });
    expect(shouldCheck('startup', backingOff, now)).toBe(false);
    expect(shouldCheck('alarm', backingOff, now + 40 * MIN)).toBe(true);
  });

  test('6 h ± 10 % after success; 15, 30, 60 … minutes after failures, capped by the interval', () => {
    for (const r of [0, 0.5, 0.999]) {
      const t = nextCheckTime(now, 0, 360, r) - now;
      expect(t).toBeGreaterThanOrEqual(0.9 * 360 * MIN);
      expect(t).toBeLessThanOrEqual(1.1 * 360 * MIN);
    }
    const gaps = [1, 2, 3, 4, 5, 6, 7, 12].map((f) => (nextCheckTime(now, f, 360, 0) - now) / MIN);
    expect(gaps).toEqual([15, 30, 60, 120, 240, 360, 360, 360]);
    // an interval below the floor is raised to 15 minutes
    expect(clampInterval(1)).toBe(15);
    expect(clampInterval(NaN)).toBe(60);
    expect(nextCheckTime(now, 0, 1, 0) - now).toBeGreaterThanOrEqual(15 * MIN);
  });

  test('a new interval moves the next regular check', () => {
    const s = status({ lastCheck: now - 60 * MIN, nextCheck: now + 300 * MIN });
    expect(reschedule(s, now, 120).nextCheck).toBe(now + 60 * MIN);
    expect(reschedule(s, now, 15).nextCheck).toBe(now + MIN);
    const failing = status({ lastCheck: now, failures: 2, nextCheck: now + 30 * MIN });
    expect(reschedule(failing, now, 120)).toBe(failing);
  });

  test('no URL configured → no fetch, no error', async () => {
    const storage = new MemoryStore();
    const active = await loadActiveList({ storage, bundled: bundledList }, keys);
    const r = await runCheck(
      {
        fetch: () => Promise.reject(new Error('must not fetch')),
        now: () => now,
        random: () => 0,
        storage,
        bundled: bundledList,
      },
      { url: '', intervalMinutes: 360, keys },
      active,
      'manual',
    );
    expect(r.outcome).toBe('skipped');
    expect(r.status.lastError).toBeUndefined();
  });
});

describe('fetchList', () => {
  const opts = { fetch: globalThis.fetch, timeoutMs: 2_000, maxBytes: 1_000, maxRedirects: 2 };

  test('follows a short redirect chain but not a long one', async () => {
    server.handle((req, res) => {
      const n = Number(req.url?.slice(1).split('.')[0]);
      if (n > 0) res.writeHead(301, { location: `/${n - 1}.json` });
      else res.writeHead(200, { 'content-type': 'application/json' });
      res.end(n > 0 ? '' : '{"ok":true}');
    });
    expect(await fetchList(server.url('/2.json'), opts)).toMatchObject({ kind: 'ok', text: '{"ok":true}' });
    expect(await fetchList(server.url('/3.json'), opts)).toMatchObject({
      kind: 'error',
      reason: 'redirect-limit',
    });
  });

  test('refuses non-http URLs and redirects to them', async () => {
    expect(await fetchList('file:///etc/passwd', opts)).toMatchObject({ kind: 'error', reason: 'bad-url' });
    expect(await fetchList('not a url', opts)).toMatchObject({ kind: 'error', reason: 'bad-url' });
    server.handle((_q, res) => {
      res.writeHead(302, { location: 'file:///etc/passwd' });
      res.end();
    });
    expect(await fetchList(server.url(), opts)).toMatchObject({ kind: 'error', reason: 'bad-url' });
  });

  test('a 304 without a conditional request is an error; invalid UTF-8 is not JSON', async () => {
    server.handle((_q, res) => {
      res.writeHead(304);
      res.end();
    });
    expect(await fetchList(server.url(), opts)).toMatchObject({ kind: 'error', reason: 'http-status' });
    server.handle((_q, res) => {
      res.writeHead(200);
      res.end(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    });
    expect(await fetchList(server.url(), opts)).toMatchObject({ kind: 'error', reason: 'not-json' });
  });

  test('a closed port is a network error; no cookies are sent', async () => {
    const dead = await localServer();
    const url = dead.url();
    await dead.close();
    expect(await fetchList(url, opts)).toMatchObject({ kind: 'error', reason: 'network' });
    server.handle((_q, res) => res.end('{}'));
    await fetchList(server.url(), opts);
    expect(server.requests.at(-1)?.headers.cookie).toBeUndefined();
    expect(server.requests.at(-1)?.headers['if-none-match']).toBeUndefined();
  });
});
