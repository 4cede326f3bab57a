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
};

describe('domain53 classes (tune40)', () => {
  for (const [name, { flag, clean }] of Object.entries(cases)) {
    describe(name, () => {
      for (const u of flag) it(`flags ${u}`, () => expect(verdict(u)).toBe('lookalike'));
      for (const u of clean) it(`leaves ${u} clean`, () => expect(verdict(u)).not.toBe('lookalike'));
    });
  }
});
