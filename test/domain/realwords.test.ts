import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The false alarms frozen5.tsv showed when it was scored once (5/181), fixed as classes and tested here on other
// names: a real word near the brand (Kupang the city, cupang the betta fish) on a hosting platform with a word of
// another kind beside it; a one-letter slip of the brand with only words of another kind (a business of its own);
// the AMP cache, whose subdomain is the origin it serves. Each class keeps its scam-shaped counterpart flagged.
const engine = compileLists({ ...bundledList, blocked: [] });
const verdictOf = (input: string) => classify(input, engine).verdict;

describe('real words and names of their own near the brand', () => {
  it.each([
    'https://cupang-aquascape.blogspot.com/',
    'https://kupang-hotel.netlify.app/',
    'cupang-hias-jakarta.id',
    'pasar-cupang.com',
    'xn--vb0b944a25gf5h.kr', // 쿠빵제과.kr: a bakery, one letter part from 쿠팡, with a word of its own
  ])('%s stays clean', (input) => {
    expect(verdictOf(input)).not.toBe('lookalike');
  });

  it.each([
    'https://cupang-login.netlify.app/',
    'https://kupang-bosang.pages.dev/',
    'coupnag-refund.com',
    'xn--oy3bn23a.com', // 쿠빵.com: the slip alone
  ])('%s is still a look-alike', (input) => {
    expect(verdictOf(input)).toBe('lookalike');
  });
});

describe('the AMP cache', () => {
  it('judges its subdomain as the origin it serves', () => {
    expect(verdictOf('https://www-coupang-com.cdn.ampproject.org/c/s/www.coupang.com/')).not.toBe(
      'lookalike',
    );
    expect(verdictOf('m-coupang-com.cdn.ampproject.org')).not.toBe('lookalike');
    const v = classify('https://coupang--refund-top.cdn.ampproject.org/c/s/coupang-refund.top/', engine);
    expect(v.verdict).toBe('lookalike');
    expect(v.reasons[0]?.code).toBe('redirect');
  });
});
