/**
 * The background service worker's start-up in real Chromium (issue #16): what a browser start costs before the
 * first page can be judged.
 *   flock /tmp/cg-e2e.lock npm run bench -- --only worker-start [--rounds N] [--base DIR]
 * Configurations, launched one after another with a fresh profile, in a different order each round:
 *   empty - our build with an empty background.js (same manifest, rules, content scripts): the floor;
 *   ours  - .output/chrome-mv3 (`npm run build` first);
 *   base  - --base DIR: another build (DIR/chrome-mv3, e.g. main's), measured in the same rounds.
 * The copy's background.js is wrapped in two performance.now() marks. Per launch, 3 s after the worker appeared:
 *   first  - ms from the worker's time origin to the script's first statement (fetching and compiling it);
 *   top    - ms the script's top level took (module code and the synchronous setup of every concern);
 *   worker - CPU of the extension process (`--extension-process`, /proc utime+stime, 10 ms ticks), which runs
 *            the worker: its compile, top level and the asynchronous start (settings, lists, their compile);
 *   browser - CPU of every process of the browser.
 * Prints medians [interquartile range] and /proc/loadavg before and after. No assertion: figures only.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../test/e2e/harness/chromium';
import { chromeBuild } from '../test/e2e/harness/paths';
import { cmdline, findRootProcess, processCpuMs, processTree } from './lib/proc';
import { rotate, summarize } from './lib/stats';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const rounds = Number(arg('--rounds') ?? 5);
const base = arg('--base');
const configs = [
  { name: 'empty', dir: chromeBuild, empty: true },
  { name: 'ours', dir: chromeBuild, empty: false },
  ...(base ? [{ name: 'base', dir: join(resolve(base), 'chrome-mv3'), empty: false }] : []),
];
const METRICS = ['first', 'top', 'worker', 'browser'] as const;
const results = new Map<string, Record<(typeof METRICS)[number], number[]>>();
const loadBefore = readFileSync('/proc/loadavg', 'utf8').trim();
const started = Date.now();

for (let r = 0; r < rounds; r++) {
  for (const c of rotate(configs, r)) {
    const tmp = mkdtempSync(join(tmpdir(), 'cg-worker-start-'));
    const ext = join(tmp, 'ext');
    const profile = join(tmp, 'profile');
    try {
      cpSync(c.dir, ext, { recursive: true });
      const file = join(ext, 'background.js');
      const body = c.empty ? '' : readFileSync(file, 'utf8');
      writeFileSync(
        file,
        `globalThis.__cgT0=performance.now();\n${body}\n;globalThis.__cgT1=performance.now();\n`,
      );
      const context = await chromium.launchPersistentContext(profile, chromiumLaunchOptions('ko', ext));
      try {
        const worker =
          context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
        await new Promise((done) => setTimeout(done, 3000));
        const [t0, t1] = (await worker.evaluate('[globalThis.__cgT0, globalThis.__cgT1]')) as [
          number,
          number,
        ];
        const root = findRootProcess(profile);
        let workerCpu = 0;
        let browserCpu = 0;
        for (const pid of root ? processTree(root) : []) {
          const ms = processCpuMs(pid);
          if (!Number.isFinite(ms)) continue;
          browserCpu += ms;
          if (cmdline(pid).includes('--extension-process')) workerCpu += ms;
        }
        let row = results.get(c.name);
        if (!row) results.set(c.name, (row = { first: [], top: [], worker: [], browser: [] }));
        row.first.push(t0);
        row.top.push(t1 - t0);
        row.worker.push(workerCpu);
        row.browser.push(browserCpu);
      } finally {
        await context.close();
      }
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
}

const fmt = (xs: number[]) => {
  const s = summarize(xs);
  return `${s.median.toFixed(0)} [${s.q1.toFixed(0)}–${s.q3.toFixed(0)}]`.padEnd(18);
};
console.log(
  `worker start-up, Chromium, ${rounds} launch(es) per configuration; ms, median [IQR]\n` +
    `  ${'config'.padEnd(7)}${METRICS.map((m) => m.padEnd(18)).join('')}`,
);
for (const [name, row] of results)
  console.log(`  ${name.padEnd(7)}${METRICS.map((m) => fmt(row[m])).join('')}`);
console.log(
  `first = worker's time origin → first statement, top = top level, worker = extension process CPU 3 s after ` +
    `launch, browser = all processes' CPU; load average before ${loadBefore}, after ` +
    `${readFileSync('/proc/loadavg', 'utf8').trim()}; ${Math.round((Date.now() - started) / 1000)} s`,
);
