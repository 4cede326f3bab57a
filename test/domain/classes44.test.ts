import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes domain44 took from tune34's and tune33's misses (authors 35 and 34), each judged by a rule written
// apart from the corpus (other tags, TLDs, keys and words), with the honest addresses beside each rule that must stay
// clean: price trackers, seller tools, shops and names with a serial, words with digits in them.
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

const cases: Record<string, { flag: string[]; clean: string[] }> = {
  // a host a generator drew, letters and digits in three runs or more (repeats, one letter among digits, one hyphen
  // allowed), on a TLD kits register by the hundred, carrying the brand alone (or its own abbreviation) as a folder,
  // a skin's query value or the anchor. A word with a serial, a word with a digit in it, a name's usual words, the
  // brand among other words and `.com`/`.kr` stay anyone's.
  'the brand alone after a drawn tag of letters and digits on a cheap TLD': {
    flag: [
      'https://q4ww22.top/coupang/',
      'http://8k2m7.icu/Coupang/m/',
      'https://zz3-41kd.cfd/쿠팡/index.html',
      'https://j6p6q.support/cpang/',
      'https://47h09.xyz/?c=cpang&id=882211',
      'https://5t9gg1.shop/#cpang',
      'https://m8n8m2.sbs/coupangeats/',
    ],
    clean: [
      'https://q4ww22.com/coupang/',
      'https://q4ww22.co.kr/coupang/',
      'https://market1004.top/coupang/',
      'https://deal365.shop/coupang/',
      'https://pick2shop.top/coupang/',
      'https://cdn4img.top/coupang/',
      'https://b0tt0m.xyz/coupang/',
      'https://q4ww22.top/coupang-review/',
      'https://q4ww22.top/blog/coupang-price-history',
      'https://hanul7.shop/coupang/',
    ],
  },
  // on a name nobody would say (one vowel at most, domain39's drawn name) on a TLD kits register by the hundred, one
  // anchor alone on the app's shell is the skin the kit's script picks (`/#rocketwow`), as its folder is; and a
  // partner's key names the skin as `site=` or `app=` does. An anchor on a page that says what it is, a route
  // among other words, a pronounceable name (a shop's), `.com` and a partner's key beside a shop's filter stay.
  'the brand as the one anchor or a partner key on a name nobody would say': {
    flag: [
      'https://qzvrt.cfd/#rocketwow',
      'https://kwtpl.buzz/index.html#쿠팡',
      'https://hdrmx.top/m/#coupang',
      'https://vbnkq.icu/?partner=coupang&id=77120',
      'https://vbnkq.icu/p?partner=coupangeats&n=5520',
    ],
    clean: [
      'https://qzvrt.com/#rocketwow',
      'https://qzvrt.cfd/about#rocketwow',
      'https://qzvrt.cfd/#coupang-review',
      'https://marelo.cfd/#rocketwow',
      'https://vbnkq.icu/?partner=coupang&sort=price',
      'https://vbnkq.com/?partner=coupang&id=77120',
      'https://narae.shop/?partner=coupang&id=77120',
    ],
  },
  // a lure landing's name with a tag a generator drew after it (`customs-9ht`), on a TLD kits register by the hundred,
  // carrying the brand alone: the same landing as `customs-check`, made unique per host. A word that is no lure's
  // before the tag, the brand among other words and `.com` stay anyone's.
  'a lure landing\u2019s name with a drawn tag carrying the brand': {
    flag: [
      'https://refund-k7q.top/coupang',
      'https://tonggwan-4mx.shop/?site=coupang&id=2218',
      'https://verify-zq3.icu/#rocketwow',
      'https://bosang-xk9.cfd/쿠팡/',
    ],
    clean: [
      'https://refund-k7q.com/coupang',
      'https://garden-k7q.shop/coupang',
      'https://review-k7q.top/coupang',
      'https://refund-k7q.top/coupang-review',
      'https://refund-team.top/coupang-price',
    ],
  },
  // an abbreviation that names the brand alone beside an authority's name only (the police, the prosecutors, the
  // financial supervisor, the privacy commission), either way round, a tag of digits or not: a fake notice's host.
  // The ticker so only where kits register by the hundred; an authority beside other words, the abbreviation's
  // letters in another word and `cp` (many firms' initials) stay anyone's.
  'the brand cut short beside an authority\u2019s name': {
    flag: ['geomchal-cpang.com', 'cpang-pipc.net', 'kisa-coupg7.kr', 'court-cpang.info', 'fsc-cpng.top'],
    clean: [
      'fsc-cpng.com',
      'geomchal-cpang-news.com',
      'court-cp.com',
      'court-pang.com',
      'police-academy.com',
      'cpang-studio.com',
    ],
  },
  // Coupang Eats' programme named without the firm's name (Eats Rider) is what riders' unions and communities call
  // themselves: domain44 read it as the brand's and flagged two honest pages' hosts of the unseen halves; it is not
  // list data, and these stay anyone's (a kit that writes it alone is the page guard's to judge).
  'the brand\u2019s programme named without the brand stays anyone\u2019s': {
    flag: ['coupangeats-rider-verify.top'],
    clean: [
      'eats-rider.com',
      'eats-rider-union.or.kr',
      // (eatsrider-kr.net, the role and `kr` alone, reversed by domain67: 11 flag rows of 7 halves, no honest one)
      'eatsriders-kr.net',
      'eatsrider.com',
      'rider-check.top',
      'eats-menu.shop',
      'eatsmart-check.top',
    ],
  },
  // on a drawn name (one vowel at most, or a drawn tag of letters and digits) on a TLD kits register by the hundred,
  // a service's own word of the brand's list as the first folder (or `#/` route) over a step that asks or a lure
  // page. The word alone, over other words, a payment's or a firm's trade word, a pronounceable name and `.com`
  // stay anyone's.
  'a service\u2019s own word over a step that asks on a drawn name': {
    flag: [
      'https://kqzt.top/eats/order/verify',
      'https://r7m2x.cfd/#/wow/refund',
      'https://bvtrk.icu/wing/login',
      'https://x9z4q.sbs/flex/jeongsan',
    ],
    clean: [
      'https://kqzt.top/eats/',
      'https://kqzt.top/eats/menu',
      'https://kqzt.top/pay/verify',
      'https://kqzt.top/delivery/check',
      'https://tamaro.top/eats/order/verify',
      'https://kqzt.com/eats/order/verify',
      'https://r7m2x.cfd/#/wow/guide',
    ],
  },
  // the brand's own abbreviation with a serial or a drawn tag as the registrable name (a numbered batch) on the TLDs
  // kits fill with short names (`.homes`, `.beauty`, `.help`) and the drawn-kit TLDs (`.support`, `.center`), as on
  // `.cc` since domain40. `cp` (many firms' initials), a word after the abbreviation and `.com` stay anyone's.
  'a numbered batch of the abbreviation on a kit TLD': {
    flag: ['cpang2026.beauty', 'coupg-41.help', 'cpang77.center', 'cpang-x7q2.skin'],
    // (domain62 flags `cpang2026.com`: the brand's own abbreviations alone or with lure words, by measuring;
    // test/domain/classes-domain62.test.ts)
    clean: ['cp2026.beauty', 'cpang-studio.beauty', 'cpangnews.help'],
  },
};

describe('domain44 classes (tune34, tune33)', () => {
  for (const [name, { flag, clean }] of Object.entries(cases)) {
    describe(name, () => {
      for (const u of flag) it(`flags ${u}`, () => expect(verdict(u)).toBe('lookalike'));
      for (const u of clean) it(`leaves ${u} clean`, () => expect(verdict(u)).not.toBe('lookalike'));
    });
  }
});
