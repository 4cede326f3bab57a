import { describe, expect, it } from 'vitest';
import { light, tight, tightFromLight } from '../../lib/page/normalize';
import { asciiSkeletonChar } from '../../lib/page/skeleton-lite';

/*
 * fold() lower-cases a plain start (ASCII and Hangul syllables) alone and folds only the rest (pagespeed4). The
 * reference below is the whole-string fold as it was before: every step over the whole text. The two must agree
 * on every string, above all where the rest begins: a mark composing with the character before it, a final
 * consonant joining the syllable before it, a Σ whose lower case depends on the letters before it.
 */
const INVISIBLE =
  // eslint-disable-next-line no-misleading-character-class -- single code points
  /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8]/g;
const ASTRAL_INVISIBLE_LEAD = /[\ud82f\ud834\udb40-\udb43]/;
const ASTRAL_INVISIBLE = /[\udb40-\udb43][\udc00-\udfff]|\ud834[\udd73-\udd7a]|\ud82f[\udca0-\udca3]/g;
const HAS_MAYBE_CONFUSABLE = /[^ -~\uac00-\ud7a3\u3131-\u318e\s]/;
const MAYBE_CONFUSABLE = /[\ud800-\udbff][\udc00-\udfff]|[^ -~\uac00-\ud7a3\u3131-\u318e\s\ud800-\udfff]/g;
const CAPITALS = /[\u0391-\u03a9\u0405-\u042f]/g;
const CAPITAL_FROM = 'ΑΒΕΖΗΙΚΜΝΟΡΤΥΧЅІЈАВЕКМНОРСТУХ';
const CAPITAL_TO = 'ABEZHIKMNOPTYXSIJABEKMHOPCTYX';
const LOOSE_FINAL = /([\uac00-\ud7a3])([\u1100-\u1112])(?![\u1161-\u1175])/g;
const FINAL_OF = [1, 2, 4, 7, 0, 8, 16, 17, 0, 19, 20, 21, 22, 0, 23, 24, 25, 26, 27];

function wholeFold(s: string): string {
  let t = s.normalize('NFKC');
  if (/[\u1100-\u1112]/.test(t))
    t = t.replace(LOOSE_FINAL, (m: string, syl: string, ini: string) => {
      const code = syl.charCodeAt(0);
      const f = FINAL_OF[ini.charCodeAt(0) - 0x1100];
      return (code - 0xac00) % 28 || !f ? m : String.fromCharCode(code + f);
    });
  if (HAS_MAYBE_CONFUSABLE.test(t))
    t = t.replace(CAPITALS, (ch) => {
      const i = CAPITAL_FROM.indexOf(ch);
      return i < 0 ? ch : CAPITAL_TO[i]!;
    });
  t = t.toLowerCase();
  if (HAS_MAYBE_CONFUSABLE.test(t)) {
    t = t.replace(INVISIBLE, '');
    if (ASTRAL_INVISIBLE_LEAD.test(t)) t = t.replace(ASTRAL_INVISIBLE, '');
    t = t.replace(MAYBE_CONFUSABLE, (ch) => asciiSkeletonChar(ch) ?? ch);
  }
  return t;
}
const wholeLight = (s: string) => (s ? wholeFold(s).replace(/\s+/g, ' ').trim() : '');
const wholeTight = (s: string) => (s ? tightFromLight(wholeFold(s)) : '');

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

describe('fold(): a plain start lower-cased alone', () => {
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
      expect(tight(s), JSON.stringify(s)).toBe(wholeTight(s));
      expect(light(s), JSON.stringify(s)).toBe(wholeLight(s));
      checked++;
    }
    expect(checked).toBe(6000);
  });

  it('keeps a final sigma, a composed accent and a joined final consonant after a long plain start', () => {
    const start = 'Coupang 고객센터 안내 '.repeat(3);
    // (Σ after a letter and before none lower-cases to ς, which folds to "c"; σ would fold to "o": the letter
    // that decides it is in the plain start)
    expect(light(`${start}abc.Σ`)).toBe(wholeLight(`${start}abc.Σ`));
    expect(light(`${start}abc.Σ`).endsWith('abc.c')).toBe(true);
    expect(light(`${start}. Σx`).endsWith('. ox')).toBe(true);
    for (const s of [`${start}e\u0301`, `${start}가\u11a8`, `${start}쿠파\u3147`, `${start}ＣＯＵＰＡＮＧ`])
      expect(tight(s), s).toBe(wholeTight(s));
    expect(tight(`${start}쿠파\u3147`).endsWith('쿠팡')).toBe(true);
    expect(tight(`${start}가\u11a8`).endsWith('각')).toBe(true);
    expect(tight(`${start}ＣＯＵＰＡＮＧ`).endsWith('coupang')).toBe(true);
  });
});
