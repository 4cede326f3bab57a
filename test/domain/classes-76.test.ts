import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes domain76 took, counted across every half, the page halves' urls and the benign names, with invented
// addresses written apart from the corpus: every flag row below is not a look-alike on integ ba422248; beside them,
// honest twins that are none before or after.
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

describe('the brand’s official address as a query value or the fragment, on a kit-worded host of a cheap TLD', () => {
  it.each([
    'https://green-kr.top/r?url=https://www.coupang.com/',
    'https://moon-kr.icu/l?u=%2F%2Flogin.coupang.com',
    'https://home-kr.icu/link?go=https://m.coupang.com/',
    'https://mail-kr.sbs/?ref=coupa.ng',
    'https://river-kr.click/?site=www.coupang.com',
    'https://garden-kr.xyz/#m.coupang.com',
    'https://open-kr.xyz/index.html#https://login.coupang.com/login',
    'https://zorvalin-kr.fun/r?url=https%253A%252F%252Fwww.coupang.com%252F',
  ])('%s is a look-alike', (u) => {
    expect(verdict(u)).toBe('lookalike');
  });

  it.each([
    // the same values on ordinary TLDs (a search engine's or a mailer's redirect, a deal board, a certificate check),
    // a price site's name on a cheap TLD, another shop's address carried, the brand's name as a search on a cheap TLD
    'https://deal-board.kr/out?url=https%3A%2F%2Fwww.coupang.com%2Fvp%2Fproducts%2F12345',
    'https://click.mailer-kr.com/r?u=https://www.coupang.com/',
    'https://tls-grades.net/analyze?d=www.coupang.com',
    'https://lowprice-finder.shop/go?u=https://www.coupang.com/vp/products/555',
    'https://green-kr.top/r?url=https://www.gmarket.co.kr/',
    'https://tech-notes.xyz/?q=coupang',
    // a shop's or a blog's name of plain words or a pronounceable draw on a cheap TLD: its jump to the brand's page
    'https://pine-table.shop/go?url=https://www.coupang.com/vp/products/555',
    'https://morivale.store/out?u=https%3A%2F%2Fcoupa.ng%2FbK2x',
  ])('%s is not a look-alike', (u) => {
    expect(verdict(u)).toBe('unknown');
  });
});

describe('the brand as a landing’s utm_source on a lure-word host, on a TLD kits register cheaply', () => {
  it.each([
    'https://refund-help.top/?utm_source=coupang_sms',
    'https://verify-kr.shop/index.html?utm_source=coupang&utm_medium=sms',
    'https://parcel-kr-x7q.click/go?utm_source=coupang_kakao',
  ])('%s is a look-alike', (u) => {
    expect(verdict(u)).toBe('lookalike');
  });

  it.each([
    // a shop's product page and a paper's article with the same tag, a shop's own pronounceable name at its root,
    // the same landing on `.com`, another word in the source tag
    'https://maru-living.store/product/31?utm_source=coupang&utm_medium=partners',
    'https://news-daily.kr/article/1234?utm_source=coupang',
    'https://refund-help.com/?utm_source=coupang_sms',
    'https://refund-help.top/?utm_source=coupang_partners_review',
    'https://qxvbt.top/p?utm_source=coupang',
  ])('%s is not a look-alike', (u) => {
    expect(verdict(u)).toBe('unknown');
  });
});
