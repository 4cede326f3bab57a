import { LITE_CONFUSABLES_SOURCE } from './confusables-lite.data';

/**
 * Maps one character (already NFKC-normalised and lower-cased) to the ASCII letter it imitates, or
 * undefined. Backed by a reduced UTS #39 table (only ASCII prototypes) small enough for the content script;
 * characters with accents are folded to their base letter first ("ç" → "c").
 */
// built on first use: the content script's top level builds nothing (issue #16)
let table: Map<string, string> | null = null;
function lite(): Map<string, string> {
  if (!table) {
    table = new Map();
    for (const entry of LITE_CONFUSABLES_SOURCE.split('|')) {
      const target = entry.charAt(0);
      for (const ch of entry.slice(1)) table.set(ch, target);
    }
  }
  return table;
}
const MARKS = /\p{M}/gu;

const cache = new Map<string, string | undefined>();

export function asciiSkeletonChar(ch: string): string | undefined {
  const direct = lite().get(ch);
  if (direct !== undefined) return direct;
  if (cache.has(ch)) return cache.get(ch);
  // Accents are the trick, not a new letter: "ç" → "c"; a stray combining mark disappears.
  const base = ch.normalize('NFD').replace(MARKS, '');
  const r =
    base === ch ? undefined : base === '' || base.charCodeAt(0) < 0x80 ? base : (lite().get(base) ?? base);
  if (cache.size < 5000) cache.set(ch, r);
  return r;
}
