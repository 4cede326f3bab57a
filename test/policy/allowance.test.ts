import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';
import {
  allowanceKey,
  pageAllowanceKey,
  MAX_KEY,
  DEFAULT_ALLOWANCE_MS,
  MAX_ALLOWANCES,
  MIN_ALLOWANCE_MS,
  allowanceDuration,
  allowedUntil,
  grantAllowance,
  parseAllowances,
  pruneAllowances,
  revokeAllowance,
} from '../../lib/policy/allowance';

const T0 = 1_800_000_000_000;

describe('continue-anyway allowances', () => {
  it('lasts the default hour without an override', () => {
    expect(allowanceDuration(undefined)).toBe(DEFAULT_ALLOWANCE_MS);
    expect(DEFAULT_ALLOWANCE_MS).toBe(3_600_000);
  });

  it.each([
    [5_000, 5_000],
    [10, MIN_ALLOWANCE_MS],
    [-1, MIN_ALLOWANCE_MS],
    [DEFAULT_ALLOWANCE_MS * 24, DEFAULT_ALLOWANCE_MS],
    [Number.POSITIVE_INFINITY, DEFAULT_ALLOWANCE_MS],
    [Number.NaN, DEFAULT_ALLOWANCE_MS],
    ['5000', DEFAULT_ALLOWANCE_MS],
    [null, DEFAULT_ALLOWANCE_MS],
  ])('an override of %s gives %s: it can shorten, never lengthen', (override, expected) => {
    expect(allowanceDuration(override)).toBe(expected);
  });

  it('allows exactly the granted host until the deadline, then expires', () => {
    const m = grantAllowance({}, 'coupang-refund.test', T0, 5_000);
    expect(allowedUntil(m, 'coupang-refund.test', T0)).toBe(T0 + 5_000);
    expect(allowedUntil(m, 'coupang-refund.test', T0 + 4_999)).toBe(T0 + 5_000);
    expect(allowedUntil(m, 'coupang-refund.test', T0 + 5_000)).toBeNull();
    expect(allowedUntil(m, 'www.coupang-refund.test', T0)).toBeNull();
    expect(allowedUntil(m, 'refund.test', T0)).toBeNull();
    expect(allowedUntil(m, null, T0)).toBeNull();
  });

  it('never grants more than the default duration, even when asked', () => {
    const m = grantAllowance({}, 'a.test', T0, 10 * DEFAULT_ALLOWANCE_MS);
    expect(m['a.test']).toBe(T0 + DEFAULT_ALLOWANCE_MS);
  });

  it('prunes expired entries and stays bounded', () => {
    let m = grantAllowance({}, 'old.test', T0, 1_000);
    for (let i = 0; i < MAX_ALLOWANCES + 20; i++) m = grantAllowance(m, `h${i}.test`, T0 + 2_000, 60_000 + i);
    expect(Object.keys(m)).toHaveLength(MAX_ALLOWANCES);
    expect(m['old.test']).toBeUndefined();
    // the ones that last longest are kept
    expect(m[`h${MAX_ALLOWANCES + 19}.test`]).toBeDefined();
    expect(pruneAllowances(m, T0 + 10 * DEFAULT_ALLOWANCE_MS)).toEqual({});
  });

  it('revokes one host', () => {
    const m = grantAllowance(grantAllowance({}, 'a.test', T0, 5_000), 'b.test', T0, 5_000);
    expect(Object.keys(revokeAllowance(m, 'a.test'))).toEqual(['b.test']);
  });

  it.each([
    [null, {}],
    ['x', {}],
    [[1, 2], {}],
    [{ 'a.test': 5, 'b.test': 'soon', '': 3, 'c.test': Number.NaN }, { 'a.test': 5 }],
  ])('reads only well-formed storage: %j', (raw, expected) => {
    expect(parseAllowances(raw)).toEqual(expected);
  });
});

describe('allowanceKey: what a "Continue anyway" covers', () => {
  const engine = compileLists(bundledList);
  const keyOf = (url: string) => allowanceKey(classify(url, engine), url);

  it('a look-alike host: the whole host', () => {
    expect(keyOf('https://coupang-bosang.top/login?x=1')).toBe('coupang-bosang.top');
  });

  it('a page on a host anyone can publish on: only that page, so the next fake there is warned about', () => {
    const url = 'https://storage.googleapis.com/cp-refund-kr/coupang/index.html';
    expect(classify(url, engine).verdict).toBe('lookalike');
    expect(keyOf(url)).toBe('storage.googleapis.com/cp-refund-kr/coupang/index.html');
    const other = 'https://storage.googleapis.com/other-kit/coupang/login.html';
    expect(
      allowedUntil({ [keyOf(url)!]: 2_000 }, allowanceKey(classify(other, engine), other), 1_000),
    ).toBeNull();
  });

  it('a redirector carrying a look-alike: only that link, query included', () => {
    const url = 'https://www.google.com/url?q=https://coupang-bosang.top/&sa=D';
    expect(keyOf(url)).toBe('www.google.com/url?q=https://coupang-bosang.top/&sa=D');
  });

  it('keys longer than any host are kept in storage, up to a bound', () => {
    const long = `a.example/${'x'.repeat(600)}`;
    expect(parseAllowances({ [long]: 5 })).toEqual({ [long]: 5 });
    expect(parseAllowances({ ['y'.repeat(MAX_KEY + 1)]: 5 })).toEqual({});
  });
});

describe('pageAllowanceKey: what a page warning\'s "Continue anyway" covers (red team 33, r02)', () => {
  const ipfs = [['ipfs'], ['ipns']];
  const bucketFirst = [[] as string[]];

  it('a host of its own: the whole host (an honest shop is not warned again at every page)', () => {
    expect(pageAllowanceKey('https://dalbit-shop.example/login', null)).toBe('dalbit-shop.example');
    expect(pageAllowanceKey('https://Dalbit-Shop.example./a/b?x=1', undefined)).toBe('dalbit-shop.example');
  });

  it("a shared host: the tenant's site only, every page under it, and no other tenant", () => {
    const a = pageAllowanceKey('https://gateway.example/ipfs/bafyAAA/', ipfs);
    expect(a).toBe('gateway.example/ipfs/bafyAAA/');
    expect(pageAllowanceKey('https://gateway.example/ipfs/bafyAAA/login.html?x=1', ipfs)).toBe(a);
    expect(pageAllowanceKey('https://gateway.example/ipfs/bafyBBB/', ipfs)).not.toBe(a);
    expect(pageAllowanceKey('https://gateway.example/ipns/bafyAAA/', ipfs)).not.toBe(a);
    // content ids are case-sensitive: another case is another site
    expect(pageAllowanceKey('https://gateway.example/ipfs/BAFYAAA/', ipfs)).not.toBe(a);
  });

  it('object storage where the first segment is the bucket', () => {
    expect(pageAllowanceKey('https://store.example/bucket-1/a/index.html', bucketFirst)).toBe(
      'store.example/bucket-1/',
    );
    expect(pageAllowanceKey('https://store.example/bucket-2/a/index.html', bucketFirst)).toBe(
      'store.example/bucket-2/',
    );
  });

  it("a shared host's page outside any site: only that page, never the bare host", () => {
    expect(pageAllowanceKey('https://gateway.example/', ipfs)).toBe('gateway.example/');
    expect(pageAllowanceKey('https://gateway.example/about', ipfs)).toBe('gateway.example/about');
    expect(pageAllowanceKey('https://gateway.example/about', ipfs)).not.toBe('gateway.example');
  });

  it('no key for a bad address', () => {
    expect(pageAllowanceKey('not a url', null)).toBeNull();
  });
});
