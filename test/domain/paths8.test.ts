import { describe, expect, it } from 'vitest';
import { classify, compileLists, type ReasonCode } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes tune8.tsv (scored once as frozen8.tsv) missed or flagged wrongly, each judged by a rule, not by its
// rows: written apart from the corpus (other hosts of the same kind, other words), with the honest addresses each
// rule must leave alone beside each.
const engine = compileLists({ ...bundledList, blocked: [] });

type Row = [string, 'lookalike' | 'unknown' | 'official', ReasonCode?];

const PLACE: Row[] = [
  // Kopang, a district of Central Lombok, read as the name as it sounds: with a lure word, on a Korean suffix
  ['kopang-refund.com', 'lookalike', 'combosquat'],
  ['hwanbul-kopang.net', 'lookalike', 'combosquat'],
  ['kopang.co.kr', 'lookalike', 'typo'],
  ['kopang-verify.netlify.app', 'lookalike', 'hosting-platform'],
];

const PLACE_CLEAN: Row[] = [
  // the place's own sites: a shop, a school, the district's pages, a news section
  ['kopang.co.id', 'unknown'],
  ['www.kopang.id', 'unknown'],
  ['smpn1kopang.sch.id', 'unknown'],
  ['kopang.lomboktengahkab.go.id', 'unknown'],
  ['kopang-lombok.com', 'unknown'],
  ['https://kopang.co.id/produk/kopi', 'unknown'],
  ['kopang.com', 'unknown'],
];

describe.each([['a place name as the brand sounds (Kopang)', PLACE, PLACE_CLEAN]])(
  'tune8 classes: %s',
  (_name, rows, clean) => {
    it.each(rows)('%s', (input, verdict, code) => {
      const v = classify(input, engine);
      expect(v.verdict, JSON.stringify(v.reasons)).toBe(verdict);
      if (code) expect(v.reasons.map((r) => r.code)).toContain(code);
    });
    it.each(clean)('%s stays clean', (input, verdict) => {
      expect(classify(input, engine).verdict).toBe(verdict);
    });
  },
);
