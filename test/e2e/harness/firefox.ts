import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_UUID, GECKO_ID, firefoxBuild } from './paths';
import { newestTabWith, poll, within } from './poll';
import type { TestServer } from './server';
import type { Session, StartOptions, Tab } from './types';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * How the harness launches Firefox (also used by bench/page-cost.bench.ts): headless, every hostname resolved to
 * 127.0.0.1, no HTTPS upgrade, no telemetry or Safe Browsing traffic, extensions installable at run time.
 */
export function firefoxLaunchOptions(lang: 'ko' | 'en'): Parameters<typeof puppeteer.launch>[0] {
  return {
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access', '--width=1100', '--height=800'],
    extraPrefsFirefox: {
      'network.dns.forceResolve': '127.0.0.1',
      'network.proxy.type': 0,
      'network.stricttransportsecurity.preloadlist': false,
      'dom.security.https_only_mode': false,
      'browser.fixup.alternate.enabled': false,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'intl.locale.requested': lang === 'ko' ? 'ko' : 'en-US',
      'intl.accept_languages': lang === 'ko' ? 'ko-KR, ko' : 'en-US, en',
      'extensions.autoDisableScopes': 0,
      'extensions.enabledScopes': 15,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
    },
  };
}

/** The address the page really shows: puppeteer's page.url() lags for moz-extension:// pages. */
async function liveUrl(page: Page): Promise<string> {
  try {
    return await page.evaluate(() => location.href);
  } catch {
    return page.url();
  }
}

function wrap(page: Page): Tab {
  return {
    async goto(url) {
      // Firefox never reports the load event of moz-extension:// pages to puppeteer, and the extension may
      // redirect: start the navigation and let the test wait for what it expects.
      void page.goto(url, { waitUntil: 'domcontentloaded', timeout: 15_000 }).catch(() => undefined);
      await poll(
        () => liveUrl(page),
        (u) => u !== 'about:blank',
        10_000,
        `navigation to ${url} to start`,
      ).catch(() => undefined);
    },
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    async waitFor(fn, arg, timeoutMs = 10_000) {
      await poll(
        () => page.evaluate(fn as never, arg),
        (v) => Boolean(v),
        timeoutMs,
        'a page condition',
      );
    },
    waitForUrl: (match, timeoutMs = 10_000) =>
      poll(
        () => liveUrl(page),
        (u) => (typeof match === 'function' ? match(u) : match.test(u)),
        timeoutMs,
        `URL ${String(match)}`,
      ),
    click: (selector) => page.click(selector),
    async type(selector, text) {
      await page.click(selector);
      await page.keyboard.type(text);
    },
    keyboard: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key as never),
    mouseClick: (x, y) => page.mouse.click(x, y),
    async screenshot(file) {
      await page.screenshot({ path: file as `${string}.png`, fullPage: true });
    },
    async setViewport(width, height) {
      try {
        await page.setViewport({ width, height });
      } catch (e) {
        // Firefox before 141 lacks the screen-orientation command puppeteer sends beside the viewport's own: the
        // viewport is still set; wait until the page has it
        if (!/setScreenOrientationOverride|unknown command/.test(String(e))) throw e;
        await poll(
          () => page.evaluate(() => [innerWidth, innerHeight]),
          ([w, h]) => w === width && h === height,
          5_000,
          `a ${width}×${height} viewport`,
        );
      }
    },
    colorScheme: (scheme) => page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]),
    bringToFront: () => page.bringToFront(),
    // A tab the extension is re-addressing can leave close() waiting forever: bound it.
    close: () => within(page.close(), 5_000, 'closing a tab').catch(() => undefined),
  };
}

export async function startFirefox(server: TestServer, opts: StartOptions): Promise<Session> {
  const lang = opts.locale ?? 'ko';
  const ff: Browser = await puppeteer.launch(firefoxLaunchOptions(lang));
  await ff.installExtension(firefoxBuild);
  const origin = `moz-extension://${FIREFOX_UUID}`;
  const consoleLines: string[] = [];
  const watch = (page: Page) => {
    page.on('console', (m) => consoleLines.push(`[${m.type()}] ${page.url()} ${m.text()}`));
    page.on('pageerror', (e) => consoleLines.push(`[pageerror] ${page.url()} ${String(e)}`));
  };
  ff.on('targetcreated', (t) => {
    void t
      .page()
      .then((p) => p && watch(p))
      .catch(() => undefined);
  });
  let extPage: Page | null = null;

  const session: Session = {
    name: 'firefox',
    server,
    extensionOrigin: origin,
    extensionUrl: (path) => `${origin}/${path.replace(/^\//, '')}`,
    async newTab(url) {
      const page = await ff.newPage();
      watch(page);
      // no `navigator.webdriver` for the page: it sees a person's browser, as kits that cloak on it show people the
      // fake (Firefox sets it whenever the remote agent runs, and no pref turns it off; Chromium's harness uses a
      // flag). Opt-in (StartOptions.asPerson): the preload runs before the page's first script
      if (opts.asPerson)
        await page
          .evaluateOnNewDocument(() => {
            Object.defineProperty(Navigator.prototype, 'webdriver', { get: () => false, configurable: true });
          })
          .catch(() => undefined);
      const tab = wrap(page);
      if (url) await tab.goto(url);
      return tab;
    },
    async evalInExtension(fn, arg) {
      if (!extPage || extPage.isClosed()) {
        extPage = await ff.newPage();
        void extPage.goto(`${origin}/options.html?harness=1`).catch(() => undefined);
        await poll(
          () =>
            extPage!.evaluate(
              () =>
                typeof (globalThis as { browser?: unknown }).browser !== 'undefined' &&
                document.readyState === 'complete',
            ),
          (ok) => ok === true,
          15_000,
          'the extension page',
        );
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
    tabAddresses: () =>
      session.evalInExtension(async () =>
        (await (globalThis as unknown as { browser: typeof chrome }).browser.tabs.query({})).map((t) => ({
          id: t.id ?? -1,
          url: t.url || t.pendingUrl || '',
        })),
      ),
    badge: (tabId) =>
      session.evalInExtension(
        (id: number) =>
          (
            globalThis as unknown as {
              browser: { browserAction: { getBadgeText(d: { tabId: number }): Promise<string> } };
            }
          ).browser.browserAction.getBadgeText({ tabId: id }),
        tabId,
      ),
    console: consoleLines,
    async close() {
      await ff.close().catch(() => undefined);
    },
  };
  return session;
}
