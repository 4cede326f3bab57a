import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes domain41 took from tune32's misses (author 33's half), each judged by a rule written apart from the
// corpus (other hosts, TLDs, keys and words), with the honest addresses beside each rule that must stay clean: the
// Indonesian city Kupang, coupons, Coupa, Groupon, 쿠쿠, Pangyo, and honest shops, blogs, news sites and price
// trackers that put the brand in a path, a query or an anchor.
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

const cases: Record<string, { flag: string[]; clean: string[] }> = {
  // the brand's folder under the code of a market it sells in abroad (Taiwan, Japan), or the brand with a market's
  // code as the folder over a kit's step, on a TLD kits register by the hundred; `rocket` there only over a step that
  // asks; a market's folder over other words, the bare tagged folder and `.com`/`.tw` stay anyone's
  "a market's kit path": {
    flag: [
      'https://sunomaru.click/tw/coupang/login',
      'https://lirapeko.hair/zh-tw/coupang/',
      'https://kanelu.life/ja/rocketnow/verify',
      'https://tidewave.bond/jp/coupangeats/',
      'https://moonriver.icu/tw/rocket/login',
      'https://parulo.rest/zh-tw/%E9%85%B7%E6%BE%8E/%E4%BB%98%E6%AC%BE',
      'https://siloka.click/coupangjp/verify',
      'https://siloka.click/coupang_tw/index.html',
    ],
    clean: [
      'https://sunomaru.click/tw/coupang-price-history',
      'https://sunomaru.click/tw/rocket/',
      'https://sunomaru.click/en/rocket/pay',
      'https://sunomaru.com/tw/coupang/login',
      'https://shop.sunomaru.tw/tw/coupang/',
      'https://siloka.click/coupang-tw/',
      'https://siloka.click/coupang-tw/reviews',
      'https://kupang-travel.click/tw/kupang/',
      'https://groupon-deals.click/jp/groupon/',
      'https://coupa-fans.click/jp/coupa/login',
    ],
  },
  // the brand's folder over an app's package to install, or as the whole path on a port no shop serves on, on a
  // TLD kits register by the hundred; the same on the web's ports, on `.com`, and a tag page on the odd port stay
  "the brand's app package or a kit on an odd port": {
    flag: [
      'https://loriven.click/coupang/apk',
      'https://loriven.click/coupangpay/app.apk',
      'https://velaro.icu:2053/coupang',
      'http://velaro.hair:8080/coupangeats/index.html',
      'https://user@velaro.cfd:9443/쿠팡',
    ],
    clean: [
      'https://velaro.icu:443/coupang',
      'https://velaro.icu/coupang',
      'https://velaro.com:2053/coupang',
      'https://velaro.icu:2053/',
      'https://velaro.icu:2053/tag/coupang',
      'https://velaro.icu:2053/coupon',
      'https://loriven.click/apps/cuckoo/apk',
    ],
  },
  // a page that asks (a payment, a login, a refund, customs) skinned as the brand's by a query value under a key that
  // names a skin, on a TLD kits register by the hundred; referrers' tags, a restaurant's delivery or order page, a
  // price tracker's and a search page, a notice, a shop's filter and `.com` stay anyone's
  'a page that asks, skinned by its query': {
    flag: [
      'https://pineharbor.click/pay?svc=coupang',
      'https://harumaru.hair/m/login?brand=coupangeats&step=auth',
      'https://harumaru.hair/verify?skin=coupang_sms&uid=qwx7k2p9',
      'https://oakmeadow.life/kr/pay?site=www.coupang.com',
      'https://oakmeadow.life/cp/pay?m=%EC%BF%A0%ED%8C%A1',
      'https://fern-gate.life/m/auth?b=coupang&uid=k7x2qz9w',
    ],
    clean: [
      'https://pineharbor.click/item?src=coupang',
      'https://pineharbor.click/notice?ref=coupang',
      'https://pineharbor.click/pay?from=coupang',
      'https://gimbap-house.shop/delivery?app=coupangeats&store=3',
      'https://gimbap-house.shop/order?app=coupangeats&store=3',
      'https://pineharbor.click/pay?mall=coupang&sort=price',
      'https://pineharbor.click/search?q=%EC%BF%A0%ED%8C%A1',
      'https://pineharbor.click/notice/7?site=coupang',
      'https://pineharbor.com/refund?svc=coupang',
      'https://kupang-kota.click/pay?site=kupang',
      'https://pineharbor.click/login?site=coupon',
    ],
  },
  // the brand named twice on a cheap host's path that asks: its initials as a folder and its name as a folder or a
  // skin's value (`/kr/cpg/coupang/pay`, `/cp/refund?b=coupang`); without a step that asks it stays anyone's
  'the brand by initials and by name over a step that asks': {
    flag: ['https://lumenfox.click/cpg/coupang/login', 'https://lumenfox.click/cpay/pay?svc=coupangpay'],
    clean: [
      'https://lumenfox.click/cpg/coupang/',
      'https://lumenfox.click/kr/cp/coupang/',
      'https://lumenfox.click/cp/coupang/review',
      'https://lumenfox.com/cpg/coupang/login',
    ],
  },
  // a single-page kit's route on its app shell: written as a path after `#/` (read by the cheap-folder rule as the
  // host's path would be) or as one anchor of the brand and a word that asks; a page's own anchor (the brand alone,
  // with other words, under `/about`) and `.com` stay anyone's
  "a kit's route in the fragment": {
    flag: [
      'https://willowmint.click/#/kr/coupang/pay',
      'https://willowmint.click/m/#/kr/cpg/coupang/pay',
      'https://lark-meadow.store/#coupang-signin',
      'https://fern2291.boats/m/#coupangpay-login',
    ],
    clean: [
      'https://willowmint.store/about#coupang',
      'https://willowmint.click/#coupang',
      'https://willowmint.store/#coupang-review',
      'https://lark-meadow.store/#coupang-bosang',
      'https://willowmint.click/#/kr/coupang',
      'https://willowmint.com/#coupang-refund',
      'https://willowmint.click/#coupon-login',
    ],
  },
  // a newsroom's article page with its number forged on a throwaway host: the brand alone as another value (a kit's
  // skin where a newsroom writes a section's code) or glued with a lure word to the number; a newsroom's keyword with
  // other words, an article without the brand and the same page on `.co.kr` stay anyone's
  'a news article forged on a throwaway host': {
    flag: [
      'https://tulipnews.click/news/articleView.html?idxno=48213&sec=coupang',
      'https://dailyharu.hair/view.php?no=20931/coupang-hwanbul',
      'https://dailyharu.hair/view/?idx=7741&cat=%EC%BF%A0%ED%8C%A1',
    ],
    clean: [
      'https://tulipnews.click/news/articleView.html?idxno=48213&kw=coupang-seller-survey',
      'https://tulipnews.click/news/articleView.html?idxno=48213',
      'https://www.tulipnews.co.kr/news/articleView.html?idxno=48213&sec=coupang',
      'https://tulipnews.click/news/articleView.html?idxno=48213&sec=pangyo',
      'https://tulipnews.click/news/articleView.html?idxno=48213&sec=kupang',
    ],
  },
  // the brand's name hidden as base64, hex or ROT13 in a query value on a TLD kits register by the hundred; an
  // encoded address of the brand's own site (a mail tracker's), other words encoded and `.com` stay anyone's
  "the brand's name encoded in a query value": {
    flag: [
      'https://quietfern.click/go?k=Y291cGFuZ2VhdHM=',
      'https://quietfern.click/?x=636f7570616e67',
      'https://quietfern.hair/r?s=pbhcnat',
    ],
    clean: [
      'https://quietfern.click/go?k=aHR0cHM6Ly93d3cuY291cGFuZy5jb20v',
      'https://quietfern.click/go?k=Y291cG9u',
      'https://quietfern.click/go?k=R3JvdXBvbg==',
      'https://quietfern.com/go?k=Y291cGFuZ2VhdHM=',
    ],
  },
  // a host named for an app store's brand (Google Play, Apple's apps, Galaxy Store) that is none of the stores' own,
  // whose path ends in the brand's app by name or package; the stores' own hosts, another app, the brand with other
  // words and a name that only says "app store" stay anyone's
  "a fake app store's page for the brand's app": {
    flag: [
      'https://playstore-down.icu/coupangeats',
      'https://google-play-apk.com/apps/com.coupang.mobile',
      'https://galaxyapps-kr.net/detail/coupangplay',
    ],
    clean: [
      'https://play.google.com/store/apps/details?id=com.coupang.mobile',
      'https://apps.apple.com/kr/app/coupang/id454434967',
      'https://galaxystore.samsung.com/detail/com.coupang.mobile',
      'https://playstore-down.icu/kakaotalk',
      'https://playstore-down.icu/coupang-price-tracker',
      'https://appstore-reviews.com/app/coupang',
      'https://google-play-apk.com/apps/com.cuckoo.smart',
    ],
  },
  // the brand's own abbreviation with a drawn tag as a hosting platform's site, over a page that asks; no page or
  // another, a tag that is a word, `cp`, and a registry's suffix stay anyone's
  "the brand's abbreviation with a drawn tag on a hosting platform": {
    flag: [
      'https://cpang-zrtqw.pages.dev/login',
      'https://cpng-7hq2mx.onrender.com/verify',
      'https://coupg-x9k2.netlify.app/bosang',
    ],
    clean: [
      // (domain62 flags `https://cpng-7hq2mx.onrender.com/`, `https://cpng-7hq2mx.onrender.com/about`,
      // `https://cpng-x9k2.co.kr/verify`: the brand's own abbreviations alone or with lure words, by measuring;
      // test/domain/classes-domain62.test.ts)
      'https://cpng-earnings.netlify.app/login',
      'https://cp-x9k2.netlify.app/verify',
      'https://coupon-x9k2.netlify.app/verify',
    ],
  },
  // the brand with its sellers' portal's word (Coupang Wing) as a cheap host's folder over a step that asks, as the
  // brand alone there already was; the same folder over an entry page or a review stays anyone's
  "the brand's service word in a cheap host's folder": {
    flag: ['https://emberlane.click/coupang-wing/login', 'https://emberlane.hair/coupang_wing/verify'],
    clean: [
      'https://emberlane.click/coupang-wing/',
      'https://emberlane.click/coupang-wing/review',
      'https://wing.click/login',
    ],
  },
};

describe("domain41: classes from tune32's misses", () => {
  for (const [name, { flag, clean }] of Object.entries(cases))
    describe(name, () => {
      for (const u of flag) it(`flags ${u}`, () => expect(verdict(u)).toBe('lookalike'));
      for (const u of clean) it(`keeps ${u} clean`, () => expect(verdict(u)).not.toBe('lookalike'));
    });
});
