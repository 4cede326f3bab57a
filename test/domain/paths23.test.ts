import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes domain26 took from tune23's false alarms, each judged by a rule written apart from the corpus (other
// hosts, names and words), with the look-alikes each rule must keep flagging.
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

const cases: Record<string, { flag: string[]; clean: string[] }> = {
  // a fans' or sellers' FAQ and an archive of reviews are words about the brand, as a review or a history is, and a
  // store's menu or products are what such a project counts; on a platform's site or a path there a project about
  // the brand, never a registrable name of its own, never beside a lure word, and a subject alone says nothing
  'an FAQ, an archive or statistics of a subject about the brand on a shared host': {
    flag: [
      'https://coupang-faq-login.notion.site/',
      'https://coupang-archive-refund.blogspot.com/',
      'https://coupang-eats-menu.vercel.app/',
      'https://coupang-products.github.io/',
      'coupang-faq.com',
      'https://mina.github.io/coupang-menu-login/',
    ],
    clean: [
      'https://coupang-partners-faq.notion.site/',
      'https://coupang-reviews-archive.github.io/',
      'https://minseo.github.io/coupang-product-stats/',
      'https://coupang-sellers-faq.vercel.app/',
      'https://hana.gitlab.io/coupangeats-menu-archive/',
    ],
  },
  // the name's first letter changed for one no slip reaches (no neighbouring key, no flipped bit, no letter it sounds
  // or is drawn as): the eye reads a name by its first letter, so this is another name, a look-alike only with more
  // evidence; a neighbouring key (x, v, d, f), a flipped bit (s, a, b, g), a sound (k, q) or a drawn letter (o, e)
  // stays the brand
  "the brand's first letter changed for one no slip reaches": {
    flag: [
      'moupang-login.com',
      'roupang.kr',
      'https://moupang.netlify.app/',
      'xoupang.fr',
      'qoupang.es',
      'ooupang.net',
      'foupang.de',
      'boupang.it',
    ],
    clean: [
      'moupang.com',
      'https://www.roupang.it/',
      'houpangeats.com',
      'www.noupang.fr',
      'https://joupang.de/',
    ],
  },
  // the name less its ng glued to the word of one of the brand's services (Flex, Play, Eats): the service's name cut
  // short; Coupa's own words (Pay, cash, partners, supply) and Coupa Cafe stay Coupa's
  "the name less its ng before a service's word": {
    flag: [
      'coupaflex.net',
      'https://coupaplay-live.kr/',
      'coupaeats.shop',
      'https://m.coupa-flex.co.kr/join',
    ],
    clean: ['coupa.com', 'coupa-pay.com', 'coupacafe.com', 'coupa-supplier.net', 'coupa-partners.com'],
  },
};

describe('domain26 classes', () => {
  for (const [name, { flag, clean }] of Object.entries(cases))
    describe(name, () => {
      it.each(flag)('%s is a look-alike', (u) => expect(verdict(u)).toBe('lookalike'));
      it.each(clean)('%s is not', (u) => expect(verdict(u)).not.toBe('lookalike'));
    });
});
