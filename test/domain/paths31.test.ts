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
  // country codes sold as generic names and new TLDs no lure list names (`.co`, `.me`, `.tech`, `.one`, `.wiki`): the
  // brand's folder beside a step that asks or moves a form on; beside a notice or a members' page (a law firm's
  // class action) or an entry page only it stays
  'the brand folder beside an asking step on a generic-sold TLD': {
    flag: [
      'https://starpick.co/step2/apply/coupang',
      'https://hanacloud7.me/쿠팡페이/step1/kr/',
      'https://bluenote.tech/coupang/order/form',
    ],
    clean: [
      'https://lawbridge.co/coupang/notice',
      'https://lawbridge.co/coupang/member/',
      'https://hanacloud7.me/coupang/index.html',
      'https://bluenote.tech/coupang/review',
      'https://starpick.co/coupang',
    ],
  },
  // a messenger's chat titled or prefilled with the brand and a word that asks: the person sees the brand in a chat a
  // stranger answers; the brand beside other words (a job-seekers' chat, a deal alert) stays
  'a messenger chat titled with the brand': {
    flag: [
      'https://open.kakao.com/o/gT7xQpLm?t=%EC%BF%A0%ED%8C%A1%20%EB%B3%B4%EC%83%81%20%EB%AC%B8%EC%9D%98',
      'https://open.kakao.com/o/hQ2mWz?t=%EC%BF%A0%ED%8C%A1%20%ED%94%BC%ED%95%B4%EB%B3%B4%EC%83%81%20%EC%95%88%EB%82%B4%EB%B0%A9',
      'https://wa.me/821055501234?text=%EC%BF%A0%ED%8C%A1%20%ED%99%98%EB%B6%88%20%EB%B6%80%ED%83%81%EB%93%9C%EB%A6%BD%EB%8B%88%EB%8B%A4',
      'https://api.whatsapp.com/send?phone=821055501234&text=coupang%20refund%20request',
    ],
    clean: [
      'https://open.kakao.com/o/gT7xQpLm?t=%EC%BF%A0%ED%8C%A1%20%EC%95%8C%EB%B0%94%20%EC%A0%95%EB%B3%B4%EB%B0%A9',
      'https://open.kakao.com/o/gT7xQpLm?t=%EC%BF%A0%ED%8C%A1%20%EC%B5%9C%EC%A0%80%EA%B0%80%20%EC%95%8C%EB%A6%BC',
      'https://wa.me/15550001234?text=Hi%2C%20I%20saw%20your%20Coupang%20listing',
      'https://wa.me/821055501234?text=%ED%99%98%EB%B6%88%20%EB%AC%B8%EC%9D%98',
    ],
  },
};

describe('domain34: classes from tune27, second round', () => {
  for (const [name, { flag, clean }] of Object.entries(cases))
    describe(name, () => {
      for (const u of flag) it(`flags ${u}`, () => expect(verdict(u)).toBe('lookalike'));
      for (const u of clean) it(`keeps ${u} clean`, () => expect(verdict(u)).not.toBe('lookalike'));
    });
});
