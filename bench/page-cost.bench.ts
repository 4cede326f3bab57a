/**
 * What the content script costs an ordinary page, in real browsers (issue 16).
 *   flock /tmp/cg-e2e.lock npm run bench -- --only page-cost [--rounds N] [--warm N] [--browsers chromium,firefox]
 *     [--settle MS] [--idle MS] [--build] [--profile] [--json] [--base DIR] [--variants]
 * Defaults: 2 rounds, 1 warm load, both browsers (135 s at load average 5 on 2 CPUs, more under heavier load);
 * for figures to publish use --rounds 5 or more.
 *
 * Three configurations in one run, interleaved round by round (each round starts with a different one):
 *   none  - the browser without extensions;
 *   empty - an extension whose only content script matches every page and does nothing (bench/lib/empty-extension);
 *   ours  - the built Coupang Guard (.output/chrome-mv3, .output/firefox-mv2; built first when missing, or with
 *           --build: the figures are only as fresh as .output).
 * Optional configurations, measured in the same rounds and compared with empty (and ours with each):
 *   base   - --base DIR: another build of Coupang Guard (DIR/chrome-mv3, DIR/firefox-mv2; e.g. main's), so a
 *            change is measured before and after in one run;
 *   start  - --variants: the empty extension declared like ours (document_start, every frame, about:blank and
 *            opaque-origin frames): what the declaration itself costs, separately from the script;
 *   dnr    - --variants: the empty extension with the declarativeNetRequest permission and no rules: the price
 *            of the permission alone (Chromium proxies every request on its main thread for such extensions);
 *   worker - --variants: our build without its page-guard content script (the worker, rules and listeners only):
 *            what the background costs a page load, separately from the content script.
 * Each round launches every configuration with a fresh profile (one browser at a time), then per page opens a
 * fresh tab and loads it once (cold: the first load of that site's renderer after browser start) and reloads it
 * --warm times by navigating the same tab to the same address again (warm). Pages, served from 127.0.0.1 under
 * test hostnames by the e2e harness's server: a small ordinary Korean page, a generated Korean shop page of about
 * 10,000 elements (neither mentions Coupang), and for contrast the fake Coupang login page of the fixtures.
 *
 * Per load, after the load event and --settle ms (default 500: document_idle content scripts have run by then):
 *   load     - the load event (PerformanceNavigationTiming.loadEventStart, ms from navigation start);
 *   renderer - CPU of the tab's renderer main thread. Chromium: CDP Performance.getMetrics ThreadTime for the tab
 *              (thread CPU time of the main thread that runs the page and its content scripts, counted from the
 *              document's commit). Firefox: the content process whose main thread gained the most CPU during the
 *              load (/proc/<pid>/task/<pid>/schedstat, ns resolution);
 *   script   - Chromium only: ScriptDuration + V8CompileDuration of the same metrics, in thread CPU time. The pages
 *              run no scripts of their own, so this is the content scripts' CPU (ours: the page guard; empty: ~0),
 *              as far as Chromium counts it: compiling and the script's synchronous tasks, not code that runs in
 *              promise continuations (the page guard's scan runs after awaiting the background's answer);
 *   sampled  - Chromium with --profile only: time in V8 CPU-profile samples (every 200 µs) whose stack holds a
 *              frame of an extension script, callees included: the content script's whole run, scan included.
 *              Sampling costs every configuration CPU, so take the other figures from a run without --profile;
 *   browser  - CPU of every process of the browser (/proc/<pid>/stat utime+stime, 10 ms ticks): renderer, browser
 *              process, GPU, network service and the extension's background together.
 * Output: per page and phase, medians per configuration and medians of paired ratios (sample i of one
 * configuration against sample i of another, same round and load) with their interquartile range, the number of
 * rounds, and /proc/loadavg before and after. No timed assertion. --json writes bench/results/page-cost.json.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { chromiumLaunchOptions } from '../test/e2e/harness/chromium';
import { firefoxLaunchOptions } from '../test/e2e/harness/firefox';
import { CHROME_EXTENSION_ID, chromeBuild, firefoxBuild, fixturesDir, root } from '../test/e2e/harness/paths';
import { poll } from '../test/e2e/harness/poll';
import { TestServer } from '../test/e2e/harness/server';
import { writeEmptyExtension } from './lib/empty-extension';
import { largePage, smallPage } from './lib/pages';
import { cmdline, cpuBetween, findRootProcess, mainThreadCpuMs, processTree, treeCpu } from './lib/proc';
import { sampledTimeUnder } from './lib/profile';
import { formatRatio, pairedDiffs, pairedRatios, rotate, summarize, type Summary } from './lib/stats';

type BrowserName = 'chromium' | 'firefox';
type Config = 'none' | 'empty' | 'ours' | 'base' | 'start' | 'dnr' | 'worker';
const BASE_CONFIGS: readonly Config[] = ['none', 'empty', 'ours'];
/** the optional configurations (--base, --variants), in the order they are printed */
const EXTRA_CONFIGS: readonly Config[] = ['base', 'start', 'dnr', 'worker'];
type Phase = 'cold' | 'warm';
const METRICS = ['load', 'renderer', 'script', 'sampled', 'browser'] as const;
type Metric = (typeof METRICS)[number];

interface Load {
  browser: BrowserName;
  config: Config;
  page: string;
  phase: Phase;
  round: number;
  /** 0 for the cold load, 1.. for the warm ones */
  index: number;
  load: number;
  renderer: number;
  script: number;
  sampled: number;
  browser_: number;
}

interface PageDef {
  id: string;
  host: string;
  html: string;
  label: string;
}

/** One launched browser in one configuration. */
interface Running {
  version: string;
  /** Opens a fresh tab; `load` then navigates it and measures. */
  newTab(): Promise<{
    load(url: string): Promise<Omit<Load, 'browser' | 'config' | 'page' | 'phase' | 'round' | 'index'>>;
    close(): Promise<void>;
  }>;
  close(): Promise<void>;
}

// ---- arguments

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
function argNumber(name: string, fallback: number): number {
  const n = Number(argValue(name) ?? fallback);
  return Number.isFinite(n) && n >= 0 ? Math.floor(n) : fallback;
}
const rounds = Math.max(1, argNumber('--rounds', 2));
const warm = argNumber('--warm', 1);
const settleMs = argNumber('--settle', 500);
// ms between the browser's start and its first load; the extension's worker does its start-up work (lists,
// policy, rules) meanwhile, which a first load right after start competes with for CPU
const idleMs = argValue('--idle') === undefined ? null : argNumber('--idle', 0);
const browsers = (argValue('--browsers') ?? 'chromium,firefox')
  .split(',')
  .map((s) => s.trim())
  .filter((s): s is BrowserName => s === 'chromium' || s === 'firefox');
const wantJson = process.argv.includes('--json');
const forceBuild = process.argv.includes('--build');
const profileScripts = process.argv.includes('--profile');
// absolute: Firefox installs an extension only from an absolute path
const baseDir = argValue('--base') === undefined ? undefined : resolve(argValue('--base')!);
const variants = process.argv.includes('--variants');
const extras = EXTRA_CONFIGS.filter((c) => (c === 'base' ? !!baseDir : variants));
const CONFIGS: readonly Config[] = [...BASE_CONFIGS, ...extras];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const loadavg = () => readFileSync('/proc/loadavg', 'utf8').trim().split(' ').slice(0, 3).join(' ');

// ---- pages

function pages(): PageDef[] {
  // The heavy page's 2,000 product images are lazy, as on real shops; the server answers them with 204.
  const heavy = largePage().replace(/<img src="\/img\//g, '<img loading="lazy" src="/img/');
  return [
    { id: 'small', host: 'small-blog.test', html: smallPage(), label: 'small page, no Coupang' },
    { id: 'heavy', host: 'heavy-shop.test', html: heavy, label: 'heavy Korean shop page (~10,000 elements)' },
    {
      id: 'login',
      // a host that is no look-alike, so the page itself (the content script's full scan and warning) is
      // measured rather than the domain guard's redirect to the warning page
      host: 'member-login.test',
      html: readFileSync(join(fixturesDir, 'pages/fake/f01-login-clone-ko.html'), 'utf8'),
      label: 'fake Coupang login page (contrast)',
    },
  ];
}

// ---- builds

function ensureBuilds(): void {
  const need = browsers.some(
    (b) => !existsSync(join(b === 'chromium' ? chromeBuild : firefoxBuild, 'manifest.json')),
  );
  if (forceBuild || need) {
    console.log('building the extension (npm run build) ...');
    const r = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('npm run build failed');
  }
  for (const b of browsers) {
    const m = join(b === 'chromium' ? chromeBuild : firefoxBuild, 'manifest.json');
    console.log(`${b}: ${m.replace(root + '/', '')} built ${statSync(m).mtime.toISOString()}`);
  }
}

/** A copy of a build whose manifest declares no page-guard content script (the `worker` configuration). */
function withoutPageGuard(build: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'cg-bench-worker-'));
  cpSync(build, dir, { recursive: true });
  const file = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { content_scripts?: Array<{ js?: string[] }> };
  manifest.content_scripts = (manifest.content_scripts ?? []).filter(
    (c) => !(c.js ?? []).some((f) => f.endsWith('/content.js')),
  );
  writeFileSync(file, JSON.stringify(manifest, null, 2));
  return dir;
}

// ---- Chromium

async function startChromiumConfig(extensionDir: string | null, ours: boolean): Promise<Running> {
  const profile = mkdtempSync(join(tmpdir(), 'cg-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, chromiumLaunchOptions('ko', extensionDir));
  const rootPid = findRootProcess(profile);
  if (ours)
    await poll(
      () =>
        context
          .serviceWorkers()
          .some((w) => w.url().startsWith(`chrome-extension://${CHROME_EXTENSION_ID}/`)),
      (up) => up,
      20_000,
      'the extension service worker',
    );
  await sleep(idleMs ?? 1000); // let start-up work (extension loading, first renderer) finish before the first load
  const version = context.browser()?.version() ?? 'Chromium';
  return {
    version: `Chromium ${version}`,
    async newTab() {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
      if (profileScripts) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      }
      return {
        async load(url) {
          const before = rootPid ? treeCpu(rootPid) : new Map<number, number>();
          if (profileScripts) await cdp.send('Profiler.start');
          await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
          await sleep(settleMs);
          const { metrics } = await cdp.send('Performance.getMetrics');
          // a cross-process navigation may lose the profile: then the figure is missing, not zero
          const sampled = profileScripts
            ? await cdp
                .send('Profiler.stop')
                .then(({ profile }) =>
                  profile.samples?.length ? sampledTimeUnder(profile, 'chrome-extension://') : NaN,
                )
                .catch(() => NaN)
            : NaN;
          const after = rootPid ? treeCpu(rootPid) : new Map<number, number>();
          const m = (name: string) => (metrics.find((x) => x.name === name)?.value ?? NaN) * 1000;
          return {
            load: await loadEvent((fn) => page.evaluate(fn)),
            renderer: m('ThreadTime'),
            script: m('ScriptDuration') + m('V8CompileDuration'),
            sampled,
            browser_: rootPid ? cpuBetween(before, after) : NaN,
          };
        },
        close: () => page.close(),
      };
    },
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

function loadEvent(evaluate: (fn: () => number) => Promise<number>): Promise<number> {
  return evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return nav && nav.loadEventStart > 0 ? nav.loadEventStart : NaN;
  }).catch(() => NaN);
}

// ---- Firefox

/** Main-thread CPU of each content process (Firefox's renderers: "-contentproc ... tab"). */
function contentProcesses(rootPid: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const p of processTree(rootPid)) {
    const cmd = cmdline(p);
    if (!cmd.includes('-contentproc') || !/\btab$/.test(cmd)) continue;
    const ms = mainThreadCpuMs(p);
    if (Number.isFinite(ms)) out.set(p, ms);
  }
  return out;
}

function busiest(before: Map<number, number>, after: Map<number, number>): number {
  let max = NaN;
  for (const [p, ms] of after) {
    const d = ms - (before.get(p) ?? 0);
    if (!(d <= max)) max = d;
  }
  return max;
}

async function startFirefoxConfig(extensionDir: string | null): Promise<Running> {
  const ff = await puppeteer.launch(firefoxLaunchOptions('ko'));
  const rootPid = ff.process()?.pid ?? null;
  if (extensionDir)
    // a failed install must not leave the browser running (the bench would never exit)
    await ff.installExtension(extensionDir).catch(async (err: unknown) => {
      await ff.close().catch(() => undefined);
      throw err;
    });
  await sleep(idleMs ?? 1500); // extension start-up (background page, content script registration)
  const version = await ff.version().catch(() => 'Firefox');
  return {
    version,
    async newTab() {
      const page = await ff.newPage();
      return {
        async load(url) {
          const before = rootPid ? treeCpu(rootPid) : new Map<number, number>();
          const cBefore = rootPid ? contentProcesses(rootPid) : new Map<number, number>();
          await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
          await sleep(settleMs);
          const cAfter = rootPid ? contentProcesses(rootPid) : new Map<number, number>();
          const after = rootPid ? treeCpu(rootPid) : new Map<number, number>();
          return {
            load: await loadEvent((fn) => page.evaluate(fn)),
            renderer: busiest(cBefore, cAfter),
            script: NaN,
            sampled: NaN,
            browser_: rootPid ? cpuBetween(before, after) : NaN,
          };
        },
        close: () => page.close().catch(() => undefined),
      };
    },
    async close() {
      await ff.close().catch(() => undefined);
    },
  };
}

// ---- run

function metricOf(l: Load, m: Metric): number {
  return m === 'browser' ? l.browser_ : l[m];
}

interface Row {
  browser: BrowserName;
  page: string;
  phase: Phase;
  metric: Metric;
  medians: Record<'none' | 'empty' | 'ours', Summary>;
  ratios: { oursEmpty: Summary; oursNone: Summary; emptyNone: Summary };
  /** ours - empty, ms, paired */
  extra: Summary;
  /** per optional configuration: its median, its ratio to empty, its difference to empty, ours against it */
  extras: Array<{ config: Config; median: Summary; toEmpty: Summary; minusEmpty: Summary; oursTo: Summary }>;
}

function summarizeAll(loads: Load[], defs: PageDef[]): Row[] {
  const rows: Row[] = [];
  for (const browser of browsers)
    for (const p of defs)
      for (const phase of ['cold', 'warm'] as const)
        for (const metric of METRICS) {
          const series = (c: Config) =>
            loads
              .filter((l) => l.browser === browser && l.page === p.id && l.phase === phase && l.config === c)
              .sort((a, b) => a.round - b.round || a.index - b.index)
              .map((l) => metricOf(l, metric));
          const s = { none: series('none'), empty: series('empty'), ours: series('ours') };
          if (s.ours.every((x) => !Number.isFinite(x))) continue;
          rows.push({
            browser,
            page: p.id,
            phase,
            metric,
            medians: { none: summarize(s.none), empty: summarize(s.empty), ours: summarize(s.ours) },
            ratios: {
              oursEmpty: summarize(pairedRatios(s.ours, s.empty)),
              oursNone: summarize(pairedRatios(s.ours, s.none)),
              emptyNone: summarize(pairedRatios(s.empty, s.none)),
            },
            extra: summarize(pairedDiffs(s.ours, s.empty)),
            extras: extras.map((c) => {
              const x = series(c);
              return {
                config: c,
                median: summarize(x),
                toEmpty: summarize(pairedRatios(x, s.empty)),
                minusEmpty: summarize(pairedDiffs(x, s.empty)),
                oursTo: summarize(pairedRatios(s.ours, x)),
              };
            }),
          });
        }
  return rows;
}

function print(rows: Row[], defs: PageDef[]): void {
  const ms = (s: Summary) => (Number.isFinite(s.median) ? s.median.toFixed(1).padStart(7) : '    n/a');
  const sign = (s: Summary) =>
    Number.isFinite(s.median)
      ? `${s.median >= 0 ? '+' : ''}${s.median.toFixed(1)} [${s.q1.toFixed(1)}, ${s.q3.toFixed(1)}]`
      : 'n/a';
  for (const browser of browsers)
    for (const p of defs)
      for (const phase of ['cold', 'warm'] as const) {
        const own = rows.filter((r) => r.browser === browser && r.page === p.id && r.phase === phase);
        if (own.length === 0) continue;
        console.log(
          `\n${browser} · ${p.label} · ${phase} (n = ${own[0]!.medians.ours.n} loads per configuration)`,
        );
        console.log(
          '  metric (ms)       none   empty    ours   ours/empty [IQR]     ours/none [IQR]      empty/none [IQR]     ours-empty ms [IQR]',
        );
        for (const r of own)
          console.log(
            `  ${r.metric.padEnd(10)} ${ms(r.medians.none)} ${ms(r.medians.empty)} ${ms(r.medians.ours)}   ` +
              `${formatRatio(r.ratios.oursEmpty).padEnd(20)} ${formatRatio(r.ratios.oursNone).padEnd(20)} ` +
              `${formatRatio(r.ratios.emptyNone).padEnd(20)} ${sign(r.extra)}`,
          );
        for (const c of extras)
          for (const r of own) {
            const x = r.extras.find((e) => e.config === c)!;
            console.log(
              `  ${`${r.metric} ${c}`.padEnd(17)} ${ms(x.median)}   ${c}/empty ${formatRatio(x.toEmpty).padEnd(20)} ` +
                `${c}-empty ms ${sign(x.minusEmpty).padEnd(22)} ours/${c} ${formatRatio(x.oursTo)}`,
            );
          }
      }
}

async function main(): Promise<void> {
  if (browsers.length === 0) throw new Error('--browsers: give chromium, firefox or both');
  const started = Date.now();
  ensureBuilds();
  const defs = pages();
  const server = new TestServer();
  for (const p of defs) {
    server.page(p.host, '/', p.html);
    // sub-resources (images, style sheets, favicon): empty answers, so the network does not dominate
    server.route(p.host, (_req, res) => void res.writeHead(204).end());
  }
  await server.start();
  const emptyDirs = { 3: writeEmptyExtension(3), 2: writeEmptyExtension(2) };
  const startDirs = variants
    ? { 3: writeEmptyExtension(3, 'document_start'), 2: writeEmptyExtension(2, 'document_start') }
    : null;
  const dnrDirs = variants
    ? {
        3: writeEmptyExtension(3, 'document_idle', ['declarativeNetRequest']),
        2: writeEmptyExtension(2, 'document_idle', ['declarativeNetRequest']),
      }
    : null;
  const workerDirs = variants
    ? { chromium: withoutPageGuard(chromeBuild), firefox: withoutPageGuard(firefoxBuild) }
    : null;
  const loadBefore = loadavg();
  console.log(
    `page cost: ${rounds} round(s), 1 cold + ${warm} warm load(s) per page, settle ${settleMs} ms; ` +
      `${cpus().length} CPUs, load average before ${loadBefore}`,
  );
  const loads: Load[] = [];
  const versions: Record<string, string> = {};
  try {
    for (const browser of browsers)
      for (let round = 0; round < rounds; round++)
        for (const config of rotate(CONFIGS, round)) {
          const mv = browser === 'chromium' ? 3 : 2;
          const ext =
            config === 'none'
              ? null
              : config === 'empty'
                ? emptyDirs[mv]
                : config === 'start'
                  ? startDirs![mv]
                  : config === 'dnr'
                    ? dnrDirs![mv]
                    : config === 'worker'
                      ? workerDirs![browser]
                      : config === 'base'
                        ? join(baseDir!, browser === 'chromium' ? 'chrome-mv3' : 'firefox-mv2')
                        : browser === 'chromium'
                          ? chromeBuild
                          : firefoxBuild;
          const t = Date.now();
          let running: Running;
          try {
            running =
              browser === 'chromium'
                ? await startChromiumConfig(
                    ext,
                    config === 'ours' || config === 'base' || config === 'worker',
                  )
                : await startFirefoxConfig(ext);
          } catch (err) {
            console.log(`  ${browser} ${config}: could not start: ${String(err).split('\n')[0]}`);
            // keep the series aligned for pairing: a load that could not happen is a missing value
            for (const p of defs)
              for (let index = 0; index <= warm; index++)
                loads.push({
                  browser,
                  config,
                  page: p.id,
                  phase: index === 0 ? 'cold' : 'warm',
                  round,
                  index,
                  load: NaN,
                  renderer: NaN,
                  script: NaN,
                  sampled: NaN,
                  browser_: NaN,
                });
            continue;
          }
          versions[browser] = running.version;
          try {
            for (const p of defs) {
              const tab = await running.newTab();
              const url = server.url(p.host);
              for (let index = 0; index <= warm; index++) {
                const base = {
                  browser,
                  config,
                  page: p.id,
                  phase: index === 0 ? 'cold' : 'warm',
                  round,
                  index,
                } as const;
                try {
                  loads.push({ ...base, ...(await tab.load(url)) });
                } catch (err) {
                  console.log(
                    `  ${browser} ${config} ${p.id} load ${index} failed: ${String(err).split('\n')[0]}`,
                  );
                  loads.push({ ...base, load: NaN, renderer: NaN, script: NaN, sampled: NaN, browser_: NaN });
                }
              }
              await tab.close();
            }
          } finally {
            await running.close();
          }
          console.log(
            `  ${browser} round ${round + 1}/${rounds} ${config.padEnd(5)} ${((Date.now() - t) / 1000).toFixed(1)} s`,
          );
        }
  } finally {
    await server.stop();
    for (const d of [
      ...Object.values(emptyDirs),
      ...Object.values(startDirs ?? {}),
      ...Object.values(dnrDirs ?? {}),
      ...Object.values(workerDirs ?? {}),
    ])
      rmSync(d, { recursive: true, force: true });
  }
  const loadAfter = loadavg();
  const rows = summarizeAll(loads, defs);
  print(rows, defs);
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `\n${Object.values(versions).join(', ')}; ${rounds} round(s); load average before ${loadBefore}, after ${loadAfter}; ` +
      `${seconds.toFixed(0)} s. Ratios are medians of paired ratios [interquartile range]; ` +
      `renderer = tab's main-thread CPU, script = content scripts' CPU (Chromium), browser = all processes' CPU.`,
  );
  if (wantJson) {
    const dir = join(root, 'bench/results');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'page-cost.json');
    writeFileSync(
      file,
      JSON.stringify(
        {
          date: new Date().toISOString(),
          machine: { cpus: cpus().length, loadavgBefore: loadBefore, loadavgAfter: loadAfter },
          versions,
          options: { rounds, warm, settleMs, browsers, base: baseDir ?? null, variants },
          seconds,
          summary: rows,
          loads: loads.map(({ browser_, ...l }) => ({ ...l, browserCpu: browser_ })),
        },
        null,
        2,
      ),
    );
    console.log(`wrote ${file.replace(root + '/', '')}`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
