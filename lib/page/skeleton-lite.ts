import { LITE_CONFUSABLES_SOURCE } from './confusables-lite.data';

/**
 * Maps one character (already NFKC-normalised and lower-cased) to the ASCII letter it imitates, or
 * undefined. Backed by a reduced UTS #39 table (only ASCII prototypes) small enough for the content script;
 * characters with accents are folded to their base letter first ("ç" → "c").
 *
 * Nothing is built up front (issue #16): the content script's gate meets a few non-ASCII characters on an
 * ordinary page ("·", "©", "→"), and building a map of the whole table for them cost more than the lookups.
 * A character is looked up by searching the table's text (about 600 code units, "a⍺ɑα…|b…": the letter an
 * entry imitates is the first of its group) and the answer is kept, so a long page pays the search once per
 * distinct character.
 */
const SOURCE = LITE_CONFUSABLES_SOURCE;
let marks: RegExp | null = null;

const cache = new Map<string, string | undefined>();

/** The table's answer for one code point (one BMP unit or a surrogate pair), without accents folding. */
function direct(ch: string): string | undefined {
  const c = ch.charCodeAt(0);
  // ASCII letters are the table's prototypes, "|" its separator: neither is a look-alike
  if (c < 0x80) return undefined;
  if (ch.length === 1) {
    // a lone surrogate would match half of a pair in the table
    if (c >= 0xd800 && c <= 0xdfff) return undefined;
  } else if (!(ch.length === 2 && c >= 0xd800 && c <= 0xdbff)) return undefined;
  const i = SOURCE.indexOf(ch);
  return i < 0 ? undefined : SOURCE.charAt(SOURCE.lastIndexOf('|', i) + 1);
}

/**
 * Blocks with no combining mark in them (no code point of General_Category M; test/page/skeleton-lite.test.ts
 * checks every one): Latin-1 to the spacing modifiers, general punctuation to currency, letter-like symbols to
 * arrows and shapes, CJK punctuation before its tone marks. A character there that NFD leaves alone is neither
 * accented nor a mark, so its answer needs no `\p{M}` regex, whose first use cost an ordinary page's first
 * look ~0.3 ms for its "·" or "©" (issue #16, perf9).
 */
export function markFree(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (
    ch.length === 1 &&
    (c < 0x300 || (c >= 0x2000 && c < 0x2c00 && (c < 0x20d0 || c >= 0x2100)) || (c >= 0x3000 && c < 0x302a))
  );
}

export function asciiSkeletonChar(ch: string): string | undefined {
  if (cache.has(ch)) return cache.get(ch);
  let r = direct(ch);
  if (r === undefined) {
    // Accents are the trick, not a new letter: "ç" → "c"; a stray combining mark disappears.
    const nfd = ch.normalize('NFD');
    const base = nfd === ch && markFree(ch) ? ch : nfd.replace((marks ??= /\p{M}/gu), '');
    r = base === ch ? undefined : base === '' || base.charCodeAt(0) < 0x80 ? base : (direct(base) ?? base);
  }
  if (cache.size < 5000) cache.set(ch, r);
  return r;
}
