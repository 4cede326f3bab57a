import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes tune10.tsv (scored once as frozen10.tsv) missed, each judged by a rule, not by its rows: written apart
// from the corpus (other hosts of the same kind, other words), with the honest addresses each rule must leave alone
// beside each.
const engine = compileLists({ ...bundledList, blocked: [] });

type Row = [string, 'lookalike' | 'unknown'];

const cases: Record<string, { flag: string[]; clean: string[] }> = {
  // a throwaway host (two to four letters and digits, both, on a lure TLD) speaks for nobody: the brand anywhere in
  // its path, query or fragment is a kit's. A real word or name as the label, a word of letters and digits, an
  // ordinary TLD or a long name is someone's, and their articles and searches name the brand as they like
  'throwaway host': {
    flag: [
      'https://h4v.top/coupang/',
      'https://r2d9.xyz/m/coupang-login.html',
      'https://u8.icu/쿠팡/',
      'https://q7w.cyou/?target=www.coupang.com',
      'https://zz9.sbs/#/coupang/verify',
      'https://k4.lol/?s=쿠팡결제',
      'https://b8c.click/?next=coupa.ng/x1',
    ],
    clean: [
      'https://h4v.com/coupang/',
      'https://b2b.top/coupang-review',
      'https://web3.xyz/news/coupang-stock',
      'https://news.top/2026/12/coupang-refund-scam',
      'https://shop.xyz/?q=coupang',
      'https://h4v.top/',
      'https://r2d9.xyz/m/index.html',
      'https://mvp365.shop/coupang/',
      'https://q7w.cyou/?target=www.naver.com',
    ],
  },
  // a folder named for the brand among a small site's own folders (media, data, an old copy, a board's skins, a
  // scratch folder, inside another plugin's folder) holding a page, or served with lure words: a kit on a hacked site.
  // Pictures and data files there, a plugin named for the brand, an article's slug are anyone's
  'hacked site folders': {
    flag: [
      'https://www.mokpo-cafe.kr/img/coupang/login.html',
      'http://gunsan-auto.com/data/coupang/pc/main.php',
      'https://yangju-clinic.co.kr/old/coupang-hwanbul/',
      'https://www.sokcho-hotel.kr/bbs/skin/coupang/list.php',
      'https://paju-books.com/.tmp/coupang/login.php',
      'https://www.osan-wedding.kr/wp-content/plugins/contact-form-7/coupang/',
    ],
    clean: [
      'https://www.mokpo-cafe.kr/img/coupang/logo.png',
      'https://gunsan-auto.com/data/coupang/prices.csv',
      'https://yangju-clinic.co.kr/old/coupang/',
      'https://yangju-clinic.co.kr/old/notice.html',
      'https://www.sokcho-hotel.kr/bbs/skin/basic/list.php',
      'https://www.osan-wedding.kr/wp-content/plugins/coupang-partners/',
      'https://www.osan-wedding.kr/wp-content/plugins/contact-form-7/includes/',
      'https://news.example.kr/images/2026/coupang-refund-scam.jpg',
      'https://blog.example.com/data/coupang-stock-analysis',
    ],
  },
  // an app store's details page for the brand's package (`details?id=com.coupang.…`) on a host that is not the
  // store the data names: a fake store. Google Play's own page, another package, an intent link stay
  'store page for the package': {
    flag: [
      'https://gplay-down.shop/store/apps/details?id=com.coupang.mobile&hl=ko',
      'https://apps.store-kr.example.com/details?id=com.coupang.mobile.eats',
      'https://dl-app.example.org/m/details/?id=com.coupang.play',
    ],
    clean: [
      'https://play.google.com/store/apps/details?id=com.coupang.mobile',
      'https://gplay-down.shop/store/apps/details?id=com.kakao.talk',
      'https://apps.store-kr.example.com/details?id=com.coupangstudy.notes',
      'https://apps.store-kr.example.com/reviews?id=com.coupang.mobile',
      'market://details?id=com.coupang.mobile',
    ],
  },
  // an abbreviation that names the brand alone (the ticker, the name less its vowels), alone or with a tag of digits,
  // as the registrable name on a lure TLD. On an ordinary or a Korean TLD, with a word, under someone's domain, or
  // with English lure words only (tune6's and tune9's decisions) it stays anyone's
  'own abbreviation on a lure TLD': {
    flag: ['cpng.icu', 'cpang-4410.sbs', 'cpngk2.cfd', 'cpang.bond'],
    clean: [
      // (domain62 flags `cpng.kr`, `cpang.pro`, `cpng-2026.com`, `cpng-support.com`: the brand's own abbreviations
      // alone or with lure words, by measuring; test/domain/classes-domain62.test.ts)
      'cpngx.top',
      'cpng.top.example.com',
      'cpg7.top',
    ],
  },
  // Bitly's own host serves its short links as bit.ly does (data: lists/sources/shared-hosts.json): a link's name
  // with the brand and a lure word is a claim; Bitly's own pages and other names are not
  'shortener host in the data': {
    flag: ['https://bitly.com/coupang-refund-kr', 'https://bitly.com/coupangpay-login'],
    clean: [
      'https://bitly.com/pages/pricing',
      'https://bitly.com/3xYz9Qa',
      'https://bitly.com/blog/coupang-case-study',
    ],
  },
};

describe.each(Object.entries(cases))('tune10 class: %s', (_, { flag, clean }) => {
  const rows: Row[] = [...flag.map((h): Row => [h, 'lookalike']), ...clean.map((h): Row => [h, 'unknown'])];
  it.each(rows)('%s → %s', (input, verdict) => {
    expect(classify(input, engine).verdict).toBe(verdict);
  });
});
