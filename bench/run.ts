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
