/**
 * Hangul by letter parts (jamo). A syllable block is an initial consonant, a vowel and an optional final
 * consonant; scammers change one of them (쿠팡 → 쿠빵, 쿠팽, 구팡, 쿠판), which a comparison of whole syllables
 * counts as a full change. Pure arithmetic over the Unicode Hangul Syllables block, no tables beyond the jamo.
 */

const SBASE = 0xac00;
const SCOUNT = 11172;
const VCOUNT = 21;
const TCOUNT = 28;

/** Compatibility jamo (the letters a Korean keyboard types) of the 19 initials, 21 vowels and 27 finals. */
export const INITIALS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
export const VOWELS = 'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ';
/** index 0 (no final) is absent: FINALS[t - 1] */
export const FINALS = 'ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ';

export function isHangulSyllable(ch: string): boolean {
  const c = ch.charCodeAt(0) - SBASE;
  return ch.length === 1 && c >= 0 && c < SCOUNT;
}

/** True when `s` holds a Hangul syllable or a compatibility jamo. */
export function hasHangul(s: string): boolean {
  return /[\uac00-\ud7a3\u3131-\u318e]/.test(s);
}

/** The parts of one syllable as [initial, vowel, final] indexes (final 0 = none), or null. */
export function syllableParts(ch: string): [number, number, number] | null {
  const c = ch.charCodeAt(0) - SBASE;
  if (ch.length !== 1 || c < 0 || c >= SCOUNT) return null;
  return [Math.floor(c / (VCOUNT * TCOUNT)), Math.floor((c % (VCOUNT * TCOUNT)) / TCOUNT), c % TCOUNT];
}

/** The syllable made of the given parts (indexes as syllableParts returns them). */
export function composeSyllable(l: number, v: number, t = 0): string {
  return String.fromCharCode(SBASE + (l * VCOUNT + v) * TCOUNT + t);
}

/**
 * Text with every Hangul syllable written as its compatibility jamo (쿠팡 → ㅋㅜㅍㅏㅇ); other characters stay.
 * Compound vowels and finals stay one letter (ㅘ, ㄺ): one jamo changed is one edit.
 */
export function toJamo(s: string): string {
  let out = '';
  for (const ch of s.normalize('NFC')) {
    const p = syllableParts(ch);
    if (!p) out += ch;
    else out += INITIALS[p[0]]! + VOWELS[p[1]]! + (p[2] ? FINALS[p[2] - 1]! : '');
  }
  return out;
}

/**
 * Optimal string alignment distance (insertions, deletions, substitutions, adjacent transpositions) between
 * two strings by UTF-16 unit, stopping early once it exceeds `max`: returns max + 1 then. Jamo are single units.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, prev2[j - 2]! + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n]!;
}

/** Edit distance of two Hangul texts counted in jamo (쿠팡 / 쿠빵: 1). */
export function jamoDistance(a: string, b: string, max = Infinity): number {
  return editDistance(toJamo(a), toJamo(b), max);
}

/** Jamo written as two simpler ones (the way the keyboard types them): compound vowels and finals, ㅄ. */
export const COMPOUND: Readonly<Record<string, string>> = {
  ㅘ: 'ㅗㅏ',
  ㅙ: 'ㅗㅐ',
  ㅚ: 'ㅗㅣ',
  ㅝ: 'ㅜㅓ',
  ㅞ: 'ㅜㅔ',
  ㅟ: 'ㅜㅣ',
  ㅢ: 'ㅡㅣ',
  ㄳ: 'ㄱㅅ',
  ㄵ: 'ㄴㅈ',
  ㄶ: 'ㄴㅎ',
  ㄺ: 'ㄹㄱ',
  ㄻ: 'ㄹㅁ',
  ㄼ: 'ㄹㅂ',
  ㄽ: 'ㄹㅅ',
  ㄾ: 'ㄹㅌ',
  ㄿ: 'ㄹㅍ',
  ㅀ: 'ㄹㅎ',
  ㅄ: 'ㅂㅅ',
};
const COMBINE = new Map<string, string>();
for (const [j, pair] of Object.entries(COMPOUND)) COMBINE.set(pair, j);

const isVowel = (j: string | undefined): boolean => j !== undefined && VOWELS.includes(j);
const isFinal = (j: string | undefined): boolean => j !== undefined && FINALS.includes(j);

/** Is `ch` a Hangul syllable without a final consonant (파, not 팡)? */
const syllableOpen = (ch: string): boolean => {
  const c = ch.charCodeAt(0) - 0xac00;
  return c >= 0 && c < 11172 && c % 28 === 0;
};

/**
 * Compatibility jamo composed into syllables the way a Korean input method does (ㅋㅜㅍㅏㅇ → 쿠팡; a final
 * moves on to the next syllable when a vowel follows: ㄷㅏㄹㄱㅣ → 달기; a final after a written open syllable closes
 * it: 쿠파ㅇ → 쿠팡). Other characters stay as they are.
 */
export function composeJamo(s: string): string {
  const j = [...s];
  let out = '';
  let i = 0;
  while (i < j.length) {
    const li = INITIALS.indexOf(j[i]!);
    // a final typed after a written open syllable closes it, as the input method would (파ㅇ → 팡), when no vowel
    // follows to take it as its initial
    const open = syllableOpen(j[i]!);
    if (open && isFinal(j[i + 1]) && !isVowel(j[i + 2])) {
      out += String.fromCharCode(j[i]!.charCodeAt(0) + FINALS.indexOf(j[i + 1]!) + 1);
      i += 2;
      continue;
    }
    if (li < 0 || !isVowel(j[i + 1])) {
      const pair = COMBINE.get(j[i]! + (j[i + 1] ?? ''));
      out += pair ?? j[i]!;
      i += pair ? 2 : 1;
      continue;
    }
    let v = j[i + 1]!;
    i += 2;
    const cv = COMBINE.get(v + (j[i] ?? ''));
    if (cv && isVowel(cv)) {
      v = cv;
      i++;
    }
    let t = 0;
    if (isFinal(j[i]) && !isVowel(j[i + 1])) {
      const cf = COMBINE.get(j[i]! + (j[i + 1] ?? ''));
      if (cf && isFinal(cf) && !isVowel(j[i + 2])) {
        t = FINALS.indexOf(cf) + 1;
        i += 2;
      } else {
        t = FINALS.indexOf(j[i]!) + 1;
        i++;
      }
    }
    out += composeSyllable(li, VOWELS.indexOf(v), t);
  }
  return out;
}
