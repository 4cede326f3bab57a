import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes domain53 took from tune40's leftovers (author 41), each judged by a rule or list entry written apart
// from the corpus (other hosts, lure words and TLDs), with the honest addresses beside each that must stay clean.
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

const cases: Record<string, { flag: string[]; clean: string[] }> = {
  // the brand's sellers' portal, Wing, named with its seller word (`wingseller`, list data: an alias token and a word
  // others may share, as Rocket Growth is) beside a Korean suffix, a word for Korea or a lure word; `wing` alone is
  // an ordinary word, and the seller of wings, the name alone on `.com` and sellers' clubs and shops stay
  "the sellers' portal's name (Wing seller) beside lure words": {
    flag: [
      'wingseller-signin.com',
      'wing-seller-verify.net',
      'wingseller.co.kr',
      'wingsellercenter-korea.com',
      'wing-seller-jeongsan.top',
    ],
    clean: [
      'wingseller.com',
      'wing-seller.com',
      'buffalo-wing-seller.com',
      'chickenwingseller.com',
      'wing-sellers-club.com',
      'wing-seller-shop.com',
      'wing-center.com',
      'hotwings-seller.net',
    ],
  },
  // the brand's abbreviation, even one many firms share (`cp`, `cpg`, `cpay`), as the registrable name with words of
  // money paid back only, on a Korean suffix: a firm's refund is a page of its own site, and a control panel's words
  // (log in, verify) are no refund. The same on `.com` or a lure TLD (tune6's `cp-refund.top`), with a policy's word,
  // with a login, a firm's initials with its trade, and `coup` (a word) stay
  "the abbreviation with a refund's words only on a Korean suffix": {
    flag: [
      'cp-refund.co.kr',
      'cpg-compensation.kr',
      'cpg-compensation7.co.kr',
      'cp-compensation.kr',
      'cp-refund24.kr',
    ],
    clean: [
      'cp-refund.com',
      'cp-refund.shop',
      'cp-refund-policy.kr',
      'cp-login.kr',
      'cp-verify.top',
      'cp-chemical-refund.kr',
      'coup-refund.kr',
      'cp-print.co.kr',
      // (domain62 flags `cpay-refund.net`: the brand's own abbreviations alone or with lure words, by measuring;
      // test/domain/classes-domain62.test.ts)
    ],
  },
  // the brand's victims in English (`victim`, `victims`, as 피해 `pihae` romanised is) beside the brand as a site on
  // a shared platform or as a registrable name: the compensation lure's group or desk. A victims' union, a class
  // action, a post's slug with other words, a news article and victims' words without the brand stay
  "the brand's victims named as a group or a desk": {
    flag: [
      'https://cafe.naver.com/coupangvictim',
      'https://band.us/band/coupang-victims',
      'https://m.cafe.naver.com/coupang-victim',
      'https://blog.naver.com/coupang_victims',
    ],
    clean: [
      'https://cafe.naver.com/coupangvictimsunion',
      'https://cafe.naver.com/coupanglawsuit',
      'https://velog.io/@lee/coupang-victims-checklist',
      'https://www.example-news.com/2026/coupang-breach-victims-vouchers',
      'https://cafe.naver.com/victims',
      'victims-first.org.uk',
    ],
  },
};

describe('domain53 classes (tune40)', () => {
  for (const [name, { flag, clean }] of Object.entries(cases)) {
    describe(name, () => {
      for (const u of flag) it(`flags ${u}`, () => expect(verdict(u)).toBe('lookalike'));
      for (const u of clean) it(`leaves ${u} clean`, () => expect(verdict(u)).not.toBe('lookalike'));
    });
  }
});
