import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes domain52 took from tune40's misses (author 41), each judged by a rule written apart from the corpus
// (other hosts, paths, lure words and TLDs), with the honest addresses beside each rule that must stay clean.
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

const cases: Record<string, { flag: string[]; clean: string[] }> = {
  // an "@" a reader takes for one that no URL parser accepts in a host (full-width `＠`, small `﹫`): the host after
  // it opens in a client that maps it, and the brand's host before it is what the reader sees, as with `%40`.
  // An ordinary user name before it, or nothing after it, stays what it is
  'a full-width or small "@" after the brand\'s host': {
    flag: [
      'https://www.coupang.com＠secure-check.info/login',
      'http://login.coupang.com﹫kr-delivery.net/',
      'https://m.coupangeats.com＠eats-order.org/',
    ],
    clean: [
      'https://user＠example.com/',
      'https://news＠hankyung.com/article/1',
      'https://www.coupang.com＠/',
    ],
  },
  // a percent sign itself percent-encoded in the host (`%252E`, `%25252E`): a client or redirector that decodes
  // once more opens the host with the dot, where the brand's name reads as a host of its own
  'a doubly encoded dot in the host': {
    flag: [
      'https://coupang%252Ecom.secure.kr-notice.net/',
      'https://www.coupang%252ecom.billing-check.org/pay',
      'https://coupang%25252Ecom.login.help-desk.info/',
    ],
    clean: ['https://shop%252Eexample.com/', 'https://news%252Ehani.co.kr/'],
  },
  // a blog platform whose blogs are named in the path (Inblog, DEV, Hashnode; list data, shared-hosts.json): a blog
  // named for the brand and lure words only is a free alias of a kit's; the brand alone, with a reader's words, or as
  // a post's slug under another blog stays anyone's
  'a blog on a blog platform named for the brand and lure words': {
    flag: [
      'https://inblog.ai/coupang-refund',
      'https://dev.to/coupang-bosang',
      'https://hashnode.com/@coupang-login',
    ],
    clean: [
      'https://inblog.ai/coupang',
      'https://inblog.ai/coupang-review',
      'https://inblog.ai/mystore/posts/coupang-notice',
      'https://dev.to/coupang-openapi',
    ],
  },
  // a product's name others share too (`rocketpay`, in the list's words) as a folder on a bare IP address beside a
  // folder of the brand's abbreviation, over a kit's page: the brand named twice on a server nobody named. The product
  // without a kit's page, or beside another folder stays (domain75 reverses `203.0.113.40/rocketpay/login.php`: the
  // product alone over a page that asks is a kit's folder too, 2 flag rows of two halves, none honest)
  "a shared product name beside the brand's abbreviation on a bare IP": {
    flag: [
      'http://203.0.113.40/cpng/rocketpay/login.php',
      'http://192.0.2.77/cp/rocketgrowth/index.html',
      'http://203.0.113.41/cpay/rocketpay/confirm.php',
    ],
    clean: [
      'http://203.0.113.40/rocketpay/docs',
      'http://203.0.113.40/shop/rocketpay/login.php',
      'http://203.0.113.40/cp/rocketpay/',
      'http://203.0.113.40/cp/cupang/login.php',
    ],
  },
};

describe('domain52 classes (tune40)', () => {
  for (const [name, { flag, clean }] of Object.entries(cases)) {
    describe(name, () => {
      for (const u of flag) it(`flags ${u}`, () => expect(verdict(u)).toBe('lookalike'));
      for (const u of clean) it(`leaves ${u} clean`, () => expect(verdict(u)).not.toBe('lookalike'));
    });
  }
});
