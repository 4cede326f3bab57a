/**
 * A small skeleton for content scripts: only the confusables whose prototype is ASCII letters or digits
 * (data/confusables-ascii.json, generated from the full table by `npx tsx cli/gen-skeleton-lite.ts`, ~4 KB instead
 * of ~100 KB). skeletonLite('соuраng') === 'coupang'; characters with a non-ASCII prototype are left as they are.
 */
import table from './data/confusables-ascii.json';
import { createSkeleton, prepare, type ConfusableTable } from './skeleton-core';

const LITE: ConfusableTable = table as ConfusableTable;

function resolveLite(ch: string): string {
  let out = '';
  for (const c of prepare(ch, false)) {
    const direct = LITE[c];
    if (direct !== undefined || c.charCodeAt(0) < 128) {
      out += direct ?? c;
      continue;
    }
    for (const k of prepare(c)) out += LITE[k] ?? k;
  }
  return out;
}

/** Skeleton over the reduced table: lower case, NFKC, no invisible characters or accents, ASCII look-alikes folded. */
export const skeletonLite: (s: string) => string = createSkeleton(resolveLite);
