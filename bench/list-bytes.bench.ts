/**
 * Bytes a day per install for the list refresh: the real refresh state machine (lib/lists/refresh.ts, Node's
 * fetch) checks a list served with ETag / Last-Modified by a local HTTP server every hour for a simulated
 * day, and the server counts every byte on the wire both ways (request and response, headers included).
 *   npm run bench -- --only list-bytes [--changes N] [--extra-blocked N]
 * --changes: how many times a day a new list is published (default 1); --extra-blocked: entries added to
 * the bundled list's (default 500, a list after some months of feeds); --no-gzip: the server does not compress.
 * Plain HTTP: TLS adds roughly 5 kB per new connection (handshake) and ~30 bytes per record on top.
 */
import http from 'node:http';
import type { Socket } from 'node:net';
import { gzipSync } from 'node:zlib';
import { bundledList } from '../lib/lists/bundled';
import { generateKeyPair, importPrivateKey } from '../lib/lists/crypto';
import { signList } from '../lib/lists/envelope';
import { loadActiveList, runCheck, type KeyValueStore } from '../lib/lists/refresh';
import type { ListData } from '../lib/lists/schema';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const n = Number(i >= 0 ? process.argv[i + 1] : fallback);
  return Number.isFinite(n) && n >= 0 ? Math.floor(n) : fallback;
}
const changes = arg('--changes', 1);
const extra = arg('--extra-blocked', 500);
const gzip = !process.argv.includes('--no-gzip');
// the hours at which a new list is published (spread over the day)
const changeHours = new Set(
  Array.from({ length: changes }, (_, k) =>
    Math.min(23, Math.max(1, Math.round(((k + 0.5) * 24) / changes))),
  ),
);

const pair = await generateKeyPair();
const key = (await importPrivateKey(pair.privatePem))!;
/** Feed hosts are random-looking: a deterministic pseudo-random word per entry (compresses like real ones). */
const word = (seed: number, len: number): string => {
  let a = (seed * 2654435761) >>> 0;
  let out = '';
  for (let i = 0; i < len; i++) {
    a = (Math.imul(a ^ (a >>> 15), 2246822507) + 0x6d2b79f5) >>> 0;
    out += 'abcdefghijklmnopqrstuvwxyz0123456789'[a % 36];
  }
  return out;
};
const listAt = (n: number): ListData => ({
  ...bundledList,
  version: bundledList.version + 1000 + n,
  issued: new Date().toISOString(),
  expires: new Date(Date.now() + 14 * 864e5).toISOString(),
  blocked: [
    ...bundledList.blocked,
    ...Array.from({ length: extra + n }, (_, i) => ({
      host: `${word(i, 4 + (i % 9))}${i % 3 ? '-coupang' : ''}.${['com', 'top', 'xyz', 'shop', 'kr', 'net'][i % 6]}`,
      subdomains: true,
      source: 'urlhaus, phishing-database',
      firstSeen: '2026-11-01',
      lastSeen: '2026-12-02',
    })),
  ],
});

let body = await signList(listAt(0), key);
let etag = '"v0"';
let bytesIn = 0;
let bytesOut = 0;
const counted = new Set<Socket>();
const server = http.createServer((req, res) => {
  const headers = {
    etag,
    'last-modified': 'Wed, 02 Dec 2026 00:00:00 GMT',
    'cache-control': 'public, max-age=300, must-revalidate',
  };
  if (req.headers['if-none-match'] === etag) res.writeHead(304, headers).end();
  else if (gzip && /gzip/.test(String(req.headers['accept-encoding'])))
    // as GitHub Pages, CloudFront and nginx with gzip on do for JSON
    res
      .writeHead(200, {
        ...headers,
        'content-type': 'application/json; charset=utf-8',
        'content-encoding': 'gzip',
        vary: 'accept-encoding',
      })
      .end(gzipSync(body));
  else res.writeHead(200, { ...headers, 'content-type': 'application/json; charset=utf-8' }).end(body);
});
server.on('connection', (s) => {
  counted.add(s);
  s.on('close', () => {
    bytesIn += s.bytesRead;
    bytesOut += s.bytesWritten;
    counted.delete(s);
  });
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/coupang-guard-list.signed.json`;

const data = new Map<string, string>();
const storage: KeyValueStore = {
  get: async (k) => (data.has(k) ? JSON.parse(data.get(k)!) : undefined),
  set: async (k, v) => void data.set(k, JSON.stringify(v)),
};
const keys = [key.publicKey];
let clock = Date.now();
const deps = { fetch: globalThis.fetch, now: () => clock, random: () => 0.5, storage, bundled: bundledList };
let active = await loadActiveList(deps, keys);
const outcomes: Record<string, number> = {};
for (let hour = 0; hour < 24; hour++) {
  if (changeHours.has(hour)) {
    body = await signList(listAt(hour), key);
    etag = `"v${hour}"`;
  }
  const r = await runCheck(
    deps,
    { url, intervalMinutes: 60, keys },
    active,
    hour === 0 ? 'install' : 'alarm',
  );
  active = r.active;
  outcomes[r.outcome] = (outcomes[r.outcome] ?? 0) + 1;
  clock += 60 * 60_000;
}
await new Promise((r) => setTimeout(r, 50));
for (const s of counted) {
  bytesIn += s.bytesRead;
  bytesOut += s.bytesWritten;
  s.destroy();
}
server.close();
console.log(
  `list                 ${Buffer.byteLength(body).toLocaleString('en')} bytes, ${gzipSync(body).length.toLocaleString('en')} gzipped (${active.own.blocked.length} blocked entries)`,
);
console.log(`checks               24 (hourly): ${JSON.stringify(outcomes)}`);
console.log(
  `on the wire          ${bytesOut.toLocaleString('en')} bytes down, ${bytesIn.toLocaleString('en')} bytes up, ${(bytesIn + bytesOut).toLocaleString('en')} a day`,
);
