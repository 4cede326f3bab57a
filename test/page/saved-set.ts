import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { judgeSavedPage } from '../../cli/page';
import { compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';
import { warnsAtTyping } from '../../lib/page/risk-time';

/** One page of a saved set (test/fixtures/pages-honest-*, pages-kits-*): its manifest's entry */
export interface SavedPage {
  file: string;
  url: string;
  family: string;
  expect?: string;
  note?: string;
}

const lists = compileLists(bundledList);

/**
 * Is a saved page warned in the browser: flagged by itself (anything but unknown/official/invalid), or at the first
 * key into one of its secret boxes (the second chance, lib/page/risk-time.ts `warnsAtTyping`: page67)
 */
export function flaggedOrAtTyping(
  html: string,
  result: ReturnType<typeof judgeSavedPage>['result'],
): { flagged: boolean; typing: boolean } {
  if (!['unknown', 'official', 'invalid'].includes(result.verdict)) return { flagged: true, typing: false };
  if (result.verdict !== 'unknown') return { flagged: false, typing: false };
  const typing = warnsAtTyping(parseHTML(html).document as unknown as Document, result.page);
  return { flagged: typing, typing };
}

/**
 * A saved set's pages, and whether the browser would warn on one of them (`flagged`: by itself or at typing; `typing`:
 * only at the first key into a secret box)
 */
export function savedSet(dir: URL): {
  pages: SavedPage[];
  flagged: (p: SavedPage) => boolean;
  typing: (p: SavedPage) => boolean;
} {
  const { pages } = JSON.parse(readFileSync(new URL('manifest.json', dir), 'utf8')) as { pages: SavedPage[] };
  const seen = new Map<SavedPage, { flagged: boolean; typing: boolean }>();
  const of = (p: SavedPage) => {
    let r = seen.get(p);
    if (!r) {
      const html = readFileSync(new URL(p.file, dir), 'utf8');
      r = flaggedOrAtTyping(html, judgeSavedPage(html, p.url, lists).result);
      seen.set(p, r);
    }
    return r;
  };
  return { pages, flagged: (p) => of(p).flagged, typing: (p) => of(p).typing };
}

/**
 * A round's honest set: at least `min` pages, not one of them flagged by itself — but those `known` names (file → why
 * it is still flagged), which must stay flagged: a page that stops being flagged, or any other that starts, fails —
 * and at most `atTyping` warned at the first key into a secret box (the second chance: counted since page67, the
 * sets' figures as measured then)
 */
export function honestSet(
  name: string,
  dir: URL,
  min: number,
  atTyping = 0,
  known: Record<string, string> = {},
): void {
  const { pages, flagged, typing } = savedSet(dir);
  const names = (ps: SavedPage[]) => ps.map((p) => `${p.file} ${p.family}`);
  describe(name, () => {
    it(`has at least ${min} pages`, () => expect(pages.length).toBeGreaterThanOrEqual(min));
    it(
      Object.keys(known).length
        ? 'flags none of them by itself but the known ones'
        : 'flags none of them by itself',
      () =>
        expect(names(pages.filter((p) => flagged(p) && !typing(p)))).toEqual(
          names(pages.filter((p) => p.file in known)),
        ),
    );
    it('lists only pages of the set as known', () =>
      expect(Object.keys(known).filter((f) => !pages.some((p) => p.file === f))).toEqual([]));
    it(`warns at most ${atTyping} of them at typing`, () => {
      const warned = names(pages.filter(typing));
      expect(warned.length, warned.join(' ')).toBeLessThanOrEqual(atTyping);
    });
  });
}

/**
 * A round's kits with their honest twins: three kits at least and one twin for each class (`families`, when given,
 * is how many classes the round wrote), every kit caught, no twin flagged
 */
export function kitSet(name: string, dir: URL, families?: number): void {
  const { pages, flagged } = savedSet(dir);
  const kits = pages.filter((p) => p.expect !== 'clean');
  const twins = pages.filter((p) => p.expect === 'clean');
  describe(name, () => {
    it('has at least three kits and a twin for each class', () => {
      const all = new Set(pages.map((p) => p.family));
      if (families !== undefined) expect(all.size).toBe(families);
      else expect(all.size).toBeGreaterThanOrEqual(1);
      for (const f of all) {
        expect(kits.filter((p) => p.family === f).length).toBeGreaterThanOrEqual(3);
        expect(twins.filter((p) => p.family === f).length).toBe(1);
      }
    });
    it('catches every kit', () => expect(kits.filter((p) => !flagged(p)).map((p) => p.file)).toEqual([]));
    it('flags no twin', () => expect(twins.filter(flagged).map((p) => p.file)).toEqual([]));
  });
}
