/**
 * Text as people see it: full-width letters folded to ASCII, half-width Hangul to ordinary jamo, and the
 * separators scammers put inside a word to break a name for machines but not for readers (쿠-팡, 쿠ㆍ팡, c·o·u·p·a·n·g,
 * c_o_u_p_a_n_g, 쿠 팡) taken out.
 */

/** Half-width Hangul (U+FFA1…) to compatibility jamo (U+3131…): consonants in one run, vowels in four. */
function halfWidthJamo(c: number): string {
  if (c <= 0xffbe) return String.fromCharCode(c - 0xffa1 + 0x3131);
  const block = (c - 0xffc2) >> 3; // FFC2, FFCA, FFD2, FFDA: six vowels each (three in the last)
  return String.fromCharCode(0x314f + block * 6 + ((c - 0xffc2) & 7));
}

/** Full-width ASCII (Ｃｏｕｐａｎｇ) to ASCII, ideographic space to a space, half-width Hangul (ﾻ ...) to jamo. */
export function foldWidth(s: string): string {
  return s.replace(
    /[\uff01-\uff5e\u3000\uffa1-\uffbe\uffc2-\uffc7\uffca-\uffcf\uffd2-\uffd7\uffda-\uffdc]/g,
    (ch) => {
      const c = ch.charCodeAt(0);
      if (c === 0x3000) return ' ';
      return c <= 0xff5e ? String.fromCharCode(c - 0xfee0) : halfWidthJamo(c);
    },
  );
}

/**
 * Characters that separate the letters of one word without reading as part of it: hyphens and dashes, underscore,
 * middle dots (· ㆍ ・ ･ ‧ • ∙), dots, spaces, zero-width characters and Hangul fillers.
 */
export const SEPARATOR_CHARS =
  '\\-_.\\s\u00b7\u2010-\u2015\u2022\u2027\u2219\u318d\u30fb\uff65\u200b-\u200d\u2060\ufeff\u3164\u115f\u1160\uffa0';
const RUN = new RegExp(`(?<=[\\p{L}\\p{N}])[${SEPARATOR_CHARS}]{1,3}(?=[\\p{L}\\p{N}])`, 'gu');
const ANY = new RegExp(`[${SEPARATOR_CHARS}]+`, 'gu');

/** Separators between two letters or digits removed (runs of up to three); leading and trailing ones kept. */
export function joinWord(s: string): string {
  return s.replace(RUN, '');
}

/** Every separator removed. */
export function stripSeparators(s: string): string {
  return s.replace(ANY, '');
}
