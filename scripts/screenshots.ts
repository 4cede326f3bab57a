/**
 * `npm run screenshots`: drives the built extension in headless Chromium through every state a user can
 * see and writes docs/screenshots/<state>-<ko|en>-<light|dark>-<desktop|narrow>.png (the popup only at its
 * own width). Builds the Chrome package first when there is none (`--build` forces it). Writes the popup's
 * measured heights to docs/screenshots/popup-heights.json.
 *
 * States: popup (official, unknown, look-alike, suspicious page, list problem); warning page (look-alike,
 * IDN look-alike, known scam, suspicious page); options (normal, locked by policy). The locked run writes
 * a machine-wide policy file: run it under the e2e lock, `flock /tmp/cg-e2e.lock npm run screenshots`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, poll, TestServer, type Session, type Tab } from '../test/e2e/harness/index';
import { chromeBuild, root } from '../test/e2e/harness/paths';
import { popupHeight } from '../test/e2e/ui-probes';
import {
  BLOCKED_HOST,
  FAKE_PAGE_HOST,
  HOMOGLYPH,
  LOOKALIKE_HOST,
  OFFICIAL_HOST,
  UNKNOWN_HOST,
  serveSites,
} from '../test/e2e/sites';

const OUT = join(root, 'docs/screenshots');
const SIZES = { desktop: [1100, 800], narrow: [360, 740] } as const;
const SCHEMES = ['light', 'dark'] as const;
const LIST_HOST = 'lists.screenshots.test';
const REPORT_HOST = 'reports.screenshots.test';

if (process.argv.includes('--help')) {
  console.log('usage: npm run screenshots [-- --build]   (run under: flock /tmp/cg-e2e.lock ...)');
  process.exit(0);
}
if (process.argv.includes('--build') || !existsSync(join(chromeBuild, 'manifest.json'))) {
  execFileSync('npm', ['run', 'build:chrome'], { cwd: root, stdio: 'inherit' });
}
mkdirSync(OUT, { recursive: true });

const heights: Record<string, number> = {};
/** The popup body is 24rem wide. */
const POPUP_WIDTH = 384;

async function settle(tab: Tab): Promise<void> {
  await tab.evaluate(() => document.fonts?.ready.then(() => true) ?? true);
  await new Promise((r) => setTimeout(r, 250));
}

/** Every scheme and size of one tab (the popup: every scheme at its own width). */
async function shoot(tab: Tab, name: string, locale: string, popup = false): Promise<void> {
  for (const scheme of SCHEMES) {
    await tab.colorScheme(scheme);
    if (popup) {
      // The popup's own size: its content height, as the browser would size the popup window.
      await tab.setViewport(POPUP_WIDTH, 600);
      await settle(tab);
      const height = await popupHeight(tab);
      heights[`${name}-${locale}-${scheme}`] = height;
      await tab.setViewport(POPUP_WIDTH, Math.max(height, 100));
      await settle(tab);
      await tab.screenshot(join(OUT, `${name}-${locale}-${scheme}.png`));
      continue;
    }
    for (const [size, [w, h]] of Object.entries(SIZES)) {
      await tab.setViewport(w, h);
      await settle(tab);
      await tab.screenshot(join(OUT, `${name}-${locale}-${scheme}-${size}.png`));
    }
  }
  console.log(`${name}-${locale}`);
}

async function warningTab(s: Session, url: string): Promise<Tab> {
  const tab = await s.newTab(url);
  await tab.waitForUrl(/\/warning\.html\?/, 15_000);
  await tab.waitFor(
    () => document.querySelector('main.warning [data-action="back"]') !== null,
    undefined,
    15_000,
  );
  return tab;
}

async function popupTab(s: Session, part: string): Promise<Tab> {
  const id = await s.tabIdOf(part);
  const tab = await s.newTab(s.extensionUrl(`popup.html?tab=${id}`));
  await tab.waitFor(() => document.getElementById('app')?.dataset.ready === 'true', undefined, 15_000);
  return tab;
}

async function optionsTab(s: Session): Promise<Tab> {
  const tab = await s.newTab(s.extensionUrl('options.html'));
  await tab.waitFor(
    () => document.querySelector('.settings-slot')?.getAttribute('data-settings-ready') === 'true',
    undefined,
    15_000,
  );
  return tab;
}

/** The suspicious page: the warning page's page variant, or the in-page warning on older builds. */
async function suspiciousTab(s: Session, url: string): Promise<Tab> {
  const tab = await s.newTab(url);
  await tab.waitFor(
    () =>
      location.pathname.endsWith('/warning.html')
        ? document.querySelector('main.warning [data-action="back"]') !== null
        : document.querySelector('coupang-guard-warning') !== null,
    undefined,
    20_000,
  );
  return tab;
}

async function run(locale: 'ko' | 'en', server: TestServer): Promise<void> {
  const url = (host: string, path = '/') => server.url(host, path);
  const { session: s } = await launch('chromium', server, { locale });
  try {
    const lookalike = await warningTab(s, url(LOOKALIKE_HOST, '/refund'));
    await shoot(lookalike, 'warning-lookalike', locale);
    const idn = await warningTab(s, `http://${HOMOGLYPH}/login`);
    await shoot(idn, 'warning-idn', locale);
    const blocked = await warningTab(s, url(BLOCKED_HOST, '/event'));
    await shoot(blocked, 'warning-blocked', locale);
    const fake = await suspiciousTab(s, url(FAKE_PAGE_HOST, '/member/login.html'));
    await shoot(fake, 'warning-suspicious-page', locale);

    const official = await s.newTab(url(OFFICIAL_HOST));
    await official.waitFor(() => document.title === '쿠팡!');
    const unknown = await s.newTab(url(UNKNOWN_HOST));
    await unknown.waitFor(() => document.title === 'News');
    for (const [name, part] of [
      ['popup-official', OFFICIAL_HOST],
      ['popup-unknown', UNKNOWN_HOST],
      ['popup-lookalike', encodeURIComponent(`http://${HOMOGLYPH}/login`)],
      ['popup-suspicious-page', FAKE_PAGE_HOST],
    ] as const) {
      const popup = await popupTab(s, part);
      await shoot(popup, name, locale, true);
      await popup.close();
    }
    await shoot(await optionsTab(s), 'options', locale);
  } finally {
    await s.close();
  }

  // Locked by policy, with a list address that fails and a report address: the list problem and the
  // locked options page.
  const { session: p, restorePolicy } = await launch('chromium', server, {
    locale,
    policy: {
      lockSettings: true,
      allowContinue: false,
      listUrl: url(LIST_HOST, '/list.json'),
      reportUrl: url(REPORT_HOST, '/report'),
      additionalBlockedDomains: ['fake-delivery.example'],
    },
  });
  try {
    await poll(
      () =>
        p.evalInExtension(() =>
          ((globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome).runtime.sendMessage({
            type: 'ui:list-refresh',
          }),
        ),
      (st) => !!(st as { lastError?: unknown } | null)?.lastError,
      30_000,
      'the list check to fail',
    );
    const fake = await p.newTab(url(UNKNOWN_HOST, '/today'));
    await fake.waitFor(() => document.title === 'News');
    const popup = await popupTab(p, `${UNKNOWN_HOST}/today`);
    await shoot(popup, 'popup-list-problem', locale, true);
    await shoot(await optionsTab(p), 'options-locked', locale);
  } finally {
    await p.close();
    restorePolicy?.();
  }
}

const server = new TestServer();
await server.start();
serveSites(server);
server.route(LIST_HOST, (_req, res) => {
  res.writeHead(500);
  res.end();
});
try {
  for (const locale of ['ko', 'en'] as const) await run(locale, server);
} finally {
  await server.stop();
}
writeFileSync(join(OUT, 'popup-heights.json'), `${JSON.stringify(heights, null, 2)}\n`);
console.log(heights);
