import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The class of honest names domain58 cleared (tune-am's watchers' forum, taken by class), with invented names written
// apart from the corpus: a community of the brand's shoppers or watchers named for the brand or a product with its
// fans', watchers' or users' words only, which must stay clean (each was flagged before the round), and beside them
// the names of the same shape that keep their verdict: the brand's own service words (`member`, `club`, `friends`),
// `watch` beside the streaming service, a TLD kits register by the hundred, a lure word anywhere in the address, a
// digit tag, another label naming the brand, a slip of the brand's letters.
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

const clean = [
  'https://coupang-fan-forum.com/',
  'https://www.coupangusers.net/',
  'https://coupang-lovers.org/board/42',
  'https://rocketwow-users.com/',
  'https://coupangeats-fans.kr/',
  'https://coupangplay-fans.com/wiki/drama',
  'https://www.coupang-watchers.net/',
  'https://coupang-community.co.kr/',
  'https://쿠팡이용자.kr/',
  'https://쿠팡팬카페.com/',
  'https://coupang-fan-blog.net/2026/01/review',
];

const flag = [
  // the brand's own service words: what kits call their "member centre"
  'https://coupang-members.com/',
  'https://coupang-club.net/',
  'https://coupang-friends.org/',
  'https://coupang-fans-club.com/',
  // `watch` is what the streaming service does
  'https://coupangplay-watch.net/',
  // a TLD kits register by the hundred
  'https://coupang-fans.top/',
  'https://coupang-users.shop/',
  'https://coupang-watchers.club/',
  // a lure word anywhere in the address
  'https://coupang-fans.com/login',
  'https://coupang-users.com/event/apply',
  'https://refund.coupang-lovers.com/',
  'https://coupang-fans.com/?next=%EB%B3%B4%EC%83%81',
  // a lure word or a digit tag in the name itself
  'https://coupang-fans-bosang.com/',
  'https://coupang-users24.com/',
  // the brand again in another label
  'https://coupang.coupang-fans.com/',
  // a slip of the brand's letters
  'https://coupamg-fans.com/',
  'https://c0upang-fans.com/',
];

describe("domain58: a community's own name beside the brand", () => {
  for (const u of clean) it(`leaves ${u} clean`, () => expect(verdict(u)).not.toBe('lookalike'));
  for (const u of flag) it(`flags ${u}`, () => expect(verdict(u)).toBe('lookalike'));
});
