import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes of honest addresses domain63 cleared (tune46's and tune47's false alarms, taken by class), with
// invented addresses written apart from the corpus: a product's name made of common words with one trade's word as
// a business's own name (a farm, a café, a gym), a blog post's topic or tag key naming the brand, and a loopback or
// private address with the brand in its path or query. Each was flagged before the round. Beside them the addresses
// of the same shapes that keep their verdict.
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

const clean = [
  // a product's name with one trade's word
  'rocketfresh-orchard.co.kr',
  'https://www.rocketwow-gym.com/',
  'wowmembership-bakery.kr',
  'https://rocketfreshfarm.com/about',
  // a blog post's topic or tag key
  'https://blog.naver.com/dalbit_table/224018836512?topic=coupang-customs-guide',
  'https://blog.naver.com/dalbit_table/224018836512?tag=coupang-refund-guide',
  // a loopback or private address, written as such
  'http://127.0.0.1:3000/orders?vendor=coupang',
  'http://192.168.10.20/coupang/login',
  'http://10.1.2.3:8080/api/coupang-refund',
  'http://[::1]:8080/coupang/login',
  'http://[fd12:3456::7]/coupang-bosang',
];

const flag = [
  // the brand's own name or one holding it with a trade's word, a slip, or another word beside the trade's
  'coupang-cafe.kr',
  'coupangicheu-kitchen.com',
  'rocketfresh-farm-event.kr',
  'rocketfresh-bag.com',
  // a lure word in the path or another label, or a TLD kits register by the hundred
  'https://rocketfresh-orchard.co.kr/login',
  'https://refund.rocketfresh-orchard.co.kr/',
  'rocketfresh-orchard.top',
  // a blog's bare tag, a key that is no topic's, a blog's own name, or a topic beside another lure key
  'https://blog.naver.com/dalbit_table/224018836512?coupang-bosang',
  'https://blog.naver.com/dalbit_table?topic=coupang-bosang',
  'https://blog.naver.com/PostView.naver?blogId=coupangbosang&logNo=224018836512',
  'https://blog.naver.com/dalbit_table/224018836512?topic=coupang-login&next=coupang-login',
  // a public or carrier-grade address, a disguised loopback, a userinfo trick before a private one
  'http://8.8.4.4/coupang/login',
  'http://100.72.1.9/np/login?rtn=coupang',
  'http://0x7f.1/coupang/login',
  'http://coupang.com@192.168.0.1/',
];

describe("domain63: a product's name with a trade's word; a blog post's topic key; a loopback or private address", () => {
  for (const u of clean) it(`leaves ${u} clean`, () => expect(verdict(u)).not.toBe('lookalike'));
  for (const u of flag) it(`flags ${u}`, () => expect(verdict(u)).toBe('lookalike'));
});

// A class of misses: a web cache's copy of a page (`/search?q=cache:host/path`) on a host other than Google's own
// cache, which the list names as a redirector: the page shown is the cached address's, so a look-alike there is the
// verdict (each unknown before the round). A search for the brand's own host or for a word, and an honest cached
// page, stay as they were.
describe("domain63: a web cache's copy of a look-alike page", () => {
  for (const u of [
    'https://cache.mirror-view.example/search?q=cache:coupang-bosang.kr/apply',
    'https://pagecache.example.net/view?url=x&q=cache:https://rocketwow-cancel.com/login',
    'https://cache.mirror-view.example/search?q=cache%3Acoupang-verify.top',
  ])
    it(`flags ${u}`, () => expect(verdict(u)).toBe('lookalike'));
  for (const u of [
    'https://www.google.com/search?q=cache:www.coupang.com',
    'https://www.google.com/search?q=cache:coupang',
    'https://cache.mirror-view.example/search?q=cache:news.example.com/coupang-refund-explained',
  ])
    it(`leaves ${u} unflagged`, () => expect(verdict(u)).not.toBe('lookalike'));
});
