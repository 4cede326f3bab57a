import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { forEachBrowser, poll, type Session, type Tab } from '../harness';
import { expectPageWarning, shownUrl, tabState } from '../page-helpers';

/**
 * Red team 33, r01: a kit sent as an attachment, or built as a download by a page (`쿠팡_피해보상_신청서.html`),
 * opened from disk. The page guard reads `file:` pages (manifest: content script and host permission
 * `file:///*`): the kit asking a Coupang "compensation" resident number is warned about, with its file name shown
 * as text; an honest saved receipt and a developer's test page are left alone, and the popup says what it says
 * for a host it does not know. Pages in test/fixtures/local-file/ (unit test: test/domain/local-file.test.ts).
 *
 * Chromium reads file pages only with "Allow access to file URLs" on. An extension loaded with --load-extension
 * (as this harness loads it) has it on in Chromium 156 (an unpacked extension is given file access); the profile's
 * Preferences (`extensions.settings.<id>.newAllowFileAccess`, StartOptions.fileAccess) turn the switch off as the
 * extension sees it, as a user who installed from the store has it: the options page then says so, once, calmly
 * (the last test says what cannot be tested with it off). Firefox has no such switch, and reads no file page
 * at all (see the first test).
 */
const page = (file: string) =>
  readFileSync(new URL(`../../fixtures/local-file/${file}`, import.meta.url), 'utf8');

const KIT_NAME = '쿠팡_피해보상_신청서.html';
const dir = mkdtempSync(join(tmpdir(), 'cg-local-file-'));
const save = (name: string, html: string): string => {
  writeFileSync(join(dir, name), html);
  return pathToFileURL(join(dir, name)).href;
};
const KIT = save(KIT_NAME, page('kit-compensation.html'));
const RECEIPT = save('쿠팡_주문_영수증.html', page('receipt-saved.html'));
const DEV = save('widget-test.html', page('dev-test-page.html'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Fails as soon as the tab leaves the file page (for the warning, or anything else). */
async function staysOnFile(tab: Tab, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const where = await tab.evaluate(() => location.protocol).catch(() => 'gone');
    if (where !== 'file:') throw new Error(`the tab left the file page (${where})`);
    await settle(100);
  }
}

forEachBrowser('a page opened from disk (red team 33, r01)', (ctx) => {
  let s: Session;
  beforeAll(async () => {
    s = await ctx.start({ locale: 'ko' });
  });

  // Firefox (ESR 140 here) runs no content script in a file: page of this extension and refuses tabs.executeScript
  // there ("Missing host permission for the tab"), `file:///*` in its MV2 permissions notwithstanding: the kit
  // cannot be read in Firefox. Its test runs in Chromium; the honest pages' test below runs in both.
  test.runIf(ctx.name === 'chromium')(
    'a kit asking a Coupang "compensation" resident number is warned about, its file name shown as text',
    async () => {
      const tab = await s.newTab(KIT);
      const shown = await expectPageWarning(s, tab);
      expect(shown.kind).toBe('suspicious-page');
      expect(shown.state?.kind).toBe('suspicious-page');
      // the domain guard said nothing about it: no host, no brand, no look-alike
      expect(shown.state?.domain).toMatchObject({ verdict: 'unknown', hostname: null, reasons: [] });
      const identity = await tab.evaluate(() => {
        const host = document.querySelector('.identity .host');
        return {
          label: document.querySelector('.identity .field-label')?.textContent ?? null,
          name: host?.textContent ?? null,
          markup: host?.children.length ?? -1,
          report: document.querySelector('[data-testid="report"]') !== null,
        };
      });
      expect(identity).toEqual({ label: '이 컴퓨터에서 연 파일', name: KIT_NAME, markup: 0, report: false });
      expect(await s.badge(shown.id)).not.toBe('');

      // "Continue anyway": back on that file, not warned again (the allowance covers that file alone)
      await tab.click('details.continue > summary');
      await tab.click('[data-action="continue"]');
      await tab.waitForUrl((u) => u === KIT, 10_000);
      await staysOnFile(tab, 2_500);
      await tab.close();
    },
  );

  test('an honest saved receipt and a developer\'s test page stay clean; the popup says "not a Coupang site"', async () => {
    for (const url of [RECEIPT, DEV]) {
      const tab = await s.newTab(url);
      await staysOnFile(tab, 3_000);
      expect(await shownUrl(tab)).toBe(url);
      const id = await s.tabIdOf(url.slice(url.lastIndexOf('/') + 1));
      const state = await poll(
        () => tabState(s, id),
        (r) => r?.kind === 'unknown',
        10_000,
        'the popup state of a file page',
      );
      expect(state).toMatchObject({ url, kind: 'unknown', brand: null });
      expect(state?.page?.verdict ?? 'clean').toBe('clean');
      expect(await s.badge(id)).toBe('');
      await tab.close();
    }
  });

  test.runIf(ctx.name === 'chromium')(
    'Chromium: file:///* adds no install-time permission warning',
    async () => {
      const warnings = await s.evalInExtension(async () => {
        const m = (await (await fetch('/manifest.json')).json()) as {
          host_permissions: string[];
          content_scripts: { matches: string[] }[];
        };
        const get = (x: unknown) => chrome.management.getPermissionWarningsByManifest(JSON.stringify(x));
        const withFile = await get(m);
        const without = await get({
          ...m,
          host_permissions: m.host_permissions.filter((p) => !p.startsWith('file:')),
          content_scripts: m.content_scripts.map((c) => ({
            ...c,
            matches: c.matches.filter((p) => !p.startsWith('file:')),
          })),
        });
        return { withFile, without, allowed: await chrome.extension.isAllowedFileSchemeAccess() };
      });
      expect(warnings.withFile).toEqual(warnings.without);
      expect(warnings.allowed).toBe(true);
    },
  );

  test.runIf(ctx.name === 'chromium')(
    'Chromium with "Allow access to file URLs" off: the options page says how to turn it on, once, calmly',
    async () => {
      s = await ctx.start({ locale: 'en', fileAccess: false });
      const options = await s.newTab(s.extensionUrl('options.html'));
      await options.waitFor(() => document.getElementById('app')?.dataset.ready === 'true');
      const note = await options.evaluate(() =>
        [...document.querySelectorAll('[data-testid="file-access-off"]')].map((e) => e.textContent),
      );
      expect(note).toHaveLength(1);
      expect(note[0]).toContain('Allow access to file URLs');
      // (What the browser then reads cannot be tested here: with the profile's switch off, Chromium 156 says so
      // to the extension — isAllowedFileSchemeAccess() is false, scripting.executeScript into a file page is
      // refused — yet still runs the manifest's content script in file pages of an extension loaded with
      // --load-extension. A store install with the switch off gets no content script there.)
      await options.close();
      // on again: no line
      s = await ctx.start({ locale: 'en' });
      const again = await s.newTab(s.extensionUrl('options.html'));
      await again.waitFor(() => document.getElementById('app')?.dataset.ready === 'true');
      expect(
        await again.evaluate(() => document.querySelector('[data-testid="file-access-off"]')),
      ).toBeNull();
      await again.close();
    },
  );
});
