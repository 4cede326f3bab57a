import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The class domain78 took, counted across every half and the benign names (docs/domain-guard.md, "domain78"), with
// invented addresses written apart from the corpus: every look-alike below is unknown on integ dc36798a; beside them,
// honest twins that are unknown before and after.
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

describe('a word real only in its own countries (cupang) alone as the registrable name off their suffixes', () => {
  it.each([
    'cupang.org',
    'https://cupang.store/member/orders',
    'cupang24.biz',
    'm.cupang.co/cart',
    'cupang.io',
  ])('%s is a look-alike', (u) => {
    expect(verdict(u)).toBe('lookalike');
  });

  it.each([
    // its own countries' suffixes, a government subdomain, the fish's shops with words, and the
    // other words of the list alone abroad (the city on `.nl`, French `coupant`, `compang`)
    'cupang.co.id',
    'cupang.com.ph',
    'cupang.com.my',
    'cupang.quezoncity.gov.ph',
    'cupang.web.id',
    'cupang-betta-farm.com',
    'jual-cupang.shop',
    'kupang.org',
    'coupant.be',
    'compang.net',
  ])('%s stays unknown', (u) => {
    expect(verdict(u)).toBe('unknown');
  });
});
