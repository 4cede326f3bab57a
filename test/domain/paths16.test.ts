import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes the seventeenth blind author wrote and the guard missed (tune16's misses), each judged by a rule
// written apart from the corpus (other hosts, folders and words), with the honest addresses each rule must leave
// alone.
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

const cases: Record<string, { flag: string[]; clean: string[] }> = {
  // the address re-confirmation of the breach's lures, in Hangul: 주소, 주소지, 배송지, 재확인, 오류 as lure words
  // under a folder named for the brand, and a kit's steps more than one folder deep when every one is a lure word
  'a kit folder with Hangul address words or several lure steps': {
    flag: [
      'https://mq7.sbs/쿠팡/배송지재확인',
      'https://tolvi.online/쿠팡친구/주소오류',
      'https://r2d.click/coupang/verify/account',
      'https://kx9.top/쿠팡/개인정보/유출조회',
      'https://nuvel.site/coupangeats/billing',
    ],
    clean: [
      // a forum's section and a post's number, an article's slug, a notice board
      'https://community.example.com/coupang/security/88213',
      'https://community.example.com/coupang/notice/login',
      'https://blog.example.kr/쿠팡/주소-변경-방법-정리-2026',
      'https://shop.example.com/coupang/products/12345/reviews',
      // deeper than a kit's steps: a site's own tree
      'https://docs.example.com/coupang/api/v2/auth/verify/token/refresh',
    ],
  },
  // the brand spelt out: short pieces between dots in a folder's name, or one or two letters a folder
  'the brand spelt out in a path': {
    flag: [
      'https://zq4.icu/cou.p.ang/login',
      'https://dl-kr.top/c/o/u/p/a/n/g/update.apk',
      'https://px-3.rest/co/u/pa/ng.apk',
    ],
    clean: [
      'https://cdn.example.com/a/b/c/d/e.png',
      'https://static.example.com/js/app.min.js',
      'https://example.com/c/o/m/m/o/n.html',
      'https://example.com/co.uk/pang',
    ],
  },
  // an Android package named for the brand with an app file's own words (a TV build, a version, a platform)
  "an app file's words beside the brand": {
    flag: [
      'https://files.kr-app.top/CoupangEats_android_v3.apk',
      'https://mxz.cyou/dl/Coupang_TV_latest.apk',
    ],
    clean: [
      'https://files.example.com/dl/coupang-price-tracker.apk',
      'https://files.example.com/dl/partner-tool-for-coupang-sellers.apk',
    ],
  },
  // the ticker (a short that names the brand alone) as a subdomain of a registrable name of lure words only
  'the ticker as a subdomain of a lure landing': {
    flag: ['cpng.verify-kr.top', 'cpang.secure-login.click', 'cpng.bosang.net'],
    // (domain62 flags `cpng.kr`: the brand's own abbreviations alone or with lure words, by measuring;
    // test/domain/classes-domain62.test.ts)
    clean: ['cpng.example.com', 'cpng.stock-forum.com', 'cpng.refund.com'],
  },
  // a short link's name with the brand's markets: it claims to be the brand's as `coupang-kr` does
  'a short link named for the brand and one of its markets': {
    flag: ['https://bit.ly/coupang-taiwan', 'https://tinyurl.com/coupang-jp'],
    clean: ['https://bit.ly/coupang-tw-review', 'https://tinyurl.com/taiwan-travel-2026'],
  },
  // Korean link-in-bio pages and a Korean form builder name a site in their first folder
  'Korean link pages and forms': {
    flag: ['https://inpock.co.kr/coupang_refund', 'https://smore.im/form/coupang-bosang'],
    clean: ['https://inpock.co.kr/minji_daily', 'https://smore.im/form/abc123XYZ'],
  },
  // the city Kupang's own businesses on a hosting platform: a word the list names as theirs keeps the slip a word
  "the city Kupang's travel agent on a platform": {
    flag: ['kupang.netlify.app', 'kupang-login.netlify.app', 'kupang-travel-refund.vercel.app'],
    clean: ['kupang-travel.netlify.app', 'kupang-logistics.github.io', 'kupangtravel.pages.dev'],
  },
};

describe('tune16 classes (domain19)', () => {
  for (const [name, { flag, clean }] of Object.entries(cases))
    describe(name, () => {
      it.each(flag)('%s is a look-alike', (u) => expect(verdict(u)).toBe('lookalike'));
      it.each(clean)('%s is not', (u) => expect(verdict(u)).not.toBe('lookalike'));
    });

  it('reads 庫澎 (库澎 as Taiwan writes it) as the brand', () => {
    expect(verdict('庫澎-event.com')).toBe('lookalike');
    expect(verdict('xn--1xtv98a.shop')).toBe('lookalike');
  });
});
