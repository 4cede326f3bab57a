import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The class of honest addresses domain64 cleared (tune48's and tune49's false alarms, taken by class), with invented
// addresses written apart from the corpus: a directory site's filter by shop or carrier — a price search's, a
// comparer's or a hot-deal board's `?mall=` / `&seller=` naming the brand (plain, or a phrase someone typed with a
// lure word in it), and a parcel tracker's page for one carrier (`/carriers/<carrier>`). Each was flagged before the
// round. Beside them the addresses of the same shapes that keep their flag: a kit's slug in the key, a lure word
// elsewhere in the address, a lure word in the host's name, a TLD kits register by the hundred, a random name.
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

const clean = [
  // a price search's or a hot-deal board's filter by shop: plain, or a phrase someone typed with a lure word in it
  'https://search-kr.co.kr/search?mall=coupang&page=2',
  'https://search-kr.co.kr/list?seller=coupang',
  'https://m.search-kr.co.kr/go?mall=%EC%BF%A0%ED%8C%A1%20%EB%B0%98%ED%92%88%20%EC%A0%91%EC%88%98&p=3',
  'https://m.search-kr.co.kr/go?seller=%EC%BF%A0%ED%8C%A1%20%EA%B3%A0%EA%B0%9D%EC%84%BC%ED%84%B0',
  // a parcel tracker's page for one carrier
  'https://parcel-kr.co.kr/carriers/coupang-ls',
  'https://www.parcel-kr.com/ko/carriers/coupang/',
];

const flag = [
  // a kit's slug with a lure word in the key, or a lure word in the path or another key
  'https://search-kr.co.kr/list?mall=coupang-refund',
  'https://search-kr.co.kr/login?mall=coupang',
  'https://search-kr.co.kr/list?mall=coupang&next=refund',
  'https://m.search-kr.co.kr/go?mall=%EC%BF%A0%ED%8C%A1-%ED%99%98%EB%B6%88',
  'https://parcel-kr.co.kr/carriers/coupang/redelivery',
  // a lure word in the host's name, a TLD kits register by the hundred, a random name
  'https://hwanbul-search.com/?mall=coupang',
  'https://search-kr.top/list?mall=coupang',
  'https://parcel-kr.xyz/carriers/coupang',
  'https://xk-77q.cfd/t?mall=coupang',
];

describe("domain64: a directory site's filter by shop or carrier", () => {
  for (const u of clean) it(`leaves ${u} clean`, () => expect(verdict(u)).not.toBe('lookalike'));
  for (const u of flag) it(`flags ${u}`, () => expect(verdict(u)).toBe('lookalike'));
});
