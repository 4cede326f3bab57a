import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes of honest addresses domain59 cleared (tune43's tracker and news rows, taken by class), with invented
// addresses written apart from the corpus: a parcel tracker's home page whose one form posts the carrier as
// `company=` beside a waybill's number, and a news site's article (a news subdomain, a section folder, the article's
// number) filing its story under a topic tag. Each was flagged before the round on a host whose name reads as a lure
// landing's. Beside them the addresses of the same shapes that keep their verdict: a kit's own keys, a TLD kits
// throw away, a lure word anywhere in the address, a page that is no article, no news subdomain. Then a class of
// misses: the brand's service words (`eats`, `flex`) with a rider's or a driver's role and a recruitment's asking
// word in Korea, flagged (each unknown before), and the role without the asking word left as it was.
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

const clean = [
  // a tracker's home-page form: the carrier's key and a waybill's number, nothing else
  'https://baesong-check.kr/?company=coupang&invoice=482211907765',
  'https://parcel-search.co.kr/?invoice=730019284451&company=쿠팡',
  'https://delivery-check.kr/?company=coupang-logistics&waybill=5520193377',
  // a news article's topic or section tag
  'https://news.portal-kr.com/economy/2026011234?topic=coupang',
  'https://m.news.check-kr.co.kr/it/20261104551?topic=쿠팡',
  'https://mnews.info-kr.net/society/life/202611045?tag=coupang',
  // a service word with a rider's or a driver's role alone, or with words that ask nothing: a riders' blog's, a
  // bike shop's (left as they were: domain55's and domain57's decisions)
  'eats-riders-kr.com',
  'flexdriver-blog.kr',
  'flex-rider-bikes.co.kr',
  'eats-driver-apply.com',
];

const flag = [
  // a kit's own keys, or more than the form's two
  'https://baesong-check.kr/?company=coupang&id=482211907765',
  'https://baesong-check.kr/?company=coupang&invoice=482211907765&step=pay',
  'https://baesong-check.kr/?brand=coupang&invoice=482211907765',
  // a TLD kits throw away
  'https://baesong-check.top/?company=coupang&invoice=482211907765',
  'https://news.portal-kr.top/economy/2026011234?topic=coupang',
  // a lure word anywhere in the address
  'https://news.portal-kr.com/event/2026011234?topic=coupang',
  'https://news.portal-kr.com/economy/2026011234?topic=coupang&next=login',
  'https://news.portal-kr.com/economy/2026011234?topic=coupang-bosang',
  // no article: a landing's own page, or no news subdomain
  'https://news.portal-kr.com/?topic=coupang',
  'https://verify-kr.com/economy/2026011234?topic=coupang',
  // a service word with a rider's or a driver's role and a recruitment's asking word, in Korea (a Korean suffix or
  // `kr`): the sign-up a kit asks for, written without the brand
  'eats-rider-apply.co.kr',
  'flexdriver-sincheong.kr',
  'flex-drivers-apply-kr.com',
  'eatsriders-apply.kr',
];

describe("domain59: a tracker's form and a news article's topic on a lure-named host; riders' recruitment", () => {
  for (const u of clean) it(`leaves ${u} clean`, () => expect(verdict(u)).not.toBe('lookalike'));
  for (const u of flag) it(`flags ${u}`, () => expect(verdict(u)).toBe('lookalike'));
});
