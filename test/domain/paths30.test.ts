import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes domain33 took from tune27, each judged by a rule written apart from the corpus (other hosts, names
// and words), with the honest addresses beside each rule that must stay clean.
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

const cases: Record<string, { flag: string[]; clean: string[] }> = {
  // a weaker name others share (`rocketpay`, a name that holds a brand word) before the brand's name spelled out
  // with a word glued on: the name a reader sees is there, and the rest alone is a look-alike
  'the spelled-out name behind a weaker one': {
    flag: ['rocketpay-coupangshop.net', 'rocketpay-coupangkr.xyz', 'rocketpay-coupangmall.org'],
    clean: ['rocketpay.top', 'rocketpay-shop.com', 'rocketpay-games.io', 'kupang-travel.com'],
  },
};

describe('domain33: classes from tune27', () => {
  for (const [name, { flag, clean }] of Object.entries(cases))
    describe(name, () => {
      for (const u of flag) it(`flags ${u}`, () => expect(verdict(u)).toBe('lookalike'));
      for (const u of clean) it(`keeps ${u} clean`, () => expect(verdict(u)).not.toBe('lookalike'));
    });
});
