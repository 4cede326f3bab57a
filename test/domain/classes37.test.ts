import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes domain37 took from tune29 (author 30's half), each judged by a rule written apart from the corpus
// (other hosts, names and words), with the honest addresses beside each rule that must stay clean.
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

const cases: Record<string, { flag: string[]; clean: string[] }> = {
  // a person-to-person payment link is a name anyone picks and Coupang takes no money there: the brand's name, its
  // services' or the brand with lure words as the link's name (PayPal.Me, KakaoPay's QR links, Toss)
  'a payment link named for the brand': {
    flag: [
      'https://paypal.me/coupangeats',
      'https://www.paypal.me/쿠팡보상금',
      'https://qr.kakaopay.com/rocketwow',
      'https://qr.kakaopay.com/coupang-hwanbul',
      'https://toss.me/쿠팡',
    ],
    clean: [
      'https://paypal.me/minji-kim',
      'https://paypal.me/kupangcoffee',
      'https://qr.kakaopay.com/Fq8sLk2w',
      'https://toss.me/bakery-haru',
    ],
  },
  // a KakaoTalk open chat's title given as `title=` (as link builders write it) is read as `t=`: the brand with a
  // word that asks or a Korean lure word is a stranger's chat dressed as the brand's help
  "an open chat's title": {
    flag: [
      'https://open.kakao.com/o/sKq2Lx9a?title=쿠팡%20고객센터%20문의',
      'https://open.kakao.com/o/sKq2Lx9a?title=로켓와우%20환불%20상담',
    ],
    clean: [
      'https://open.kakao.com/o/sKq2Lx9a?title=쿠팡%20알바%20후기방',
      'https://open.kakao.com/o/sKq2Lx9a?title=쿠팡%20핫딜%20알림',
      'https://open.kakao.com/o/sKq2Lx9a?title=동네%20고객센터',
    ],
  },
  // a short link's name of an abbreviation that names the brand alone, alone or with a code's tag: it claims to be
  // the brand's as the brand's name alone there does; with a word, another abbreviation, the ticker alone or as a
  // handle stay
  "the brand's own abbreviation as a short link's name": {
    flag: [
      'https://is.gd/cpang',
      'https://t.ly/CPNG-x7q2',
      'https://vo.la/coupg42',
      'https://bit.ly/cpng_mbtw',
    ],
    clean: [
      'https://bit.ly/cpng-news',
      'https://bit.ly/cpng-earnings',
      'https://bit.ly/cp42',
      'https://github.com/cpng',
      'https://t.me/cpng',
      // the ticker alone is an investor's link (tune11's and tune17's decision)
      'https://bit.ly/cpng',
    ],
  },
  // Hangul in its decomposed letter parts (NFD), percent-encoded in a query: read as the syllables it composes
  'Hangul in decomposed letter parts': {
    flag: [
      // 쿠팡보상 in NFD on a throwaway host
      'https://zx-qv.top/?m=%E1%84%8F%E1%85%AE%E1%84%91%E1%85%A1%E1%86%BC%E1%84%87%E1%85%A9%E1%84%89%E1%85%A1%E1%86%BC',
    ],
    clean: [
      // 쿠폰 (a coupon) in NFD: no brand
      'https://zx-qv.top/?m=%E1%84%8F%E1%85%AE%E1%84%91%E1%85%A9%E1%86%AB',
    ],
  },
  // a landing on a cheap TLD whose path is only a landing's, carrying the brand with lure words in a query value (a
  // search ad's keyword handed to the kit); a site search on its own path, `.com`, a blog's `?s=`, the brand with other
  // words stay anyone's
  "a landing's query of the brand with lure words": {
    flag: [
      'https://mo-tqra.site/?kw2=쿠팡%20보상금%20조회',
      'https://vntq.store/lp?n_keyword=coupang+refund+check',
      'https://pq-lrm.info/index.php?ad=로켓와우+해지',
      'https://ds-oli.shop/m/?term=쿠팡이츠%20환불',
    ],
    clean: [
      'https://mo-tqra.site/search?q=쿠팡%20보상금%20조회',
      'https://mo-tqra.com/?q=쿠팡%20보상금%20조회',
      'https://haru-blog.life/?s=쿠팡+환불',
      'https://dasoli.shop/?q=쿠팡+할인+쿠폰',
      'https://dasoli.shop/?q=coupang',
      'https://sarangbang.shop/?q=쿠팡+환불',
      'https://melodia.shop/?q=coupang+login',
    ],
  },
  // lure words beside a name: an NFT (Coupang issues none), a consultation in Hangul, cashback, the breach's lookup
  // romanised; the words without the brand stay, and an invoice is a seller's document (no lure word)
  'more lure words': {
    flag: [
      'https://discord.gg/coupang-nft',
      'https://t.me/쿠팡상담',
      'cupang-cashback.co',
      'pihaesasil-coupang.net',
    ],
    clean: [
      'nft-market.com',
      'cashback-korea.com',
      'discord.gg/nft-mint',
      'https://onedrive.live.com/view.aspx?resid=A!1&name=coupang-invoice-2025.xlsx',
    ],
  },
  // an iOS install link (apps outside the App Store) whose manifest's address names the brand: the brand's apps come
  // from the App Store; a manifest named otherwise, or an official one, stays
  'an iOS install named for the brand': {
    flag: [
      'itms-services://?action=download-manifest&url=https://dist-q8.online/coupangeats/manifest.plist',
      'itms-services://?action=download-manifest&url=https://apps.example.net/ios/rocketwow.plist',
    ],
    clean: [
      'itms-services://?action=download-manifest&url=https://apps.example.net/ios/haru-diary/manifest.plist',
      'itms-services://?action=download-manifest&url=https://apps.example.net/coupang-price-bot-beta/manifest.plist',
    ],
  },
  // Kakao Cloud's object storage (`/v1/<project>/<bucket>/…`): the bucket is a site's name, judged as S3's are
  "a bucket on Kakao Cloud's object storage": {
    flag: [
      'https://objectstorage.kr-central-2.kakaocloud.com/v1/5e6f7a8b9c0d1e2f/rocketwow-haeji/index.html',
    ],
    clean: [
      'https://objectstorage.kr-central-2.kakaocloud.com/v1/5e6f7a8b9c0d1e2f/haru-reports/coupang-sales-q3.csv',
      'https://objectstorage.kr-central-2.kakaocloud.com/v1/5e6f7a8b9c0d1e2f/haru-shop/index.html',
    ],
  },
  // a help desk, an inquiry, safety as lure words; `data` a filler as `info` is (the breach's "data leak" lookups)
  'a support desk, an inquiry, safety, a data leak': {
    flag: ['cpng-data-leak.top', 'coupnag-desk.com', 'https://is.gd/coupang-inquiry', 'couapnng-safety.net'],
    clean: ['kupang-data.id', 'cpng-data.com', 'data-desk.com', 'cp-safety.com'],
  },
  // Google Translate's proxy serves the origin's own path: judged on the origin, the proxy's `_x_tr_` parameters
  // left out; an honest origin's page stays
  "a page served through Google Translate's proxy": {
    flag: ['https://qx7-click.translate.goog/coupang/verify/hwanbul?_x_tr_sl=auto&_x_tr_tl=ko'],
    clean: [
      'https://haru-blog-kr.translate.goog/2026/coupang-haul?_x_tr_sl=ko&_x_tr_tl=en',
      'https://www-coupang-com.translate.goog/np/search?q=tv&_x_tr_sl=ko',
    ],
  },
};

describe("domain37: classes from tune29's misses", () => {
  for (const [name, { flag, clean }] of Object.entries(cases))
    describe(name, () => {
      for (const u of flag) it(`flags ${u}`, () => expect(verdict(u)).toBe('lookalike'));
      for (const u of clean) it(`keeps ${u} clean`, () => expect(verdict(u)).not.toBe('lookalike'));
    });
});
