import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes that more than one blind author wrote and the guard missed (issue #12: tune13's and tune14's rows, and
// the once-scored misses of frozen9–frozen12), each judged by a rule: written apart from the corpora (other hosts,
// folders and words), with the honest addresses each rule must leave alone beside each.
const engine = compileLists({ ...bundledList, blocked: [] });

type Row = [string, 'lookalike' | 'unknown' | 'official'];

const cases: Record<string, { flag: string[]; clean: string[]; official?: string[] }> = {
  // a landing named for what it looks up or fixes (`leak-search`, `entrance-code`, `breach-kr`) carrying the brand
  // in its path or query; its words alone, or a search for the brand with such words, are anyone's
  'lure landing names with a looked-up word': {
    flag: [
      'https://gatecode-search.kr/coupang',
      'https://breach-korea.site/?svc=coupang',
      'https://parcel-fix.online/coupang/a8f2',
      'https://exposure-check.kr/쿠팡',
      'https://m-cs.top/쿠팡환불',
    ],
    clean: [
      'https://code-search.com/coupang',
      'https://x.com/search?q=coupang%20breach',
      'https://privacy-center.org/coupang',
      'https://door-design.kr/coupang',
      'https://breach-korea.site/',
    ],
  },
  // an abbreviation of the brand alone as a folder or a parameter's value on such a landing: one that names the
  // brand alone by itself, any other with a word that asks; never a parameter's name (`?cp=3` is a page number)
  'abbreviation carried by a lure landing': {
    flag: [
      'https://leak-johoe.kr/?brand=cpng',
      'https://bimilbeonho-reset.kr/cpng',
      'https://refund-center.kr/cp/bosang',
    ],
    clean: [
      'https://refund-center.kr/notice?cp=3',
      'https://help-center.kr/cp/',
      'https://design-code.kr/cpng',
    ],
  },
  // `market://` opens the Play Store's page of a package: a package named for the brand with lure words is a fake
  // app, the brand's own package is not a look-alike
  'Android store links': {
    flag: ['market://details?id=com.coupang.refund', 'market://details?id=kr.coupang.boan'],
    clean: ['market://details?id=com.coupang.mobile', 'market://details?id=com.example.notes'],
  },
  // `cp` is many firms' initials: with a lure word that asks and a word for Korea, on a Korean suffix or a TLD phishing
  // registers most, it speaks to Korean shoppers as a kit's name
  'cp with an asking lure word and Korea': {
    flag: ['https://cp-login-kr.top/', 'https://cp-refund-kr.shop/', 'cp-verify-kr.co.kr'],
    clean: ['cp-login-kr.com', 'cp-support-kr.shop', 'cp-refund.com', 'cpkorea.shop'],
  },
  // a throwaway name drawn by a generator (letters and digits mixed, no vowel, four consonants in a row) on a lure TLD
  // carrying the brand beside a lure word; a pronounceable name, or the brand without a lure word, is left
  'drawn throwaway names': {
    flag: [
      'https://qz7mkvh.top/coupang/login',
      'https://xbrtnq.shop/#/coupang/refund',
      'https://pldkwxhh.site/?s=coupang-verify',
    ],
    // (the brand alone as a drawn name's folder, `qz7mkvh.top/coupang`, counts since tune17's round: paths17.test.ts)
    clean: [
      'https://qz7mkvh.top/coupang-fan-notes',
      'https://melodia.shop/?q=coupang+login',
      'https://qz7mkvh.top/',
    ],
  },
  // deep in an ordinary site's path: a folder named for the brand holding a page that asks for a login, money or an
  // identity, or a page file named for the brand with such words; a page that only shows (`index.html`, `event.html`),
  // a blog's post, or a page about the brand is left alone
  'brand deep in a hacked site': {
    flag: [
      'http://www.gunsan-bakery.co.kr/shop/admin/upload/coupang/login.php',
      'http://www.gunsan-bakery.co.kr/new/kr/coupang_refund.asp',
      'http://yeongju-print.com/old/bbs/cp/bosang.php',
      'http://yeongju-print.com/cgi-bin/board/cp/pihae.cgi',
      'http://yeongju-print.com/inc/jsp/cp_verify.jsp',
      'http://www.gunsan-bakery.co.kr/data/upfile/kupang/auth.html',
    ],
    clean: [
      'http://www.gunsan-bakery.co.kr/shop/goods/coupang/index.php',
      'http://www.gunsan-bakery.co.kr/event/coupang_event.html',
      'https://blog.gunsan-bakery.co.kr/posts/coupang/login.html',
      'http://yeongju-print.com/shop/cp/list.php',
      'https://kupang-hotel.co.id/rooms/kupang/booking.php',
      'https://shop.example.kr/guide/coupang_review.html',
    ],
  },
  // Korean CMS folders that hold nobody's pages: XpressEngine's add-ons and layouts, its cache, Laravel's public
  // storage, makeshop's product images
  'more Korean CMS folders': {
    flag: [
      'http://www.jecheon-apple.kr/addons/coupang/login.html',
      'http://www.jecheon-apple.kr/layouts/xdom/coupang/index.html',
      'https://www.jecheon-apple.kr/storage/app/public/coupang/index.html',
      'https://www.jecheon-apple.kr/shopimages/coupang/index.html',
      'http://www.jecheon-apple.kr/files/cache/coupang/verify.html',
    ],
    clean: [
      'http://www.jecheon-apple.kr/addons/coupang_partners/widget.js',
      'https://www.jecheon-apple.kr/storage/app/public/coupang/logo.png',
      'https://www.jecheon-apple.kr/shopimages/coupang/banner.jpg',
    ],
  },
  // a developer tunnel (Microsoft Dev Tunnels, serveo, pinggy, localtunnel, localhost.run) hands every laptop a
  // subdomain: its first folder names the site, as on a hosting platform; Google's other hosts redirect as www does
  'tunnels and Google redirects': {
    flag: [
      'https://k2x9w-3000.usw2.devtunnels.ms/coupang',
      'https://a81f.loca.lt/coupang/login',
      'https://images.google.com/url?q=https%3A%2F%2Fcoupang-refund.top%2F',
    ],
    clean: [
      'https://k2x9w-3000.usw2.devtunnels.ms/dashboard',
      'https://a81f.loca.lt/',
      'https://images.google.com/url?q=https%3A%2F%2Fnews.example.kr%2Fcoupang-breach',
      // (a redirect to the brand's own site is not the brand's address: it is judged where it leads, and warns nothing)
      'https://maps.google.com/url?q=https%3A%2F%2Fwww.coupang.com%2F',
    ],
  },
};

describe.each(Object.entries(cases))('shared class: %s', (_, { flag, clean, official = [] }) => {
  const rows: Row[] = [
    ...flag.map((h): Row => [h, 'lookalike']),
    ...clean.map((h): Row => [h, 'unknown']),
    ...official.map((h): Row => [h, 'official']),
  ];
  it.each(rows)('%s → %s', (input, verdict) => {
    expect(classify(input, engine).verdict).toBe(verdict);
  });
});
