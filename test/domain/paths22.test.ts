import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes domain25 took from tune22's misses and false alarms, each judged by a rule written apart from the
// corpus (other hosts, numbers and words), with the honest addresses each rule must leave alone.
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

const cases: Record<string, { flag: string[]; clean: string[] }> = {
  // the brand's signed-in account pages (its order list, an order's cancellation) served by a host of a cheap lure
  // TLD: only the brand's own site serves them, no tracker copies them, so the host's name does not matter there
  "the brand's account pages on a lure TLD's host": {
    flag: [
      'https://zt-84.top/np/order/cancel?orderId=1029384756',
      'https://nine-k.icu/np/order/detail/5561',
      'https://qq-ship.cyou/ssr/desktop/order/list',
      'https://ordr.sbs/ssr/desktop/order/detail?orderId=7',
    ],
    clean: [
      // an ordinary TLD, a tracker's folder over the path, a shared host, another layout, the bare prefix
      'https://zt-84.com/np/order/cancel?orderId=1029384756',
      'https://price-notes.top/coupang/np/order/list',
      'https://q7x2.netlify.app/np/order/cancel',
      'https://shop-a.top/order/cancel?orderId=1',
      'https://qq-ship.cyou/ssr/desktop/order/',
    ],
  },
  // the brand's product and campaign pages as the whole path of a host named with lure words only (a landing's
  // name), on a cheap lure TLD, as deal-named shops already were
  "the brand's page layout on a lure-named host": {
    flag: [
      'https://member-kr.top/vp/products/9911223344?itemId=7&vendorItemId=8',
      'https://kr-event.cyou/np/campaigns/415',
      'https://refund-center.shop/vp/products/123',
    ],
    clean: [
      // a name of its own, an ordinary TLD, a lure name with another path, a tracker's folder
      'https://blue-fox.top/vp/products/9911223344?itemId=7',
      'https://member-kr.com/vp/products/9911223344?itemId=7',
      'https://member-kr.top/products/9911223344',
      'https://member-kr.top/coupang-prices/vp/products/1',
    ],
  },
  // a hobby project named for the brand with a price history or an analyser beside it, on an app host: words about
  // the brand, as a price alert or statistics are; a lure word beside them still counts
  'a price history or an analyser of the brand on an app host': {
    flag: [
      'https://coupang-order-history.vercel.app/',
      'https://coupang-login-analyzer.streamlit.app/',
      'https://coupang.vercel.app/',
      'coupang-history.com',
    ],
    clean: [
      'https://coupang-stats-history.netlify.app/',
      'https://coupang-review-analyser.vercel.app/',
      'https://coupang-price-analyzer.streamlit.app/',
    ],
  },
  // a short host named by the brand's own abbreviation alone (the ticker) with a link's code under a one-letter
  // folder, or with one of the brand's own words as the link's name: a short link service in the brand's name
  "short links on a host named by the brand's abbreviation": {
    flag: [
      'https://cpng.io/s/Q7mX',
      'https://cpang.me/r/5tZ',
      'https://cpng.ly/eats',
      'https://cpng.gg/play',
    ],
    clean: [
      // the host alone, a word of its own, a code under a word, another firm's initials, a drawn host
      // (domain62 flags `https://cpng.io/`, `https://cpng.io/news`, `https://cpng.io/about/Q7mX`,
      // `https://cpng.io/r/about`: the brand's own abbreviations alone or with lure words, by measuring;
      // test/domain/classes-domain62.test.ts)
      'https://cpn.io/eats',
      'https://xq.ly/eats',
    ],
  },
  // a QR code's word beside a landing's lure words is the landing's own (the flyer it was printed on), as `code` and
  // `search` are: the name stays a landing's, and the brand alone as its folder is a kit's
  "a QR code's word in a landing's name": {
    flag: ['https://hwanbul-qr.cyou/coupang', 'https://qr-refund.top/coupang?utm_source=flyer'],
    clean: [
      // a menu's or a code's QR, the landing's name alone, an ordinary TLD's QR service
      'https://menu-qr.top/coupang',
      'https://qr-code.top/coupang',
      'hwanbul-qr.cyou',
      'https://qr-menu.com/coupang',
    ],
  },
  // 이츠 (Eats) written by ear as `ichu`, a spelling of the list's Coupang Icheu: after the romanised core too, as
  // the token is (`kupangicheu`)
  "Coupang Eats' Korean name written by ear after the romanised core": {
    flag: ['kupangichu.net', 'https://kupang-ichu.shop/login', 'qupangichu.com'],
    clean: [
      // the word alone, the city with other words, the words the other way round
      'ichu.com',
      'kupang-ikan.id',
      'kupang-ichi.com',
      'ichu-kupang.com',
    ],
  },
  // a Hangul service name of four syllables or more with ㅐ and ㅔ exchanged: the two vowels sound the same and are
  // mixed up in writing, so the name reads and sounds as the brand's (its other one-part changes stay names of their
  // own: 배속 is a speed, 포켓 a pocket)
  'a Hangul service name with its ㅐ written ㅔ or the other way round': {
    flag: ['로켓패이.kr', 'https://로켓베송조회.shop/', '윙판메자.com', 'xn--2o2b21f27elzq.net'],
    clean: ['로켓배속.com', '포켓배송.com', '베송.kr', '로켓세일.com'],
  },
  // a letter drawn as another (i for l, 0 for o, vv for w) in the brand's name, with words of another kind beside
  // it: no word is spelt so, so the words do not make it a name of its own (a slip of sounds or letters may be one)
  "a letter drawn as another in the brand's name beside words of another kind": {
    flag: ['coupangpiay-sports.net', 'https://coupangpIay-drama.com/', 'c0upangpiay-anime.org'],
    clean: ['구팡골프.kr', 'kupang-tour.id', 'coupons-tv.com', 'copang-music.com'],
  },
};

describe('domain25 classes', () => {
  for (const [name, { flag, clean }] of Object.entries(cases))
    describe(name, () => {
      it.each(flag)('%s is a look-alike', (u) => expect(verdict(u)).toBe('lookalike'));
      it.each(clean)('%s is not', (u) => expect(verdict(u)).not.toBe('lookalike'));
    });
});
