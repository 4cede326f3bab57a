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

/** Other ways brand names write some initial consonants before ㅜ (ㅋ as q: QOOK 쿡; 큐 stays kyu). */
const INITIAL_VARIANTS: Readonly<Record<number, readonly string[]>> = {
  15: ['q'], // ㅋ
};

/**
 * The Revised Romanization of `s` and the spellings with one vowel or one initial consonant written another common
 * way (쿠팡: koopang, qupang).
 */
export function romanizations(s: string): string[] {
  const parts: {
    initial: string;
    vowel: string;
    final: string;
    vowels: readonly string[];
    initials: readonly string[];
  }[] = [];
  for (const ch of s.normalize('NFC')) {
    const p = syllableParts(ch);
    if (p)
      parts.push({
        initial: INITIAL[p[0]]!,
        vowel: VOWEL[p[1]]!,
        final: FINAL[p[2]]!,
        vowels: VOWEL_VARIANTS[p[1]] ?? [],
        initials: p[1] === 13 ? (INITIAL_VARIANTS[p[0]] ?? []) : [],
      });
  }
  const base = parts.map((p) => p.initial + p.vowel + p.final);
  const out = [base.join('')];
  const swap = (i: number, syllable: string) =>
    out.push([...base.slice(0, i), syllable, ...base.slice(i + 1)].join(''));
  parts.forEach((p, i) => {
    for (const v of p.vowels) swap(i, p.initial + v + p.final);
    for (const c of p.initials) swap(i, c + p.vowel + p.final);
  });
  return out;
}
