import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes domain50 took from tune38's misses (author 39), each judged by a rule written apart from the corpus
// (other hosts, lure words and TLDs), with the honest addresses beside each rule that must stay clean.
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

const cases: Record<string, { flag: string[]; clean: string[] }> = {
  // an official host carried whole as a parameter's value beside a step of its own (a wizard's `step=N`, a value
  // that asks), or as the page a login page sends its reader on to, off the established TLDs. A referrer alone, a
  // visit's words, a login sending on to its own pages, trackers, and every `.com`, `.net`, `.kr`, `.io` name stay
  'an official host carried beside a step that asks': {
    flag: [
      'https://solbit.fun/form.php?site=coupang.com&step=3',
      'http://yeoreum.site/?domain=www.coupang.com&step=1',
      'https://hanuri.one/go?src=m.coupang.com&next=login',
      'https://bomi482.co/signin?returnUrl=https%253A%252F%252Flogin.coupang.com%252Flogin',
      'https://gyeol.one/login?continue=https%3A%2F%2Fwww.coupang.com%2F',
      'https://bomi482.co/login?redirect=https%253A%252F%252Fwww.coupang.com%252Fnp%252Fmypage',
    ],
    clean: [
      'https://solbit.fun/form.php?site=coupang.com',
      'https://hanuri.one/go?ref=coupang.com&type=event',
      'https://hanuri.one/go?from=coupang.com&utm_campaign=spring',
      'https://hanuri.one/?utm_source=coupang.com&stage=login',
      'https://hobanu.fun/?q=쿠팡환불신청',
      'https://bomi482.co/login?next=%2Fmypage',
      'https://bomi482.co/login?ref=coupang.com',
      'https://bomi482.co/out?url=https%3A%2F%2Fwww.coupang.com%2Fvp%2Fproducts%2F123',
      'https://sellertool.io/connect?site=www.coupang.com&step=2',
      'https://shopsync.com/connect?site=www.coupang.com&step=2',
      'https://malltools.co.kr/wizard?site=www.coupang.com&step=2',
      'https://hanbit.kr/login?next=https%3A%2F%2Fwww.coupang.com',
    ],
  },
  // a single-page app's route of the brand's exact name then a step that asks (`#/coupang/login`), off the
  // established and SaaS TLDs. A route to the brand's page of another kind, a news anchor, the brand beside other
  // words and a seller tool's route on `.io` or `.com` stay
  "a fragment route of the brand's name then a step that asks": {
    flag: [
      'https://narae-mall.club/p/k2j9#/coupang/login',
      'https://hwq552.help/x/abc12#/coupang/verify',
      'https://gaon.one/#/쿠팡/login',
    ],
    clean: [
      'https://daon-hub.shop/#/coupang/products',
      'https://daon-hub.shop/#/coupang-review/login',
      'https://daon-hub.shop/blog/123#coupang',
      'https://sellboard.io/#/coupang/login',
      'https://sellboard.com/#/coupang/login',
      'https://sellboard.app/#/coupang/settings',
    ],
  },
  // `cou`, the name's first syllable, as an abbreviation of the list's (`short`, and a word of its own: `words`),
  // beside romanised Korean lure words (`cou-bosang`), as `coup` is; and any abbreviation of three letters or more
  // with lure words and the word that leads the brand's product line (`rocket`) on a TLD of throwaway names or a
  // Korean suffix. English lure words alone, words that begin with `cou` (country, couch), the product word alone or
  // with other words, and `.com` stay
  "`cou` with Korean lure words, and an abbreviation with lure words and the product line's word": {
    flag: ['cou-hwanbul-kr.shop', 'cou-jeopsu.kr', 'cou-help-rocket.top', 'cupg-refund-rocket.work'],
    clean: [
      'cou-event.com',
      'cou-refund.shop',
      'country-bosang.kr',
      'couch-baesong.kr',
      'cpg-rocket.cfd',
      'cpg-update-rocket.com',
      'cou-rocket-league.work',
      'cpg-rocket-science.top',
    ],
  },
  // a kit's first folder behind a folder named exactly for one of the brand's products (`/rocketwow/`): read as the
  // brand's folder at the root is (`/coupang/renew`). The product's folder alone, with a page that does not ask, a
  // folder of another word (`/wow/`, `/news/`), or the brand's folder with a review stay
  "the brand's folder behind its product's folder": {
    flag: ['https://sora-mall.store/rocketwow/coupang/renew', 'https://hanbit.kr/rocketjikgu/coupang/verify'],
    clean: [
      'https://sora-mall.store/rocketwow/coupang/review',
      'https://sora-mall.store/rocketwow/coupang/',
      'https://sora-mall.store/wow/coupang/renew',
      'https://sora-mall.store/rocketwow/news/login',
    ],
  },
  // Korean lure words as kits romanise them beside the brand's slips: 누락 (a delivery gone missing, `nurak`), 조회
  // with its vowel doubled (`joehoe`), 안전 (`anjeon`). The slips alone, and other words, stay as they were
  'romanised lure words: nurak, joehoe': {
    flag: ['cupang-nurak.shop', 'coupnag-nurak24.online', 'cpng-joehoe.cfd'],
    clean: ['nurak-travel.com', 'joehoe.net', 'nurak.kr', 'anjeon-drive.co.kr', 'kupang-city.net'],
  },
};

describe('domain50 classes (tune38)', () => {
  for (const [name, { flag, clean }] of Object.entries(cases)) {
    describe(name, () => {
      for (const u of flag) it(`flags ${u}`, () => expect(verdict(u)).toBe('lookalike'));
      for (const u of clean) it(`leaves ${u} clean`, () => expect(verdict(u)).not.toBe('lookalike'));
    });
  }
});
