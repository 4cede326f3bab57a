// The independently written corpora (test/fixtures/pages-unseen/<half>/): scored through check --page's own
// path, with the targets of issue #11. See test/fixtures/pages-unseen/README.md.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { judgeSavedPage } from '../../cli/page';
import { compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

const ROOT = new URL('../fixtures/pages-unseen/', import.meta.url);
const halves = existsSync(ROOT)
  ? readdirSync(ROOT, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(new URL(`${d.name}/manifest.json`, ROOT)))
      .map((d) => d.name)
  : [];

interface UnseenPage {
  file: string;
  url: string;
  expect: 'suspicious-page' | 'clean';
  family: string;
  note?: string;
}

/**
 * Recall on fakes the tuning half must keep (measured 2026-12-03 in Node: 84/97; the rest are pages whose
 * brand or form only a running script builds, which the browser sees and a saved page does not). The issue's
 * target (≥ 95 %) is asserted on the frozen half.
 */
const FLOOR: Record<string, number> = { tune: 0.8, frozen: 0.95 };

describe.each(halves)('unseen pages: %s half', (half) => {
  const dir = new URL(`${half}/`, ROOT);
  const pages = (JSON.parse(readFileSync(new URL('manifest.json', dir), 'utf8')) as { pages: UnseenPage[] })
    .pages;
  const lists = compileLists(bundledList);
  const judged = pages.map((p) => {
    const { result } = judgeSavedPage(readFileSync(new URL(p.file, dir), 'utf8'), p.url, lists);
    const flagged = !['unknown', 'official', 'invalid'].includes(result.verdict);
    return { ...p, flagged, verdict: result.verdict, page: result.page };
  });
  const fakes = judged.filter((p) => p.expect !== 'clean');
  const benign = judged.filter((p) => p.expect === 'clean');

  it('per family (printed)', () => {
    const rows = new Map<string, [number, number]>();
    for (const p of judged) {
      const k = `${p.expect === 'clean' ? 'benign' : 'fake'} ${p.family}`;
      const r = rows.get(k) ?? [0, 0];
      r[0] += p.flagged ? 1 : 0;
      r[1]++;
      rows.set(k, r);
    }
    const lines = [...rows].sort().map(([k, [f, n]]) => `${k.padEnd(32)} ${f}/${n} flagged`);
    console.log(
      `${half}: ${fakes.filter((p) => p.flagged).length}/${fakes.length} fakes caught, ` +
        `${benign.filter((p) => p.flagged).length}/${benign.length} benign flagged\n${lines.join('\n')}`,
    );
    expect(judged.length).toBeGreaterThan(0);
  });

  it('flags no benign page of any kind (≤ 1 % overall, 0 per kind)', () => {
    const wrong = benign.filter((p) => p.flagged).map((p) => `${p.file} (${p.verdict})`);
    expect(wrong.length / Math.max(1, benign.length)).toBeLessThanOrEqual(0.01);
    // every kind at 0 for the page guard's own verdict (an address verdict is the domain guard's figure)
    expect(benign.filter((p) => p.page.verdict === 'suspicious-page').map((p) => p.file)).toEqual([]);
  });

  it(`catches at least ${(FLOOR[half] ?? 0.95) * 100} % of the fakes`, () => {
    const missed = fakes.filter((p) => !p.flagged).map((p) => p.file);
    expect(1 - missed.length / Math.max(1, fakes.length), missed.join(' ')).toBeGreaterThanOrEqual(
      FLOOR[half] ?? 0.95,
    );
  });
});
