import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

/**
 * The message check as an installable offline web app (npm run build:web), on a phone-sized Chromium: the manifest
 * makes it installable with a share target, it opens and judges offline after the first visit, and text shared
 * from the messages app (./?text=…) is judged at once and taken out of the address.
 */
const WEB = fileURLToPath(new URL('../../.output/web/', import.meta.url));
const only = (process.env.E2E_BROWSERS ?? 'chromium,firefox').split(',');
const SCAM =
  '[Web발신] [쿠팡] 고객님 명의로 카드가 발급되었습니다. 본인이 신청하지 않았다면 1544-0987로 연락 바랍니다.';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

describe.skipIf(!only.includes('chromium'))('web app [chromium, 360 px phone]', () => {
  let server: Server;
  let origin = '';
  let profile = '';
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = createServer((req, res) => {
      const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')).replace(
        /^(\.\.[/\\])+/,
        '',
      );
      const file = join(WEB, path.endsWith('/') ? `${path}index.html` : path);
      try {
        if (!file.startsWith(WEB) || !statSync(file).isFile()) throw new Error('no');
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        res.end(readFileSync(file));
      } catch {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    // localhost is a secure context: service workers and installability work there without TLS.
    origin = `http://localhost:${(server.address() as AddressInfo).port}`;
    // A persistent profile: installability is never granted in an incognito-like context.
    profile = mkdtempSync(join(tmpdir(), 'cg-webapp-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium',
      headless: true,
      args: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--no-first-run',
      ],
      viewport: { width: 360, height: 740 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'ko-KR',
    });
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  });

  test('is installable: a valid manifest with icons and a share target, and a service worker', async () => {
    await page.goto(`${origin}/`);
    await page.waitForSelector('#app[data-ready]');
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    const cdp = await context.newCDPSession(page);
    const manifest = (await cdp.send('Page.getAppManifest')) as { errors: unknown[]; data?: string };
    expect(manifest.errors, JSON.stringify(manifest.errors)).toEqual([]);
    const data = JSON.parse(manifest.data ?? '{}') as {
      share_target?: { params?: { text?: string } };
      icons?: unknown[];
    };
    expect(data.share_target?.params?.text).toBe('text');
    expect(data.icons?.length).toBeGreaterThanOrEqual(2);
    const installability = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: unknown[];
    };
    expect(installability.installabilityErrors).toEqual([]);
  });

  test('opens and judges offline after the first visit, without horizontal scrolling at 360 px', async () => {
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('#app[data-ready]');
    await page.fill('form.message-check textarea', SCAM);
    await page.click('form.message-check button[type=submit]');
    await page.waitForSelector('.message-verdict');
    expect(await page.getAttribute('.message-verdict', 'data-verdict')).toBe('scam');
    expect(await page.textContent('.message-result')).toContain('1577-7011');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.screenshot({
      path: fileURLToPath(new URL('artifacts/web-app-offline.png', import.meta.url)),
      fullPage: true,
    });
  });

  test('text shared from the messages app is judged at once and taken out of the address', async () => {
    await page.goto(`${origin}/?text=${encodeURIComponent(SCAM)}`);
    await page.waitForSelector('.message-verdict');
    expect(await page.getAttribute('.message-verdict', 'data-verdict')).toBe('scam');
    expect(page.url()).toBe(`${origin}/`);
    await context.setOffline(false);
  });
});
