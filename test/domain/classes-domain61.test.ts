import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes of honest addresses domain61 cleared (tune44's two false alarms, taken by class), with invented
// addresses written apart from the corpus: a shop's own membership or loyalty site named for a product of the brand
// (`wow-membership`, `rocketwow`) as the one subdomain of the shop's own name, and an offer portal's merchant
// directory page naming the shop by a plain key (`/stores?name=…`). Each was flagged before the round. Beside them
// the addresses of the same shapes that keep their verdict: the brand's own name, a lure word anywhere, a TLD kits
// register by the hundred, a free subdomain of a Korean web or DNS host, a name with no shop's word, a page that is
// no directory's.
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

const clean = [
  // a product's name alone under a shop's own name
  'wowmembership.dasom-mall.co.kr',
  'https://rocket-wow.greenmart.kr/',
  'https://wow-membership.bada-store.com/benefits',
  // an offer portal's directory page with its plain key for the shop
  'https://cashback-hub.kr/stores?name=coupang',
  'https://cashback-hub.kr/brands?id=coupang&sort=rate',
  'https://reward-kr.com/ko/merchants/?slug=coupang',
];

const flag = [
  // the brand's own name, not a product's, in the subdomain
  'coupang.dasom-mall.co.kr',
  // a lure word in the path or in another label
  'https://wowmembership.dasom-mall.co.kr/refund',
  'https://wowmembership.login.dasom-mall.co.kr/',
  // a TLD kits register by the hundred
  'wowmembership.dasom-mall.top',
  // a free subdomain of a Korean web host, or a name with no shop's word
  'rocketwow.mycafe24.com',
  'rocketwow.p-e.kr',
  'wowmembership.account-kr.com',
  // a directory page's key beside a lure word, on a throwaway TLD, or a page that is no directory's
  'https://cashback-hub.kr/stores?name=coupang-refund',
  'https://cashback-hub.top/stores?name=coupang',
  'https://cashback-hub.kr/event?name=coupang',
  'https://cashback-hub.kr/stores/login?name=coupang',
];

describe("domain61: a product's name under a shop's own name; an offer portal's directory page", () => {
  for (const u of clean) it(`leaves ${u} clean`, () => expect(verdict(u)).not.toBe('lookalike'));
  for (const u of flag) it(`flags ${u}`, () => expect(verdict(u)).toBe('lookalike'));
});

// A class of misses: a joiner (zero-width non-joiner or joiner) hidden inside the brand's own host, which the URL
// parser refuses between Latin letters, was called invalid as a defanged report's link is; it is put there to pass
// for the brand's host, so it is a look-alike now (each invalid before the round). A defanged link and the encoded
// "@" stay invalid, and a zero-width space the parser drops opens the brand's own host, official as before.
describe("domain61: a joiner hidden inside the brand's own host", () => {
  for (const u of [
    'coup\u200cang.com',
    'https://www.coup\u200dang.com/login',
    'https://m.coupang\u200c.com/',
  ])
    it(`flags ${JSON.stringify(u)}`, () => {
      const v = classify(u, engine);
      expect(v.verdict).toBe('lookalike');
      expect(v.reasons[0]?.detail).toBe('invisible-character');
    });
  it('leaves a defanged link and an encoded "@" invalid, a dropped space official', () => {
    expect(verdict('hxxps://www[.]coupang[.]com/')).toBe('invalid');
    expect(verdict('https://www.coupang.com%40www.coupang.com/')).toBe('invalid');
    expect(verdict('https://www.coup\u200bang.com/')).toBe('official');
  });
});
