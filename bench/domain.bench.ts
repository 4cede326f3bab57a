/**
 * Domain guard throughput against eth-phishing-detect (MetaMask's matcher) on the same hosts, in one process,
 * rounds interleaved (ABBA...), no result cache on either side.
 *   npm run bench -- --only domain [--hosts N] [--rounds R] [--lookalikes SHARE]
 * (env BENCH_HOSTS, BENCH_ROUNDS, BENCH_LOOKALIKES work too). Defaults: 1,000,000 hosts, 3 rounds, 1% look-alikes
 * (already far more than real browsing sees; a look-alike costs a few microseconds, as it has to be explained).
 * Throughput is counted in CPU time of this process, so other jobs on the machine disturb the ratio less.
 * The hosts are judged as flat strings, the form a host has when it reaches the engine (the URL parser's hostname, a
 * browser API's URL); `--cons` (env BENCH_CONS=1) judges them as the generator's concatenations left them (V8 cons
 * strings of `subdomain + domain`: every character read goes through the cons first, which cost `classify` about a
 * fifth of its time and eth-phishing-detect a twentieth; docs/performance.md, "The domain bench's host strings").
 */
import { createRequire } from 'node:module';
import { bundledList } from '../lib/lists/bundled';
import { classify, compileLists } from '../lib/domain/index';
import { makeHosts } from './domain-hosts';

const require = createRequire(import.meta.url);
const PhishingDetector = require('eth-phishing-detect/src/detector') as new (configs: unknown[]) => {
  check(domain: string): { result: boolean };
};

function arg(name: string, env: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const raw = i >= 0 ? process.argv[i + 1] : process.env[env];
  const n = Number(raw ?? fallback);
  return Number.isFinite(n) && n >= 0 ? n : fallback;
}

const count = Math.max(1, Math.floor(arg('--hosts', 'BENCH_HOSTS', 1_000_000)));
const rounds = Math.max(1, Math.floor(arg('--rounds', 'BENCH_ROUNDS', 3)));
const share = Math.min(1, arg('--lookalikes', 'BENCH_LOOKALIKES', 0.01));

const cons = process.argv.includes('--cons') || process.env.BENCH_CONS === '1';

/** `s` as one flat string (a copy through UTF-8; kept as it is should the copy ever differ). */
function flat(s: string): string {
  const copy = Buffer.from(s, 'utf8').toString('utf8');
  return copy === s ? copy : s;
}

const t0 = performance.now();
const made = makeHosts(count, share);
const { lookalikes } = made;
const hosts = cons ? made.hosts : made.hosts.map(flat);
const unique = new Set(hosts).size;
const compiled = compileLists(bundledList);
const officialDomains = bundledList.brands.flatMap((b) => [...b.domains, ...b.hosts]);
const eth = new PhishingDetector([
  {
    name: 'coupang',
    version: 1,
    allowlist: officialDomains,
    fuzzylist: ['coupang.com', 'coupangeats.com', 'coupangplay.com'],
    // tolerance: eth-phishing-detect's default
  },
]);
console.log(
  `hosts: ${count.toLocaleString('en')} (${unique.toLocaleString('en')} unique, ${lookalikes.toLocaleString('en')} look-alikes), ` +
    `${cons ? 'cons strings' : 'flat strings'}, prepared in ${((performance.now() - t0) / 1000).toFixed(1)} s; ` +
    `${rounds} rounds`,
);

function runClassify(from: number, to: number): number {
  let flagged = 0;
  for (let i = from; i < to; i++) {
    const v = classify(hosts[i]!, compiled).verdict;
    if (v === 'lookalike' || v === 'blocked') flagged++;
  }
  return flagged;
}

function runEth(from: number, to: number): number {
  let flagged = 0;
  for (let i = from; i < to; i++) if (eth.check(hosts[i]!).result) flagged++;
  return flagged;
}

// Warm-up, untimed: JIT for both, and one pass over all hosts so that promoting the freshly made host strings to
// the old generation (a one-off garbage-collector cost) does not land in the first timed round.
runClassify(0, hosts.length);
runEth(0, Math.min(hosts.length, 50_000));

// Each round judges every host with both engines, chunk by chunk, alternating which goes first, so that both see
// the same machine load.
const CHUNK = 20_000;
const total = { classify: 0, eth: 0 };
const flagged = { classify: 0, eth: 0 };
for (let r = 0; r < rounds; r++) {
  const round = { classify: 0, eth: 0 };
  flagged.classify = flagged.eth = 0;
  for (let from = 0, c = 0; from < count; from += CHUNK, c++) {
    const to = Math.min(count, from + CHUNK);
    for (const which of (r + c) % 2 === 0 ? (['classify', 'eth'] as const) : (['eth', 'classify'] as const)) {
      const t = process.cpuUsage();
      flagged[which] += which === 'classify' ? runClassify(from, to) : runEth(from, to);
      const d = process.cpuUsage(t);
      round[which] += (d.user + d.system) / 1000;
    }
  }
  total.classify += round.classify;
  total.eth += round.eth;
  const rate = (ms: number) => ((count / ms) * 1000).toFixed(0).padStart(9);
  console.log(
    `  round ${r + 1}: classify ${rate(round.classify)} hosts/s, eth-phishing-detect ${rate(round.eth)} hosts/s, ` +
      `ratio ${(round.eth / round.classify).toFixed(2)}x`,
  );
}
const rate = (ms: number) => (count * rounds * 1000) / ms;
const ours = rate(total.classify);
const theirs = rate(total.eth);
console.log(
  `classify             ${ours.toFixed(0).padStart(9)} hosts/s  (flagged ${flagged.classify.toLocaleString('en')})`,
);
console.log(
  `eth-phishing-detect  ${theirs.toFixed(0).padStart(9)} hosts/s  (flagged ${flagged.eth.toLocaleString('en')})`,
);
console.log(`ratio                ${(ours / theirs).toFixed(2)}x  (target >= 5x)`);
