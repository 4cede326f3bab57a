/**
 * Feed ingest on a generated 1,000,000-line URLhaus CSV: `npm run lists:ingest` in its own process against a
 * baseline measured in the same run on the same file (a process that only streams, decodes and splits the CSV
 * lines, the least any ingest must do), rounds interleaved. Prints lines/s, the ratio and the peak memory.
 *   npm run bench -- --only ingest [--lines N] [--rounds R]
 * The feed: random hosts on many TLDs, 1% Coupang look-alikes, 0.5% Coupang paths on other hosts, 0.1%
 * Coupang's own hosts; URLs repeat like a real dump's.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const n = Number(i >= 0 ? process.argv[i + 1] : fallback);
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : fallback;
}
const lines = arg('--lines', 1_000_000);
const rounds = arg('--rounds', 2);
const root = fileURLToPath(new URL('..', import.meta.url));

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function makeFeed(path: string): Promise<void> {
  const rand = prng(20_261_202);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rand() * a.length)]!;
  const word = (n: number) =>
    Array.from({ length: n }, () => 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(rand() * 36)]).join('');
  const tlds = [
    'com',
    'net',
    'org',
    'top',
    'xyz',
    'shop',
    'kr',
    'co.kr',
    'ru',
    'cn',
    'info',
    'site',
    'online',
  ];
  const out = createWriteStream(path);
  out.write('# abuse.ch URLhaus Database Dump (CSV), generated for the benchmark\n');
  out.write('# id,dateadded,url,url_status,last_online,threat,tags,urlhaus_link,reporter\n');
  for (let i = 0; i < lines; i++) {
    const r = rand();
    const url =
      r < 0.01
        ? `http://${pick(['coupang', 'coupamg', 'c0upang', 'coupang-refund', 'coupangpay-event'])}-${word(4)}.${pick(tlds)}/login`
        : r < 0.015
          ? `http://${word(8)}.${pick(tlds)}/wp-content/${pick(['coupang', '쿠팡'])}/index.php`
          : r < 0.016
            ? `https://www.coupang.com/vp/products/${i}`
            : `http://${rand() < 0.3 ? `${word(5)}.` : ''}${word(6 + Math.floor(rand() * 8))}.${pick(tlds)}/${word(6)}/${word(4)}.${pick(['exe', 'apk', 'sh', 'php', 'bin'])}`;
    const day = String(1 + Math.floor(rand() * 28)).padStart(2, '0');
    const online = rand() < 0.5;
    const line = `"${i}","2026-11-${day} 10:00:00","${url}","${online ? 'online' : 'offline'}","2026-11-${day} 12:00:00","malware_download","${pick(['elf,mips', 'apk', 'exe', 'Mozi'])}","https://urlhaus.abuse.ch/url/${i}/","bench"\n`;
    if (!out.write(line)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((r) => out.end(r));
}

const BASELINE = `
import { createReadStream } from 'node:fs';
import { csvFields } from './lib/ingest/feeds.ts';
let n = 0, rest = '';
const d = new TextDecoder('utf-8');
for await (const c of createReadStream(process.argv[1], { highWaterMark: 1 << 20 })) {
  const parts = (rest + d.decode(c, { stream: true })).split('\\n');
  rest = parts.pop();
  for (const p of parts) if (!p.startsWith('#')) n += csvFields(p).length;
}
console.log(n, process.resourceUsage().maxRSS * 1024);
`;

function run(args: string[]): { secs: number; out: string } {
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', ...args], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr || r.stdout);
  return { secs: (performance.now() - t) / 1000, out: r.stdout };
}

const dir = mkdtempSync(join(tmpdir(), 'ingest-bench-'));
const feed = join(dir, 'urlhaus-1m.csv');
await makeFeed(feed);
console.log(`feed                 ${lines.toLocaleString('en')} lines (URLhaus CSV), ${dir}`);
const ours: number[] = [];
const base: number[] = [];
let rss = 0;
let baseRss = 0;
let summary = '';
for (let i = 0; i < rounds; i++) {
  const b = run(['--input-type=module', '-e', BASELINE, feed]);
  base.push(b.secs);
  baseRss = Math.max(baseRss, Number(b.out.trim().split(' ')[1]));
  const o = run(['scripts/lists-ingest.ts', '--out', join(dir, 'out'), '--today', '2026-12-02', feed]);
  ours.push(o.secs);
  rss = Math.max(rss, Number(/peak RSS (\d+) MiB/.exec(o.out)?.[1] ?? 0));
  summary = o.out.trim().split('\n').slice(-3).join('\n                     ');
}
const best = (a: number[]) => Math.min(...a);
console.log(
  `ingest               ${best(ours).toFixed(2)} s  (${Math.round(lines / best(ours)).toLocaleString('en')} lines/s, process start included), peak RSS ${rss} MiB`,
);
console.log(
  `baseline (read+CSV)  ${best(base).toFixed(2)} s  (${Math.round(lines / best(base)).toLocaleString('en')} lines/s), peak RSS ${Math.round(baseRss / 2 ** 20)} MiB`,
);
console.log(`ratio                ${(best(ours) / best(base)).toFixed(2)}x the baseline's time`);
console.log(`ingest said         ${summary}`);
rmSync(dir, { recursive: true, force: true });
