/**
 * Revised Romanization of Korean, letter by letter (no sound-change rules across syllables): 쿠팡 → "kupang",
 * 로켓 → "roket". It is the spelling a Korean writes a name with in Latin letters, and what scammers register
 * next to the brand's own Latin name.
 */
import { syllableParts } from './hangul';

const INITIAL = [
  'g',
  'kk',
  'n',
  'd',
  'tt',
  'r',
  'm',
  'b',
  'pp',
  's',
  'ss',
  '',
  'j',
  'jj',
  'ch',
  'k',
  't',
  'p',
  'h',
];
const VOWEL = [
  'a',
  'ae',
  'ya',
  'yae',
  'eo',
  'e',
  'yeo',
  'ye',
  'o',
  'wa',
  'wae',
  'oe',
  'yo',
  'u',
  'wo',
  'we',
  'wi',
  'yu',
  'eu',
  'ui',
  'i',
];
/** Finals as pronounced at the end of a syllable (ㄳ reads k, ㄼ reads l ...). */
const FINAL = [
  '',
  'k',
  'k',
  'k',
  'n',
  'n',
  'n',
  't',
  'l',
  'k',
  'm',
  'l',
  'l',
  'l',
  'p',
  'l',
  'm',
  'p',
  'p',
  't',
  't',
  'ng',
  't',
  't',
  'k',
  't',
  'p',
  't',
];

/** Lower-case Latin spelling of `s`; characters that are not Hangul syllables are dropped. */
export function romanize(s: string): string {
  let out = '';
  for (const ch of s.normalize('NFC')) {
    const p = syllableParts(ch);
    if (p) out += INITIAL[p[0]]! + VOWEL[p[1]]! + FINAL[p[2]]!;
  }
  return out;
}

/** Other ways Koreans spell some vowels in names (ㅜ as oo or ou: Koo, Bae, Seo): one vowel swapped at a time. */
const VOWEL_VARIANTS: Readonly<Record<number, readonly string[]>> = {
  13: ['oo', 'ou'], // ㅜ
  4: ['o', 'u'], // ㅓ
  18: ['u'], // ㅡ
  1: ['e'], // ㅐ
  5: ['ae'], // ㅔ
};

/** The Revised Romanization of `s` and the spellings with one vowel written another common way (쿠팡: koopang). */
export function romanizations(s: string): string[] {
  const parts: string[][] = [];
  for (const ch of s.normalize('NFC')) {
    const p = syllableParts(ch);
    if (p) parts.push([INITIAL[p[0]]!, VOWEL[p[1]]!, FINAL[p[2]]!, ...(VOWEL_VARIANTS[p[1]] ?? [])]);
  }
  const base = parts.map((p) => p[0]! + p[1]! + p[2]!);
  const out = [base.join('')];
  parts.forEach((p, i) => {
    for (const v of p.slice(3))
      out.push([...base.slice(0, i), p[0]! + v + p[2]!, ...base.slice(i + 1)].join(''));
  });
  return out;
}
