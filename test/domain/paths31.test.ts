import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes domain34 took from tune27 (its second round), each judged by a rule written apart from the corpus
// (other hosts, names and words), with the honest addresses beside each rule that must stay clean.
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

const cases: Record<string, { flag: string[]; clean: string[] }> = {
  // the brand as a folder or a page of a host on a TLD kits register by the hundred: alone, with lure words, in
  // Hangul (percent-encoded too) or as an official host written as a folder; an article's section before it and
  // the same folder on `.com`, `.kr`, `.net` stay
  'the brand folder on a cheap or kit TLD': {
    flag: [
      'https://pinebox17.cfd/coupang/info/kr/',
      'https://greenhub.sbs/쿠팡/go',
      'https://moonlane.store/%EC%BF%A0%ED%8C%A1/apply',
      'https://tidewave.yachts/m/coupangeats/step3.php',
      'https://redfox.win/my/coupang-hwanbul',
      'https://oakhill.bond/coupang.com',
      'https://lakeview.xyz/auth/coupa.ng/main.do',
      'https://sunriver.icu/m/로켓와우/go',
    ],
    clean: [
      'https://pinebox17.com/coupang/info/kr/',
      'https://greenhub.kr/쿠팡',
      'https://greenhub.sbs/쿠팡/',
      'https://greenhub.sbs/coupang',
      'https://pinebox17.cfd/coupang/index.html',
      'https://pinebox17.cfd/coupang/review/kr/',
      'https://dealnote.shop/news/coupang',
      'https://pricewatch.store/tags/쿠팡',
      'https://reviewday.xyz/2026/12/coupang-review',
      'https://moonlane.store/coupang-review/',
      'https://tidewave.yachts/search?q=coupang',
      'https://redfox.win/kupang/tour',
    ],
  },
  // `.qpon` and Freenom's free TLDs (`.tk`, `.ml`, `.ga`, `.cf`, `.gq`) are where kits register by the hundred too
  'kit TLDs missing from the lists': {
    flag: [
      'https://starmall.qpon/coupang/go',
      'https://k7shop.ml/coupang-refund/apply',
      'https://tradebox.tk/쿠팡보상/form',
    ],
    clean: ['https://starmall.qpon/', 'https://tradebox.tk/about', 'https://k7shop.ml/shop/cart'],
  },
};

describe('domain34: classes from tune27, second round', () => {
  for (const [name, { flag, clean }] of Object.entries(cases))
    describe(name, () => {
      for (const u of flag) it(`flags ${u}`, () => expect(verdict(u)).toBe('lookalike'));
      for (const u of clean) it(`keeps ${u} clean`, () => expect(verdict(u)).not.toBe('lookalike'));
    });
});
