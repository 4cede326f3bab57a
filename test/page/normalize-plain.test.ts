import { describe, expect, it } from 'vitest';
import { tight, tightPlainFirst } from '../../lib/page/normalize';

/*
 * The scorer's tight() lower-cases a plain start (ASCII and Hangul syllables) alone and folds only the rest
 * (pagespeed4). It must agree with the whole-string tight() on every string, above all where the rest begins: a
 * mark composing with the character before it, a final consonant joining the syllable before it, a Σ whose lower
 * case depends on the letters before it.
 */
// what a plain start is made of, and what may follow it
const PLAIN = ['a', 'Z', 'O', 'k', '0', ' ', '.', "'", ':', '-', '\n', '\t', '쿠', '팡', '가', '하', '각'];
const EDGE = [
  '\u0301', // combining acute: composes with a Latin letter before it
  '\u0327',
  '\u11a8', // a final consonant jamo: composes with an open syllable before it
  '\u1100', // a leading consonant: LOOSE_FINAL joins it to the syllable before it
  '\u3147', // ㅇ, compatibility jamo: NFKC makes it a leading consonant
  '\u1161',
  'Σ',
  'σ',
  '\u{1d6ba}', // mathematical bold capital sigma: NFKC makes it Σ
  'Α',
  'Ο',
  'С',
  'İ',
  'ß',
  '\u200b',
  '\u00ad',
  '\u3164',
  '\u{e0041}',
  '\u00a0',
  '\u3000',
  '©',
  'ｃ',
  'Ｃ',
  '①',
  '\u{1d41c}',
  'ı',
  'ſ',
  'K', // Kelvin sign
  '\u202e',
];

describe('tightPlainFirst(): a plain start lower-cased alone', () => {
  it('agrees with the whole-string fold where the rest begins', () => {
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * n);
    };
    let checked = 0;
    for (let i = 0; i < 6000; i++) {
      let s = '';
      const plain = rnd(3) === 0 ? rnd(40) : 30 + rnd(20);
      for (let k = 0; k < plain; k++) s += PLAIN[rnd(PLAIN.length)];
      const rest = 1 + rnd(6);
      for (let k = 0; k < rest; k++) s += rnd(2) ? EDGE[rnd(EDGE.length)] : PLAIN[rnd(PLAIN.length)];
      expect(tightPlainFirst(s), JSON.stringify(s)).toBe(tight(s));
      checked++;
    }
    expect(checked).toBe(6000);
  });

  it('keeps a final sigma, a composed accent and a joined final consonant after a long plain start', () => {
    const start = 'Coupang 고객센터 안내 '.repeat(3);
    // (Σ after a letter and before none lower-cases to ς, which folds to "c"; σ would fold to "o": the letter
    // that decides it is in the plain start)
    expect(tightPlainFirst(`${start}abc.Σ`).endsWith('abcc')).toBe(true);
    expect(tightPlainFirst(`${start}. Σx`).endsWith('ox')).toBe(true);
    for (const s of [
      `${start}abc.Σ`,
      `${start}e\u0301`,
      `${start}가\u11a8`,
      `${start}쿠파\u3147`,
      `${start}ＣＯＵＰＡＮＧ`,
    ])
      expect(tightPlainFirst(s), s).toBe(tight(s));
    expect(tightPlainFirst(`${start}쿠파\u3147`).endsWith('쿠팡')).toBe(true);
    expect(tightPlainFirst(`${start}가\u11a8`).endsWith('각')).toBe(true);
    expect(tightPlainFirst(`${start}ＣＯＵＰＡＮＧ`).endsWith('coupang')).toBe(true);
    expect(tightPlainFirst('')).toBe('');
    expect(tightPlainFirst('Coupang 쿠팡')).toBe('coupang쿠팡');
  });
});
