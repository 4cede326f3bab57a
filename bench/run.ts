/**
 * `npm run bench [-- args]`: runs every bench/*.bench.ts, one after another, each in its own Node process (so one
 * benchmark's JIT and heap don't colour the next). Arguments are passed to every benchmark; `--only NAME` runs
 * NAME.bench.ts when there is one (so `--only page` is not also page-cost), else the files whose name contains NAME.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(`usage: npm run bench [-- options]

Runs every bench/*.bench.ts in its own Node process and prints ratios against a baseline measured in the
same run (never absolute timings to assert on).

  --only NAME         only the benchmarks whose file name contains NAME (domain, page)
  --help, -h          this help

domain.bench.ts (classify against eth-phishing-detect):
  --hosts N           hosts per round (default 1000000; env BENCH_HOSTS)
  --rounds N          interleaved rounds (default 3; env BENCH_ROUNDS)
  --lookalikes F      share of look-alike hosts, 0..1 (default 0.01; env BENCH_LOOKALIKES)
  --cons              judge the hosts as concatenated (cons) strings, as before domspeed4 (env BENCH_CONS=1)

page.bench.ts (page guard scan in Node + linkedom and in headless Chromium):
  --runs N            runs per page
  --no-browser        skip the headless Chromium part

page-cost.bench.ts, navigation.bench.ts, worker-start.bench.ts: real browsers (run them under the e2e lock);
  their options are in each file's header comment`);
  process.exit(0);
}
const only = args.indexOf('--only');
const filter = only >= 0 ? (args.splice(only, 2)[1] ?? '') : '';
const all = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort();
const exact = all.filter((f) => f === `${filter}.bench.ts`);
const files = exact.length > 0 ? exact : all.filter((f) => f.includes(filter));
if (files.length === 0) {
  console.error(`no bench/*.bench.ts file matches "${filter}"`);
  process.exit(2);
}
let failed = 0;
for (const f of files) {
  console.log(`\n== ${f}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', dir + f, ...args], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
