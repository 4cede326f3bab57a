/**
 * The standard Korean keyboard (2-beolsik, KS X 5002) on a QWERTY layout. Hangul typed with the Korean layout
 * switched off comes out as Latin letters (쿠팡 → "znvkd"); smishing operators register such names. Both
 * directions: Hangul → the keys that type it, and keys → the Hangul they type.
 */
import { COMPOUND, FINALS, INITIALS, VOWELS, composeJamo, syllableParts } from './hangul';

/** Compatibility jamo → key. Shifted keys are upper case (ㄲ is Shift+R). */
const KEY: Record<string, string> = {
  ㅂ: 'q',
  ㅈ: 'w',
  ㄷ: 'e',
  ㄱ: 'r',
  ㅅ: 't',
  ㅛ: 'y',
  ㅕ: 'u',
  ㅑ: 'i',
  ㅐ: 'o',
  ㅔ: 'p',
  ㅁ: 'a',
  ㄴ: 's',
  ㅇ: 'd',
  ㄹ: 'f',
  ㅎ: 'g',
  ㅗ: 'h',
  ㅓ: 'j',
  ㅏ: 'k',
  ㅣ: 'l',
  ㅋ: 'z',
  ㅌ: 'x',
  ㅊ: 'c',
  ㅍ: 'v',
  ㅠ: 'b',
  ㅜ: 'n',
  ㅡ: 'm',
  ㅃ: 'Q',
  ㅉ: 'W',
  ㄸ: 'E',
  ㄲ: 'R',
  ㅆ: 'T',
  ㅒ: 'O',
  ㅖ: 'P',
};
function keysOfJamo(j: string): string {
  const parts = COMPOUND[j] ?? j;
  let out = '';
  for (const p of parts) out += KEY[p] ?? p;
  return out;
}

/**
 * The keys that type `s` on the Korean keyboard (쿠팡 → "znvkd", 꿀 → "Rnf"); characters that are not Hangul
 * stay as they are. Lower-case the result for host names (a host cannot tell ㄲ from ㄱ).
 */
export function hangulToKeys(s: string): string {
  let out = '';
  for (let ch of s.normalize('NFC')) {
    // a letter part left alone in its conjoining form (as a host's IDNA mapping leaves ㅕ: U+1167) is its letter
    const c = ch.charCodeAt(0);
    if (c >= 0x1100 && c <= 0x11c2)
      ch =
        (c <= 0x1112
          ? INITIALS[c - 0x1100]
          : c >= 0x1161 && c <= 0x1175
            ? VOWELS[c - 0x1161]
            : c >= 0x11a8
              ? FINALS[c - 0x11a8]
              : ch) ?? ch;
    const p = syllableParts(ch);
    if (p) {
      out += keysOfJamo(INITIALS[p[0]]!) + keysOfJamo(VOWELS[p[1]]!);
      if (p[2]) out += keysOfJamo(FINALS[p[2] - 1]!);
    } else out += KEY[ch] !== undefined || COMPOUND[ch] !== undefined ? keysOfJamo(ch) : ch;
  }
  return out;
}

const JAMO_OF_KEY = new Map<string, string>();
for (const [j, k] of Object.entries(KEY)) JAMO_OF_KEY.set(k, j);

/**
 * The Hangul that `keys` type on the Korean keyboard ("znvkd" → 쿠팡). Upper-case keys are shifted (ㄲ ㄸ ㅃ ㅆ
 * ㅉ ㅒ ㅖ) where the key has a shifted jamo; keys that type nothing stay as they are.
 */
export function keysToHangul(keys: string): string {
  let jamo = '';
  for (const k of keys) jamo += JAMO_OF_KEY.get(k) ?? JAMO_OF_KEY.get(k.toLowerCase()) ?? k;
  return composeJamo(jamo);
}
