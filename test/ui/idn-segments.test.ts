import { describe, expect, it } from 'vitest';
import { toASCII } from 'punycode';
import { classify } from '../../lib/domain/index';
import { hostSegments, isIdn } from '../../lib/ui/idn-segments';

const marked = (host: string, reasons: Parameters<typeof hostSegments>[1]) =>
  hostSegments(host, reasons)
    .filter((s) => s.lookalike)
    .map((s) => [s.text, s.imitates, s.codePoint]);

describe('IDN highlight', () => {
  it('marks the swapped characters named by the evidence, in the label the evidence is about', () => {
    const reasons = [
      {
        code: 'homoglyph' as const,
        match: 'соupang',
        swaps: [
          { index: 0, found: 'с', imitates: 'c', codePoint: 'U+0441' },
          { index: 1, found: 'о', imitates: 'o', codePoint: 'U+043E' },
        ],
      },
    ];
    expect(marked('соupang.com', reasons)).toEqual([
      ['с', 'c', 'U+0441'],
      ['о', 'o', 'U+043E'],
    ]);
    expect(marked('login.соupang.com', reasons)).toEqual([
      ['с', 'c', 'U+0441'],
      ['о', 'o', 'U+043E'],
    ]);
    expect(
      hostSegments('login.соupang.com', reasons)
        .map((s) => s.text)
        .join(''),
    ).toBe('login.соupang.com');
  });

  it('finds the label by the evidence when the match is missing', () => {
    expect(
      marked('www.coupаng.kr', [
        { code: 'homoglyph', swaps: [{ index: 4, found: 'а', imitates: 'a', codePoint: 'U+0430' }] },
      ]),
    ).toEqual([['а', 'a', 'U+0430']]);
  });

  it('counts indexes in code points (astral characters)', () => {
    const host = '𝐜oupang.com';
    expect(
      marked(host, [
        { code: 'homoglyph', swaps: [{ index: 0, found: '𝐜', imitates: 'c', codePoint: 'U+1D41C' }] },
      ]),
    ).toEqual([['𝐜', 'c', 'U+1D41C']]);
  });

  it('falls back to marking non-ASCII letters for script tricks without usable evidence', () => {
    expect(marked('coupаng.com', [{ code: 'mixed-script' }])).toEqual([['а', undefined, 'U+0430']]);
    expect(
      marked('coupаng.com', [
        { code: 'homoglyph', swaps: [{ index: 99, found: 'x', imitates: 'y', codePoint: '' }] },
      ]),
    ).toEqual([['а', undefined, 'U+0430']]);
  });

  it('marks nothing for other reasons and never throws on odd input', () => {
    expect(marked('쿠팡.com', [{ code: 'hangul-brand' }])).toEqual([]);
    expect(
      marked('', [{ code: 'homoglyph', swaps: [{ index: 0, found: '', imitates: '', codePoint: '' }] }]),
    ).toEqual([]);
    expect(() =>
      hostSegments('a..b', [
        { code: 'homoglyph', swaps: [{ index: -1, found: 'a', imitates: 'a', codePoint: '' }] },
      ]),
    ).not.toThrow();
  });

  it('knows when a host has an IDN form', () => {
    expect(isIdn('xn--9t4b11yi5a.com', '쿠팡.com')).toBe(true);
    expect(isIdn('coupang.com', 'coupang.com')).toBe(false);
    expect(isIdn(null, null)).toBe(false);
  });
});

describe('IDN highlight over real verdicts of the domain guard', () => {
  // Look-alikes built here from Cyrillic letters, in Unicode and punycode form.
  const swaps: [string, string][] = [
    ['coupаng.com', 'а'],
    ['сoupang.kr', 'с'],
    ['login.соupang.com', 'со'],
    ['cоupang-event.com', 'о'],
  ];
  it.each(swaps.flatMap(([u, s]) => [[u, s] as const, [toASCII(u), s] as const]))(
    '%s: exactly the swapped letters are marked',
    (input, letters) => {
      const v = classify(input);
      expect(v.verdict).toBe('lookalike');
      const segs = hostSegments(v.unicodeHostname ?? '', v.reasons);
      expect(segs.map((s) => s.text).join('')).toBe(v.unicodeHostname);
      expect(
        segs
          .filter((s) => s.lookalike)
          .map((s) => s.text)
          .join(''),
      ).toBe(letters);
      expect(segs.filter((s) => s.lookalike).every((s) => /^[a-z]$/.test(s.imitates ?? ''))).toBe(true);
    },
  );
});
