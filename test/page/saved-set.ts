import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { judgeSavedPage } from '../../cli/page';
import { compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

/** One page of a saved set (test/fixtures/pages-honest-*, pages-kits-*): its manifest's entry */
export interface SavedPage {
  file: string;
  url: string;
  family: string;
  expect?: string;
  note?: string;
}

const lists = compileLists(bundledList);

/** A saved set's pages, and whether `check --page` would flag one of them (anything but unknown/official/invalid) */
export function savedSet(dir: URL): { pages: SavedPage[]; flagged: (p: SavedPage) => boolean } {
  const { pages } = JSON.parse(readFileSync(new URL('manifest.json', dir), 'utf8')) as { pages: SavedPage[] };
  const flagged = (p: SavedPage) =>
    !['unknown', 'official', 'invalid'].includes(
      judgeSavedPage(readFileSync(new URL(p.file, dir), 'utf8'), p.url, lists).result.verdict,
    );
  return { pages, flagged };
}

/**
 * A round's honest set: at least `min` pages, and not one of them flagged — but those `known` names (file → why it
 * is still flagged), which must stay flagged: a page that stops being flagged, or any other that starts, fails
 */
export function honestSet(name: string, dir: URL, min: number, known: Record<string, string> = {}): void {
  const { pages, flagged } = savedSet(dir);
  describe(name, () => {
    it(`has at least ${min} pages`, () => expect(pages.length).toBeGreaterThanOrEqual(min));
    it(Object.keys(known).length ? 'flags none of them but the known ones' : 'flags none of them', () =>
      expect(pages.filter(flagged).map((p) => `${p.file} ${p.family}`)).toEqual(
        pages.filter((p) => p.file in known).map((p) => `${p.file} ${p.family}`),
      ),
    );
    it('lists only pages of the set as known', () =>
      expect(Object.keys(known).filter((f) => !pages.some((p) => p.file === f))).toEqual([]));
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
