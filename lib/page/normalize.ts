import { asciiSkeletonChar } from './skeleton-lite';

/**
 * Text normalisation for the page guard.
 *
 *  light(s): NFKC → lower case → drop invisible characters (zero-width, soft hyphen, bidi controls, Hangul
 *            fillers, variation selectors) → map confusable letters to their ASCII prototype (Cyrillic "с" → "c")
 *            → collapse whitespace. Keeps word boundaries, so it suits word regexes and copyright lines.
 *  tight(s): light(s) without whitespace, punctuation and symbols: "쿠 팡", "C.o.u.p.a.n.g" and "본인-인증"
 *            become "쿠팡", "coupang", "본인인증". All keyword tables (lexicon.ts) are written in this form.
 *
 * The confusable map is behind `asciiSkeletonChar` (skeleton-lite.ts) so the page guard and the domain guard
 * share one source of truth.
 */

// Characters that render as nothing (or as a blank) and are used to split a brand name invisibly.
const INVISIBLE =
  // eslint-disable-next-line no-misleading-character-class -- a set of single invisible code points, not graphemes
  /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]/g;
// Anything outside ASCII, Hangul and whitespace may have an ASCII prototype.
const MAYBE_CONFUSABLE = /[^ -~\uac00-\ud7a3\u3131-\u318e\s]/gu;
const SPACES = /\s+/g;
const NOT_WORD = /[\s\p{P}\p{S}]+/gu;
const mapChar = (ch: string): string => asciiSkeletonChar(ch) ?? ch;

export function light(s: string): string {
  if (!s) return '';
  let t = s.normalize('NFKC').toLowerCase().replace(INVISIBLE, '');
  t = t.replace(MAYBE_CONFUSABLE, mapChar);
  return t.replace(SPACES, ' ').trim();
}

/** From an already light string. */
export function tightFromLight(l: string): string {
  return l.replace(NOT_WORD, '');
}

export function tight(s: string): string {
  return tightFromLight(light(s));
}

/**
 * The same text without the anti-obfuscation steps: only full-width and half-width forms are folded (Korean
 * pages use them for style), case is lowered, and spaces, punctuation and symbols are dropped. When the brand
 * is in tight(s) but not here, someone hid it: look-alike letters from other scripts, invisible characters,
 * mathematical or letter-like symbols ("𝐂𝐨𝐮𝐩𝐚𝐧𝐠", "ⅽoupang"), accents, decomposed Hangul.
 */
export function plainTight(s: string): string {
  return s
    .replace(/[\uff01-\uffdc]/g, (c) => c.normalize('NFKC'))
    .toLowerCase()
    .replace(/[\p{P}\p{S}\p{Zs}\t\n\r\f\v]+/gu, '');
}
