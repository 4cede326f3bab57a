import { LITE_CONFUSABLES_SOURCE } from './confusables-lite.data';

/**
 * Maps one character (already NFKC-normalised and lower-cased) to the ASCII letter it imitates, or
 * undefined. Backed by a reduced UTS #39 table (only ASCII prototypes) small enough for the content script;
 * characters with accents are folded to their base letter first ("ç" → "c").
 */
const table = new Map<string, string>();
for (const entry of LITE_CONFUSABLES_SOURCE.split('|')) {
  const target = entry.charAt(0);
  for (const ch of entry.slice(1)) table.set(ch, target);
}
const MARKS = /\p{M}/gu;

const cache = new Map<string, string | undefined>();

export function asciiSkeletonChar(ch: string): string | undefined {
  const direct = table.get(ch);
  if (direct !== undefined) return direct;
  if (cache.has(ch)) return cache.get(ch);
  // Accents are the trick, not a new letter: "ç" → "c"; a stray combining mark disappears.
  const base = ch.normalize('NFD').replace(MARKS, '');
  const r =
    base === ch ? undefined : base === '' || base.charCodeAt(0) < 0x80 ? base : (table.get(base) ?? base);
  if (cache.size < 5000) cache.set(ch, r);
  return r;
}
