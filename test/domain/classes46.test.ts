import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes domain46 took from tune35's misses (author 36), each judged by a rule written apart from the corpus
// (other platforms, serials, hosts and words), with the honest addresses beside each rule that must stay clean.
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

const cases: Record<string, { flag: string[]; clean: string[] }> = {
  // an abbreviation that names the brand alone as a platform site's name: with a serial (a storage account, a
  // bucket, a project), or alone as a worker's name over its account's label. Alone as the site's own name, the
  // ticker, the abbreviation beside another word, other initials and a code host's account stay anyone's.
  'the brand abbreviation as a platform site name': {
    flag: [
      'https://cpang5.z13.web.core.windows.net/',
      'https://coupg-204.netlify.app/',
      'https://cpang.k2rd8.workers.dev/',
      'https://coupg.mybox.workers.dev/m/',
      'cpang19.pages.dev',
    ],
    clean: [
      // (domain62 flags `cpang.pages.dev`, `cpang.dynu.net`, `https://cpang12.github.io/`, `cpng7.pages.dev`,
      // `cpang7.com`: the brand's own abbreviations alone or with lure words, by measuring; test/domain/classes-
      // domain62.test.ts)
      'cpang-notes.netlify.app',
      'cpanel.k2rd8.workers.dev',
      'cpa2024.pages.dev',
    ],
  },
  // the kit's route shows the brand's official host as its first folder over a step that asks, on any TLD: the
  // official host alone or over another page (a site checker's, a status page's) stays anyone's
  'an official host as a fragment route over a step that asks': {
    flag: [
      'https://parcelnote.io/#/www.coupang.com/login',
      'https://tradehub.dev/app/#!/login.coupang.com/verify/card',
      'https://lumeria.net/index.html#/m.coupang.com/order/cancel',
    ],
    clean: [
      'https://sitecheck.dev/#/www.coupang.com',
      'https://uptime.example.io/#/www.coupang.com/status',
      'https://tradehub.dev/#/m.coupang.com/np/search',
      'https://tradehub.dev/about#/www.coupang.com/login-help',
    ],
  },
  // an anchor that asks (the brand with a login's or payment's word) on a drawn name off the TLDs kits register
  // cheaply: a page's own section, another word, a pronounceable name and `.com` stay anyone's
  'an anchor that asks on a drawn name of any TLD': {
    flag: ['https://h3k9q2xwt.ink/#coupang-verify', 'https://tz7r4mkq9.bar/m/#coupangpay-login'],
    clean: [
      'https://h3k9q2xwt.ink/#coupang-review',
      'https://h3k9q2xwt.com/#coupang-verify',
      'https://lumeria.ink/#coupang-login',
      'https://tz7r4mkq9.bar/guide/#coupang-login',
    ],
  },
  // a root search holding the brand with lure words only, on a number with a letter on a cheap TLD or on a lure
  // landing's own name: the kit's keyword. Other words, a site's own search page, `.com`, a plain number and a
  // shop's name stay anyone's
  'the brand with lure words in a landing root search': {
    flag: [
      'https://2719q.fun/?q=쿠팡+환불+신청',
      'https://secure-notice.beauty/?query=쿠팡배송조회',
      'https://verify-center.ink/?keyword=coupang+refund',
    ],
    clean: [
      'https://2719q.fun/?q=쿠팡+쿠폰',
      'https://secure-notice.com/?q=쿠팡환불',
      'https://secure-notice.ink/search?q=쿠팡환불',
      'https://7777.fun/?q=쿠팡환불',
      'https://duckduckgo.com/?q=쿠팡피해보상',
      'https://search.naver.com/search.naver?query=쿠팡피해보상',
      'https://news.example.co.kr/?s=쿠팡환불',
      'https://blog.example.com/?utm_campaign=coupang&utm_source=kakao',
      'https://www.example.com/share?url=https://www.coupang.com/np/search&q=쿠팡',
    ],
  },
  // the membership's name (Coupang WOW) with the name romanised as one run of letters (`kupangwow`), beside lure
  // words; a three-letter service word (`wow`, `pay`, `man`) after the city's name and a hyphen is the city's own
  // business name and stays clean
  'the romanised name with WOW glued on': {
    flag: [
      'kupangwow-haeji.com',
      'kupangwow-login.site',
      'cancel-kupangwow.xyz',
      'https://kupangwow-bosang.help/m/verify',
    ],
    clean: [
      'kupang-wow-tour.id',
      'kupangwow.com',
      'kupangwow.id',
      'kupang-wow.com',
      'wow-kupang.id',
      'kupang-pay-wisata.id',
      'kupang-man-jaya.id',
      'kupang-ads-agency.id',
    ],
  },
  // a Korean shortener's chosen name (list data, shared-hosts.json) that is the brand with a number or lure words:
  // other words and a drawn code stay anyone's
  'a chosen short-link name on a Korean shortener': {
    flag: ['https://me2.kr/coupang7011', 'https://me2.kr/coupangwow2026', 'https://me2.kr/cpang-event'],
    clean: ['https://me2.kr/coupang-review', 'https://c11.kr/a8Xk2', 'https://me2.kr/rocket-science'],
  },
  // the official short domain's name with a generic second level put in its own country's registry; another
  // country's and a generic TLD's `coupa` (Coupa, the software firm) stay anyone's
  "an official domain's name one level down in its own country": {
    flag: ['coupa.net.ng', 'https://coupa.org.ng/p/7Xk2'],
    clean: ['coupa.com', 'coupa.com.au', 'coupa.co.uk', 'https://link.coupa.ng/abc'],
  },
  // `apply` (신청, as `sincheong` and `sinchung` are already): a form's word a romanisation or a slip of the name beside
  // it is read with, as any lure word; the city's own suffix, a word beside another's name and `apply` alone stay
  'a romanised name beside `apply`': {
    flag: ['kupaang-apply.com', 'https://apply-kuupang.shop/baesong', 'coupnag-apply.net'],
    clean: ['kupang-apply.id', 'kupang-visa-apply.id', 'apply-now.com', 'coupon-apply.com'],
  },
};

describe('domain46 classes (tune35)', () => {
  for (const [name, { flag, clean }] of Object.entries(cases)) {
    describe(name, () => {
      for (const u of flag) it(`flags ${u}`, () => expect(verdict(u)).toBe('lookalike'));
      for (const u of clean) it(`leaves ${u} clean`, () => expect(verdict(u)).not.toBe('lookalike'));
    });
  }
});
