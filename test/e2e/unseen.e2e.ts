import { readFileSync } from 'node:fs';
import { beforeAll, expect, test } from 'vitest';
import { forEachBrowser, type Session, type Tab } from './harness';
import { isWarningUrl } from './page-helpers';

/**
 * The independently written corpora (test/fixtures/pages-unseen/<half>/) in a real browser: each page served
 * on its own host, scripts running. A fake counts as caught when the warning shows by itself, or (the second
 * chance) when the user clicks into its first secret field (in the page, its open shadow roots or its
 * same-origin frames) and types one character. A benign page must show no warning either way. Long (about 5 s
 * per page), so opt-in: E2E_UNSEEN=tune (or tune-b, tune-c, tune-d, or a frozen half) selects the half.
 */
const HALF = process.env.E2E_UNSEEN ?? '';
const DIR = new URL(`../fixtures/pages-unseen/${HALF}/`, import.meta.url);

interface UnseenPage {
  file: string;
  url: string;
  expect: string;
  family: string;
}

/** E2E_UNSEEN_ONLY=login-06,delivery-05: only pages whose file name contains one of these */
const ONLY = (process.env.E2E_UNSEEN_ONLY ?? '').split(',').filter(Boolean);
const pages: UnseenPage[] = HALF
  ? (JSON.parse(readFileSync(new URL('manifest.json', DIR), 'utf8')) as { pages: UnseenPage[] }).pages.filter(
      (p) => !ONLY.length || ONLY.some((o) => p.file.includes(o)),
    )
  : [];

/**
 * Host and path to serve a page on. IP literals get a name (the test resolver maps names, not addresses); hosts
 * under HSTS-preloaded suffixes (.app, .dev, .page, google.com …) get ".test" appended, because Chromium would
 * upgrade them to https and the test server speaks http.
 */
const HSTS = /(?:\.(?:app|dev|page|new|day|foo|bank|insurance)|(?:^|\.)google\.com)$/;
function where(url: string): { host: string; path: string } {
  // an address no browser can open (an invalid IDN label such as "xn--2e0b-kr"): the page is served on a
  // placeholder host instead, and judged by its content
  const u = URL.canParse(url)
    ? new URL(url)
    : new URL(url.replace(/^(\w+:\/\/)[^/?#]*/, '$1invalid-address.test'));
  const named = /^[\d.]+$|^\[/.test(u.hostname)
    ? `ip-${u.hostname.replace(/[^\da-f]+/gi, '-')}.test`
    : u.hostname;
  const host = HSTS.test(named) ? `${named}.test` : named;
  return { host, path: u.pathname + u.search };
}

/**
 * Runs in the page: where to click for the first drawn field that looks like it takes a secret, in the top
 * page, its open shadow roots or its same-origin frames (srcdoc), as viewport coordinates of the top page. A field
 * is an <input>, a <textarea> or a contenteditable box, read by its own words, its labels and the caption just
 * before it (until 2026-12-08 only an <input> by its own words and labels: a person typing an entrance code into a
 * contenteditable box or a textarea was not measured — tune-bo's first Chromium score, docs/page-guard.md).
 * The caption before a box is read only when no box's own words ask for a secret (red team 49): "정확한 주소" under
 * a line that mentions "출입 방법" is an address box, and clicking it left the entrance-code textarea after it unmeasured.
 */
const secretFieldAt = () => {
  const re =
    /비밀번호|password|passwd|pin|주민|resident|카드|card|cvc|계좌|account|인증번호|otp|code|통관|customs|현관|출입|entrance|pass/i;
  const look = (
    root: Document | ShadowRoot,
    dx: number,
    dy: number,
    depth: number,
    caption: boolean,
  ): { x: number; y: number } | null => {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      if (depth < 3 && el.shadowRoot) {
        const hit = look(el.shadowRoot, dx, dy, depth + 1, caption);
        if (hit) return hit;
      }
      if (depth < 3 && el instanceof HTMLIFrameElement) {
        try {
          const doc = el.contentDocument;
          const f = el.getBoundingClientRect();
          const hit = doc
            ? look(doc, dx + f.left + el.clientLeft, dy + f.top + el.clientTop, depth + 1, caption)
            : null;
          if (hit) return hit;
        } catch {
          // a cross-origin frame
        }
      }
      if (el instanceof HTMLElement && el.isContentEditable && el.parentElement?.isContentEditable !== true) {
        const near =
          (el.getAttribute('aria-label') ?? '') +
          ' ' +
          (caption ? (el.parentElement?.textContent ?? '').slice(0, 80) : '');
        const r = el.getBoundingClientRect();
        if (re.test(near) && r.width > 0 && r.height > 0)
          return { x: dx + r.left + r.width / 2, y: dy + r.top + r.height / 2 };
      }
      if (
        !(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) &&
        el.localName !== 'input' &&
        el.localName !== 'textarea'
      )
        continue;
      const input = el as HTMLInputElement;
      const label = [
        input.type,
        input.name,
        input.id,
        input.placeholder,
        input.getAttribute('aria-label') ?? '',
        ...Array.from(input.labels ?? []).map((l) => l.textContent ?? ''),
        caption ? (input.previousElementSibling?.textContent ?? '') : '',
      ].join(' ');
      const r = input.getBoundingClientRect();
      if ((input.type === 'password' || re.test(label)) && r.width > 0 && r.height > 0)
        return { x: dx + r.left + r.width / 2, y: dy + r.top + r.height / 2 };
    }
    return null;
  };
  return look(document, 0, 0, 0, false) ?? look(document, 0, 0, 0, true);
};

/**
 * The tab went to the extension's warning page within `ms` (a page warning takes the whole tab there). Read through
 * `waitForUrl`, which asks the page where it is: `tab.url()` is puppeteer's record, and in Firefox that record never
 * catches up with a moz-extension:// page, so every Firefox run of this test counted no warning at all.
 */
async function warned(s: Session, tab: Tab, ms: number): Promise<boolean> {
  return tab
    .waitForUrl((u) => isWarningUrl(s, u), ms)
    .then(
      () => true,
      () => false,
    );
}

forEachBrowser(`unseen pages (${HALF || 'skipped: set E2E_UNSEEN'})`, (ctx) => {
  let s: Session;
  beforeAll(async () => {
    // (as a person: the unseen kits may cloak from automated browsers)
    if (HALF) s = await ctx.start({ asPerson: true });
  });

  test.skipIf(!HALF)(
    'fakes warned (by themselves or at the first secret keystroke), benign pages never',
    async () => {
      const rows = new Map<string, { n: number; flagged: number; typed: number }>();
      const wrong: string[] = [];
      for (const p of pages) {
        const { host, path } = where(p.url);
        ctx.server.page(host, path.split('?')[0] ?? '/', readFileSync(new URL(p.file, DIR)));
        const tab = await s.newTab(ctx.server.url(host, path));
        let flagged = await warned(s, tab, 4000);
        let typed = false;
        const at = flagged ? null : await tab.evaluate(secretFieldAt).catch(() => null);
        if (at) {
          await tab.mouseClick(at.x, at.y).catch(() => undefined);
          await tab.keyboard('1').catch(() => undefined);
          typed = flagged = await warned(s, tab, 1500);
        }
        await tab.close().catch(() => undefined);
        const k = `${p.expect === 'clean' ? 'benign' : 'fake'} ${p.family}`;
        const r = rows.get(k) ?? { n: 0, flagged: 0, typed: 0 };
        r.n++;
        if (flagged) r.flagged++;
        if (typed) r.typed++;
        rows.set(k, r);
        if (flagged === (p.expect === 'clean')) wrong.push(`${p.file}${typed ? ' (at typing)' : ''}`);
      }
      const sum = (pre: string, key: 'n' | 'flagged' | 'typed') =>
        [...rows].filter(([k]) => k.startsWith(pre)).reduce((a, [, r]) => a + r[key], 0);
      console.log(
        `${ctx.name} ${HALF}: fakes ${sum('fake', 'flagged')}/${sum('fake', 'n')} (${sum('fake', 'typed')} at the first ` +
          `secret keystroke), benign flagged ${sum('benign', 'flagged')}/${sum('benign', 'n')}\n` +
          [...rows]
            .sort()
            .map(([k, r]) => `${k.padEnd(30)} ${r.flagged}/${r.n}${r.typed ? ` (${r.typed} at typing)` : ''}`)
            .join('\n') +
          `\nwrong: ${wrong.join(' ')}`,
      );
      expect(sum('benign', 'flagged')).toBe(0);
    },
    60 * 60_000,
  );
});
