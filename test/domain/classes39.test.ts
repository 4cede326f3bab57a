import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes domain39 took from tune31 (author 32's half), each judged by a rule written apart from the corpus
// (other hosts, names and words), with the honest addresses beside each rule that must stay clean.
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

const cases: Record<string, { flag: string[]; clean: string[] }> = {
  // a name nobody would say (letters with one vowel at most) on a TLD kits register by the hundred, with the brand,
  // one of its services or its own abbreviation as the first folder: the kit's skin; a real name, `.com`, a
  // pronounceable name and the brand's folder among other words stay anyone's
  "the brand's folder on a drawn name": {
    flag: [
      'https://wqtrz.top/coupang',
      'https://bxmcl.xin/coupangeats?id=7hq2kx9p',
      'https://pkrdw.lol/cpang/x8c2qd',
      'https://zvngh.icu/coupang-refund/index.html',
      'https://hlqvs.cyou/cp/hwanbul?t=55120',
      'https://grtxm.sbs/CoupangPlay',
    ],
    clean: [
      'https://wqtrz.com/coupang',
      'https://melodia.shop/coupang',
      'https://bbq.shop/coupang/',
      'https://k2s.cc/coupang/index.html',
      'https://wqtrz.top/cp/12345',
      'https://wqtrz.top/blog/coupang-review',
      'https://kpop-deals.top/coupang',
      'https://craft.co/coupang',
    ],
  },
  // the brand's name in Hangul as the folder, as a phone shows it or percent-encoded
  "the brand's Hangul name as a drawn name's folder": {
    flag: [
      'https://vkrtz.top/쿠팡환불',
      'https://mnzqp.xyz/%EC%BF%A0%ED%8C%A1%ED%99%98%EB%B6%88',
      'https://dxkrv.shop/로켓배송?n=1180',
    ],
    clean: ['https://namu.wiki/w/쿠팡', 'https://dalsam.shop/쿠팡', 'https://vkrtz.top/쿠키'],
  },
  // a single-page kit's route after `#/` on the same hosts
  "the brand's route on a drawn name's app shell": {
    flag: ['https://qzxrt.top/#/coupang/login', 'https://bvwnk.xin/#/cpay/auth'],
    clean: ['https://tracker.delivery/#/kr.coupangls/412345678901', 'https://qzxrt.top/#/about'],
  },
  // the brand alone as a query value on a drawn name whose path is a kit's step or a landing's
  "the brand as a drawn name's query value": {
    flag: [
      'https://qwzrk.top/refund?app=coupang',
      'https://vvxnm.sbs/m/index.php?brand=coupangeats',
      'https://ptkzw.lol/p?svc=rocketwow',
      'https://zgrnt.sbs/m/login?c=cpay&ref=coupang',
    ],
    clean: [
      'https://qwzrk.top/?q=coupang',
      'https://qwzrk.top/p?utm_source=coupang',
      'https://melodia.shop/p?app=coupang',
      'https://qwzrk.com/refund?app=coupang',
      'https://qwzrk.top/p?mall=coupang&sort=price',
      'https://qwzrk.top/p?c=cpay&lang=ko',
    ],
  },
};

describe("domain39: classes from tune31's misses", () => {
  for (const [name, { flag, clean }] of Object.entries(cases))
    describe(name, () => {
      for (const u of flag) it(`flags ${u}`, () => expect(verdict(u)).toBe('lookalike'));
      for (const u of clean) it(`keeps ${u} clean`, () => expect(verdict(u)).not.toBe('lookalike'));
    });
});
