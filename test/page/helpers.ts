import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import type { GlyphSig } from '../../lib/page/drawn-sig';
import { scanPage } from '../../lib/page/index';

export const FIXTURES = new URL('../fixtures/pages/', import.meta.url);

export interface FixturePage {
  file: string;
  url: string;
  expect: 'suspicious-page' | 'clean';
  kind: string;
}

export function fixturePages(): FixturePage[] {
  return (JSON.parse(readFileSync(new URL('pages.json', FIXTURES), 'utf8')) as { pages: FixturePage[] })
    .pages;
}

export function fixtureHtml(file: string): string {
  return readFileSync(new URL(file, FIXTURES), 'utf8');
}

export function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** A Korean page of the round tests (classes-pageNN): its title, its body, and markup for its head. */
export const koPage = (title: string, body: string, head = '') =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;

/** The scorer's judgement of a page's markup at an address of no one's, the markup its scripts carry parsed too. */
export const scanHtml = (html: string, url = 'https://check.example/a/1') =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });
export const verdictOf = (html: string, url?: string) => scanHtml(html, url).verdict;
export const codesOf = (html: string, url?: string) => scanHtml(html, url).reasons.map((r) => r.code);

/** A trusted event as the second chance reads it (linkedom makes none); `stopped` records stopImmediatePropagation */
export function trustedEvent(type: string, target: Element, extra: Record<string, unknown> = {}) {
  const e = {
    type,
    isTrusted: true,
    target,
    cancelable: true,
    stopped: false,
    composedPath: () => [target],
    preventDefault() {},
    stopImmediatePropagation() {
      e.stopped = true;
    },
    ...extra,
  };
  return e;
}

/** Hands `e` to a watcher and returns it, to read what the watcher did with it */
export const dispatchTo = (w: (e: Event) => void, e: ReturnType<typeof trustedEvent>) => (
  w(e as unknown as Event),
  e
);

/** Glyph signatures as letters (drawn-sig and red team 39's tests): a fixed pseudo-random unit vector per letter (two letters correlate near 0). */
export function sigOf(ch: string, jitter = 0): GlyphSig {
  let seed = [...ch].reduce((a, c) => a * 31 + c.codePointAt(0)!, 7) >>> 0;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32) * 2 - 1;
  const v = Array.from({ length: 60 }, () => rnd());
  const noise = Array.from({ length: 60 }, () => rnd());
  const u = v.map((x, i) => x + jitter * noise[i]!);
  const m = u.reduce((a, b) => a + b, 0) / u.length;
  const n = Math.hypot(...u.map((x) => x - m));
  return { v: u.map((x) => (x - m) / n), w: 0.5 };
}
