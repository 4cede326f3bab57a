import { describe, expect, it } from 'vitest';
import { LITE_CONFUSABLES_SOURCE } from '../../lib/page/confusables-lite.data';
import { asciiSkeletonChar, markFree } from '../../lib/page/skeleton-lite';

/** The table read the plain way (a map of every character to its letter), as the lookup must answer. */
function reference(): (ch: string) => string | undefined {
  const map = new Map<string, string>();
  for (const entry of LITE_CONFUSABLES_SOURCE.split('|'))
    for (const ch of entry.slice(1)) map.set(ch, entry.charAt(0));
  return (ch) => {
    const hit = map.get(ch);
    if (hit !== undefined) return hit;
    const base = ch.normalize('NFD').replace(/\p{M}/gu, '');
    return base === ch
      ? undefined
      : base === '' || base.charCodeAt(0) < 0x80
        ? base
        : (map.get(base) ?? base);
  };
}

describe('asciiSkeletonChar (the lite confusables lookup, no map built)', () => {
  it('answers as a full map of the table would, for every code point up to U+2FFFF', () => {
    const ref = reference();
    const wrong: string[] = [];
    for (let cp = 0; cp <= 0x2ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (asciiSkeletonChar(ch) !== ref(ch)) wrong.push(cp.toString(16));
    }
    expect(wrong.slice(0, 20)).toEqual([]);
  });

  it('reads look-alikes, accents and astral letters', () => {
    expect(asciiSkeletonChar('с')).toBe('c'); // Cyrillic
    expect(asciiSkeletonChar('ο')).toBe('o'); // Greek
    expect(asciiSkeletonChar('ç')).toBe('c');
    expect(asciiSkeletonChar('𐊠')).toBe('a');
    expect(asciiSkeletonChar('\u0301')).toBe(''); // a stray combining mark disappears
  });

  it('never answers for ASCII, the separator, a lone surrogate or more than one character', () => {
    for (const ch of ['a', 'z', '|', '.', '\ud800', '\udc00', 'сο', '𐊠a', ''])
      expect(asciiSkeletonChar(ch), JSON.stringify(ch)).toBeUndefined();
    // half of an astral entry is not the entry
    expect(asciiSkeletonChar('𐊠'.charAt(0))).toBeUndefined();
    expect(asciiSkeletonChar('𐊠'.charAt(1))).toBeUndefined();
  });

  it('skips the mark regex only where Unicode has no combining mark (perf9)', () => {
    const marks: string[] = [];
    let free = 0;
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (!markFree(ch)) continue;
      free++;
      if (/\p{M}/u.test(ch)) marks.push(cp.toString(16));
    }
    expect(marks).toEqual([]);
    // the blocks an ordinary Korean page's punctuation comes from: ·, ©, ※, →, ★, 「
    for (const ch of ['·', '©', '※', '→', '★', '「']) expect(markFree(ch), ch).toBe(true);
    expect(free).toBeGreaterThan(3500);
    // a mark, a letter with an accent's block, two characters: the regex decides
    for (const ch of ['\u0301', '\u302a', '\u20d0', 'ab', '·a', '', '😀'])
      expect(markFree(ch), ch).toBe(false);
  });
});
