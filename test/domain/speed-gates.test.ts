import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// domspeed5 (issue #12) put cheap necessary tests before four rules of the common path. Each test below is written on
// the edge of one such test: the addresses the rule flags must still reach it, and the honest hosts of the shape the
// test now turns away stay clean. (Addresses of my own writing; none from the halves.)
const engine = compileLists({ ...bundledList, blocked: [] });
const judged = (u: string) => {
  const v = classify(u, engine);
  return { verdict: v.verdict, detail: v.reasons.map((r) => r.detail ?? r.code).join(',') };
};

describe('speed gates keep every verdict (domspeed5)', () => {
  // keyboardMay: the softened romanisation must be in the label, not only its first letter beside a hyphen or digit
  it('the softened name beside Korean lure words still reaches keyboardSlipHost', () => {
    for (const u of ['gupang-boan.shop', 'gupang-boan-kr.top'])
      expect(judged(u), u).toEqual({ verdict: 'lookalike', detail: 'softened' });
  });
  it('hosts that start with its first letter beside a hyphen or digit, without the name, stay clean', () => {
    for (const u of [
      'get-boan.shop',
      'go2-boan.shop',
      'gh-proxy.org',
      'www.get-rebates.com',
      'x7.go-arizona.com',
    ])
      expect(judged(u).verdict, u).toBe('unknown');
  });
  it('the keyboard form of the Hangul name is still read', () => {
    for (const u of ['rnvkd.kr', 'znbkd.kr', 'rnvkd-bosang.shop', '2bosang-rnvkd.shop'])
      expect(judged(u).verdict, u).toBe('lookalike');
  });
  it('a long name of its keys, or words that each hold too few of them, stays clean', () => {
    for (const u of ['vodkazinfandel.com', 'zinkvodkashop.com', 'dank-zoveni.net'])
      expect(judged(u).verdict, u).toBe('unknown');
  });

  // saidOrShuffledName: a count of letters instead of two sorted copies, behind the names' letter masks
  it('the core name shuffled behind its first letter is still a look-alike', () => {
    for (const u of ['cgnaupo.kr', 'cpuogna.com', 'cnagpou.top', 'copugna.kr'])
      expect(judged(u), u).toEqual({ verdict: 'lookalike', detail: 'shuffled' });
  });
  it('the core name as Korean romanisation says it is still a look-alike', () => {
    expect(judged('koupeng.kr')).toEqual({ verdict: 'lookalike', detail: 'said' });
  });
  it('labels of the same first letters and length that are no shuffle stay clean', () => {
    for (const u of ['cobaltx.com', 'kinder-shop.com', 'quantum7.io', 'capsule.kr'])
      expect(judged(u).verdict, u).toBe('unknown');
  });

  // soundShortHost: the brand's sound must be in the label before it is sliced or split
  it('the abbreviation as it sounds is still read alone and beside lure words', () => {
    expect(judged('kpang.lol').verdict).toBe('lookalike');
    expect(judged('kpang-refund.shop')).toEqual({ verdict: 'lookalike', detail: 'sound-short' });
  });

  // turnedAt: only a label with a hyphen inside is turned round
  it('an abbreviation after lure words and a hyphen is still turned round', () => {
    expect(judged('refund-cpng.top').verdict).toBe('lookalike');
    expect(judged('claim-cpang.top').verdict).toBe('lookalike');
  });
  it('a host with a hyphen elsewhere and no abbreviation stays clean', () => {
    expect(judged('my-claims.top').verdict).toBe('unknown');
    expect(judged('static.news-today.com').verdict).toBe('unknown');
  });
});
