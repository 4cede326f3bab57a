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

/**
 * The Revised Romanization of a name as it is written out by its sound rather than letter by letter, the way a
 * brand's service names are spelled in Latin letters: ㄹ before ㄹ is `ll` (플레이 → peullei, 플렉스 → peulleksu),
 * and a last syllable's ㅡ with no final also as `u` (스 → su, the English word's own vowel). The letter-by-letter
 * form is `romanize`'s.
 */
export function soundRomanizations(s: string): string[] {
  const parts: [number, number, number][] = [];
  for (const ch of s.normalize('NFC')) {
    const p = syllableParts(ch);
    if (p) parts.push(p);
  }
  const syllables = parts.map((p, i) => {
    const next = parts[i + 1];
    // ㄹ final (8) before an initial ㄹ (5): written ll
    const initial = p[0] === 5 && parts[i - 1]?.[2] === 8 ? 'l' : INITIAL[p[0]]!;
    return initial + VOWEL[p[1]]! + (next && p[2] === 8 && next[0] === 5 ? 'l' : FINAL[p[2]]!);
  });
  const out = [syllables.join('')];
  const last = parts[parts.length - 1];
  if (last && last[1] === 18 && last[2] === 0)
    out.push(syllables.slice(0, -1).join('') + INITIAL[last[0]]! + 'u');
  return [...new Set(out)];
}

/**
 * The older romanizations of a name: McCune–Reischauer's aspirates written with h for its apostrophe (ㅋ kh, ㅍ ph,
 * ㅌ th: 쿠팡 → khuphang) and Yale's, which also writes ㅜ as wu (khwuphang): the spellings of linguists' papers and
 * older maps, which kits copy for a name no checker looks for.
 */
export function olderRomanizations(s: string): string[] {
  const aspirate: Record<number, string> = { 15: 'kh', 16: 'th', 17: 'ph' };
  const parts: [number, number, number][] = [];
  for (const ch of s.normalize('NFC')) {
    const p = syllableParts(ch);
    if (p) parts.push(p);
  }
  if (!parts.some((p) => aspirate[p[0]])) return [];
  const spell = (yale: boolean) =>
    parts
      .map(
        (p) =>
          (aspirate[p[0]] ?? INITIAL[p[0]]!) + (yale && p[1] === 13 ? 'wu' : VOWEL[p[1]]!) + FINAL[p[2]]!,
      )
      .join('');
  return [...new Set([spell(false), spell(true)])];
}
