/**
 * Look-alike address → warning page, in real Chromium with the built extension (`npm run build` first):
 *   after start  the look-alike is the first page of a browser restarted on a profile with the extension
 *   warm         a new tab while the service worker runs
 *   cold         a new tab right after the service worker was stopped (CDP ServiceWorker.stopAllWorkers)
 * For each round: milliseconds from the navigation's start to the warning page's address, and whether the fake
 * page committed (its inline script ran and beaconed) and painted (a beacon after two animation frames).
 * And what the early stop (entrypoints/content/early.ts) costs an honest page whose host passes the brand hint
 * but is judged fine (`kupang-travel.test`, a town's name): navigation → load event against an ordinary host,
 * warm worker, and how often the page's HTML was fetched and its script ran per visit.
 * Figures, never assertions: machines differ. `npm run bench -- --only navigation [--rounds N]`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromeBuild } from '../test/e2e/harness/paths';
import { TestServer } from '../test/e2e/harness/server';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
const argRounds = process.argv.indexOf('--rounds');
const ROUNDS = argRounds > 0 ? Number(process.argv[argRounds + 1]) : 5;
const LOOKALIKE = 'coupang-refund.test';

const FAKE = `<!doctype html><html><head><meta charset="utf-8"><title>쿠팡 로그인</title>
<script>
  const tag = new URLSearchParams(location.search).get('r');
  new Image().src = '/__ran?r=' + tag;
  requestAnimationFrame(() => requestAnimationFrame(() => { new Image().src = '/__paint?r=' + tag; }));
</script></head><body style="background:#fee"><h1>쿠팡 로그인</h1><form><input type="password"></form></body></html>`;

const HINTED = 'kupang-travel.test'; // passes lib/domain/hint.ts, judged unknown
const ORDINARY = 'daily-travel.test';
const HONEST = `<!doctype html><html><head><meta charset="utf-8"><title>여행</title>
<script>new Image().src = '/__ran?r=' + new URLSearchParams(location.search).get('r');</script></head>
<body><h1>여행 소식</h1><p>오늘의 여행지</p></body></html>`;

interface Visit {
  ms: number;
  fetched: number;
  ran: number;
}

async function visit(server: TestServer, page: Page, host: string): Promise<Visit> {
  const tag = `${Date.now()}-${seq++}`;
  const t0 = performance.now();
  await page.goto(server.url(host, `/?r=${tag}`), { waitUntil: 'load' });
  // a stopped page is loaded again: wait for the page's content, across that second navigation
  for (const end = t0 + 10_000; performance.now() < end;) {
    const done = await page
      .evaluate(() => document.readyState === 'complete' && document.querySelector('h1') !== null)
      .catch(() => false);
    if (done) break;
    await new Promise((r) => setTimeout(r, 5));
  }
  const ms = performance.now() - t0;
  await new Promise((r) => setTimeout(r, 200));
  const hits = server.requestsFor(host).filter((r) => r.path.includes(`r=${tag}`));
  return {
    ms,
    fetched: hits.filter((r) => !r.path.startsWith('/__ran')).length,
    ran: hits.filter((r) => r.path.startsWith('/__ran')).length,
  };
}

function reportVisits(name: string, visits: Visit[]): void {
  const ms = visits.map((v) => v.ms);
  const sum = (k: 'fetched' | 'ran') => visits.reduce((a, v) => a + v[k], 0);
  console.log(
    `${name.padEnd(24)} median ${median(ms).toFixed(0).padStart(5)} ms  (min ${Math.min(...ms).toFixed(0)}, max ${Math.max(...ms).toFixed(0)})` +
      `  HTML fetched ${sum('fetched')}, script ran ${sum('ran')} in ${visits.length} visits`,
  );
}

interface Sample {
  ms: number;
  committed: boolean;
  painted: boolean;
}

async function launch(profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless=new',
      `--disable-extensions-except=${chromeBuild}`,
      `--load-extension=${chromeBuild}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
      '--host-resolver-rules=MAP * 127.0.0.1, EXCLUDE localhost',
    ],
  });
}

let seq = 0;
async function measure(server: TestServer, page: Page): Promise<Sample> {
  const tag = `${Date.now()}-${seq++}`;
  const t0 = performance.now();
  void page.goto(server.url(LOOKALIKE, `/login?r=${tag}`), { waitUntil: 'commit' }).catch(() => undefined);
  // polled rather than page.waitForURL, which throws net::ERR_ABORTED when the warning's redirect aborts the
  // navigation it waits on (the harness race of earlier runs); 5 ms resolution
  for (const end = t0 + 20_000; !/\/warning\.html\?/.test(page.url());) {
    if (performance.now() > end) throw new Error('no warning page within 20 s');
    await new Promise((r) => setTimeout(r, 5));
  }
  const ms = performance.now() - t0;
  await new Promise((r) => setTimeout(r, 300));
  const hits = server.requestsFor(LOOKALIKE).filter((r) => r.path.includes(`r=${tag}`));
  return {
    ms,
    committed: hits.some((r) => r.path.startsWith('/__ran')),
    painted: hits.some((r) => r.path.startsWith('/__paint')),
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
function report(name: string, samples: Sample[]): void {
  const ms = samples.map((s) => s.ms);
  console.log(
    `${name.padEnd(12)} median ${median(ms).toFixed(0).padStart(5)} ms  (min ${Math.min(...ms).toFixed(0)}, max ${Math.max(...ms).toFixed(0)})` +
      `  fake page committed ${samples.filter((s) => s.committed).length}/${samples.length}, painted ${samples.filter((s) => s.painted).length}/${samples.length}`,
  );
}

async function main(): Promise<void> {
  const server = await new TestServer().start();
  server.route(LOOKALIKE, (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(FAKE);
  });
  for (const host of [HINTED, ORDINARY])
    server.route(host, (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(HONEST);
    });
  const profile = mkdtempSync(join(tmpdir(), 'cg-bench-'));
  console.log(
    `load average before: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}; ${ROUNDS} rounds`,
  );
  const afterStart: Sample[] = [];
  const warm: Sample[] = [];
  const cold: Sample[] = [];
  const hinted: Visit[] = [];
  const ordinary: Visit[] = [];
  try {
    // install once
    const first = await launch(profile);
    await new Promise((r) => setTimeout(r, 3_000));
    await first.close();
    for (let i = 0; i < ROUNDS; i++) {
      const ctx = await launch(profile);
      const page = ctx.pages()[0] ?? (await ctx.newPage());
      afterStart.push(await measure(server, page));
      await new Promise((r) => setTimeout(r, 1_500));
      warm.push(await measure(server, await ctx.newPage()));
      // honest pages, interleaved, each in a new tab (the early stop marks a host per tab)
      for (let j = 0; j < 2; j++) {
        for (const [host, into] of [
          [HINTED, hinted],
          [ORDINARY, ordinary],
        ] as const) {
          const tab = await ctx.newPage();
          into.push(await visit(server, tab, host));
          await tab.close();
        }
      }
      const p = await ctx.newPage();
      const cdp = await ctx.newCDPSession(p);
      await cdp.send('ServiceWorker.enable').catch(() => undefined);
      await cdp.send('ServiceWorker.stopAllWorkers');
      await new Promise((r) => setTimeout(r, 500));
      cold.push(await measure(server, p));
      await ctx.close();
    }
  } finally {
    // the browser may still be writing its profile when it closes
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    await server.stop();
  }
  report('after start', afterStart);
  report('warm', warm);
  report('cold', cold);
  reportVisits(`honest, hinted host`, hinted);
  reportVisits(`honest, ordinary host`, ordinary);
  console.log(
    `load average after: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
}

await main();
