import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes domain24 took from the tuning halves' misses (tune19–tune21), each judged by a rule written apart from
// the corpus (other hosts, folders and words), with the honest addresses each rule must leave alone.
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

const cases: Record<string, { flag: string[]; clean: string[] }> = {
  // 개인정보 (personal data) romanised and run together, `gaeinjeongbo`, beside a real word near the brand (the
  // betta fish `cupang`, the city Kupang): Korean lure words glued speak Korean as one lure word apart does
  'romanised Korean lure words run together beside a real word near the brand': {
    flag: [
      'gaeinjeongbo-kupang.shop',
      'cupang-gaeinjeongbo.com',
      'https://kupanggaeinjeongbo.net/login',
      'jeongbogaein-cupang.co',
    ],
    clean: [
      // the city's and the fish farmers' own words run together, and the words apart beside the ticker
      'kupang-infocenter.id',
      'kupang-eventhub.id',
      'cupang-farmstore.ph',
      'cpng-jeongbo.com',
      'gaeinjeongbo-news.kr',
    ],
  },
};

describe('domain24 classes', () => {
  for (const [name, { flag, clean }] of Object.entries(cases))
    describe(name, () => {
      it.each(flag)('%s is a look-alike', (u) => expect(verdict(u)).toBe('lookalike'));
      it.each(clean)('%s is not', (u) => expect(verdict(u)).not.toBe('lookalike'));
    });
});
