import { LITE_CONFUSABLES } from './confusables-lite.data';

/**
 * Maps one character (already NFKC-normalised and lower-cased) to the ASCII letter or digit it imitates, or
 * undefined. Backed by a reduced UTS #39 table (only ASCII prototypes) small enough for the content script.
 */
const table = new Map<string, string>();
for (const [target, chars] of Object.entries(LITE_CONFUSABLES)) for (const ch of chars) table.set(ch, target);

export function asciiSkeletonChar(ch: string): string | undefined {
  return table.get(ch);
}
