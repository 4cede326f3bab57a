import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROME_EXTENSION_ID, chromeBuild } from './paths';
import { newestTabWith, poll, within } from './poll';
import type { TestServer } from './server';
import type { Session, StartOptions, Tab } from './types';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';

/**
 * The user agent of this Chromium as a person's browser sends it: headless Chromium says `HeadlessChrome`, and kits
 * cloak on it (and on `navigator.webdriver`) to show a scanner a 404 while a person gets the fake. The guard sees
 * what the person sees, so the tests must too.
 */
function userAgent(): string | undefined {
  try {
    const v = /(\d+)\.\d+\.\d+\.\d+/.exec(execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8' }))?.[1];
    return v
      ? `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Safari/537.36`
      : undefined;
  } catch {
    return undefined;
  }
}
const USER_AGENT = userAgent();

/**
 * How the harness launches Chromium (also used by bench/page-cost.bench.ts): headless, every hostname mapped to
 * 127.0.0.1, nothing from Google's services, and the unpacked extension in `extensionDir` (none when null).
 */
export function chromiumLaunchOptions(
  lang: 'ko' | 'en',
  extensionDir: string | null,
): Parameters<typeof chromium.launchPersistentContext>[1] {
  return {
    executablePath: CHROMIUM,
    headless: true,
    locale: lang === 'ko' ? 'ko-KR' : 'en-US',
    viewport: { width: 1100, height: 800 },
    ...(USER_AGENT ? { userAgent: USER_AGENT } : {}),
    env: { ...process.env, LANGUAGE: lang, LANG: lang === 'ko' ? 'ko_KR.UTF-8' : 'en_US.UTF-8' },
    args: [
      '--headless=new',
      `--lang=${lang}`,
      ...(extensionDir
        ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
        : []),
      // no `navigator.webdriver`: a page sees a person's browser (see USER_AGENT)
      '--disable-blink-features=AutomationControlled',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
      `--host-resolver-rules=MAP * 127.0.0.1, EXCLUDE localhost`,
    ],
  };
}

function wrap(page: Page): Tab {
  return {
    async goto(url) {
      // An extension may redirect or block the navigation: that is not a test failure by itself.
      await page.goto(url, { waitUntil: 'commit', timeout: 15_000 }).catch(() => undefined);
    },
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    async waitFor(fn, arg, timeoutMs = 10_000) {
      await page.waitForFunction(fn as never, arg, { timeout: timeoutMs, polling: 100 });
    },
    waitForUrl: (match, timeoutMs = 10_000) =>
      poll(
        () => page.url(),
        (u) => (typeof match === 'function' ? match(u) : match.test(u)),
        timeoutMs,
        `URL ${String(match)}`,
      ),
    click: (selector) => page.click(selector, { timeout: 10_000 }),
    async type(selector, text) {
      await page.click(selector, { timeout: 10_000 });
      await page.keyboard.type(text);
    },
    keyboard: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key),
    async compose(steps, commit) {
      const cdp = await page.context().newCDPSession(page);
      try {
        for (const text of steps) {
          await cdp.send('Input.imeSetComposition', {
            text,
            selectionStart: text.length,
            selectionEnd: text.length,
          });
          await new Promise((r) => setTimeout(r, 120));
        }
        await cdp.send('Input.insertText', { text: commit });
      } finally {
        await cdp.detach().catch(() => undefined);
      }
    },
    mouseClick: (x, y) => page.mouse.click(x, y),
    async screenshot(file) {
      await page.screenshot({ path: file, fullPage: true });
    },
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    colorScheme: (scheme) => page.emulateMedia({ colorScheme: scheme }),
    bringToFront: () => page.bringToFront(),
    // A tab the extension is re-addressing can leave close() waiting forever: bound it.
    close: () => within(page.close(), 5_000, 'closing a tab').catch(() => undefined),
  };
}

export async function startChromium(server: TestServer, opts: StartOptions): Promise<Session> {
  const profile = mkdtempSync(join(tmpdir(), 'cg-chromium-'));
  if (opts.fileAccess !== undefined) {
    // "Allow access to file URLs" as the extension's details page sets it: the profile's own record of it
    // (extensions.settings.<id>.newAllowFileAccess), read when the extension loads
    mkdirSync(join(profile, 'Default'), { recursive: true });
    writeFileSync(
      join(profile, 'Default', 'Preferences'),
      JSON.stringify({
        extensions: { settings: { [CHROME_EXTENSION_ID]: { newAllowFileAccess: opts.fileAccess } } },
      }),
    );
  }
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    ...chromiumLaunchOptions(opts.locale ?? 'ko', chromeBuild),
    ...(opts.bfcache ? { ignoreDefaultArgs: ['--disable-back-forward-cache'] } : {}),
  });
  const consoleLines: string[] = [];
  const watch = (page: Page) => {
    page.on('console', (m) => consoleLines.push(`[${m.type()}] ${page.url()} ${m.text()}`));
    page.on('pageerror', (e) => consoleLines.push(`[pageerror] ${page.url()} ${e.message}`));
  };
  context.on('page', watch);
  context.pages().forEach(watch);
  const sw = await poll(
    () =>
      context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${CHROME_EXTENSION_ID}/`)),
    (w) => w !== undefined,
    15_000,
    'the extension service worker',
  );
  sw?.on('console', (m) => consoleLines.push(`[sw:${m.type()}] ${m.text()}`));
  const origin = `chrome-extension://${CHROME_EXTENSION_ID}`;
  let extPage: Page | null = null;

  const session: Session = {
    name: 'chromium',
    server,
    extensionOrigin: origin,
    extensionUrl: (path) => `${origin}/${path.replace(/^\//, '')}`,
    async newTab(url) {
      const page = await context.newPage();
      const tab = wrap(page);
      if (url) await tab.goto(url);
      return tab;
    },
    async evalInExtension(fn, arg) {
      if (!extPage || extPage.isClosed()) {
        extPage = await context.newPage();
        await extPage.goto(`${origin}/options.html?harness=1`);
      }
      return (await within(extPage.evaluate(fn as never, arg), 30_000, 'code in an extension page')) as never;
    },
    tabIdOf: (part) =>
      poll(
        async () => newestTabWith(await session.tabAddresses(), part),
        (id) => id >= 0,
        10_000,
        `a tab with ${part}`,
      ),
    async tabAddresses() {
      const seen = await session.evalInExtension(async () =>
        (await chrome.tabs.query({})).map((t) => ({ id: t.id ?? -1, url: t.url || t.pendingUrl || '' })),
      );
      if (seen.every((t) => t.url)) return seen;
      // Chromium before 156 hides from an extension without the `tabs` permission the address of a tab on its
      // own pages: each such page says its tab id and address itself
      const own = new Map<number, string>();
      for (const pg of context.pages()) {
        if (pg.isClosed() || pg === extPage || !pg.url().startsWith(origin)) continue;
        const said = await pg
          .evaluate(() => chrome.tabs.getCurrent().then((x) => ({ id: x?.id ?? -1, url: location.href })))
          .catch(() => null);
        if (said && said.id >= 0) own.set(said.id, said.url);
      }
      return seen.map((t) => (t.url ? t : { id: t.id, url: own.get(t.id) ?? '' }));
    },
    badge: (tabId) =>
      session.evalInExtension((id: number) => chrome.action.getBadgeText({ tabId: id }), tabId),
    console: consoleLines,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return session;
}
