import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes tune10.tsv (scored once as frozen10.tsv) missed, each judged by a rule, not by its rows: written apart
// from the corpus (other hosts of the same kind, other words), with the honest addresses each rule must leave alone
// beside each.
const engine = compileLists({ ...bundledList, blocked: [] });

type Row = [string, 'lookalike' | 'unknown'];

const cases: Record<string, { flag: string[]; clean: string[] }> = {
  // a throwaway host (two to four letters and digits, both, on a lure TLD) speaks for nobody: the brand anywhere in
  // its path, query or fragment is a kit's. A real word or name as the label, a word of letters and digits, an
  // ordinary TLD or a long name is someone's, and their articles and searches name the brand as they like
  'throwaway host': {
    flag: [
      'https://h4v.top/coupang/',
      'https://r2d9.xyz/m/coupang-login.html',
      'https://u8.icu/쿠팡/',
      'https://q7w.cyou/?target=www.coupang.com',
      'https://zz9.sbs/#/coupang/verify',
      'https://k4.lol/?s=쿠팡결제',
      'https://b8c.click/?next=coupa.ng/x1',
    ],
    clean: [
      'https://h4v.com/coupang/',
      'https://b2b.top/coupang-review',
      'https://web3.xyz/news/coupang-stock',
      'https://news.top/2026/12/coupang-refund-scam',
      'https://shop.xyz/?q=coupang',
      'https://h4v.top/',
      'https://r2d9.xyz/m/index.html',
      'https://mvp365.shop/coupang/',
      'https://q7w.cyou/?target=www.naver.com',
    ],
  },
};

describe.each(Object.entries(cases))('tune10 class: %s', (_, { flag, clean }) => {
  const rows: Row[] = [...flag.map((h): Row => [h, 'lookalike']), ...clean.map((h): Row => [h, 'unknown'])];
  it.each(rows)('%s → %s', (input, verdict) => {
    expect(classify(input, engine).verdict).toBe(verdict);
  });
});
