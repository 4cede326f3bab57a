import { describe, expect, it } from 'vitest';
import { pageMayConcernBrand, textMayConcernBrand } from '../../lib/page/gate';
import { COUPANG, COUPANG_GATE } from '../../lib/page/lexicon';
import { parse } from './helpers';

/**
 * The gate's default brand is COUPANG_GATE, the two fields of the profile the gate reads (issue #16, perf16: the
 * content script no longer carries the profile's other tables). The gate and the scorer must read the same names
 * and hosts, whichever object they are given.
 */
describe("the gate's brand: the profile's names and CDN hosts, nothing else", () => {
  it('COUPANG reads the very arrays the gate reads (one copy of the data)', () => {
    expect(COUPANG.names).toBe(COUPANG_GATE.names);
    expect(COUPANG.cdnHosts).toBe(COUPANG_GATE.cdnHosts);
    expect(Object.keys(COUPANG_GATE).sort()).toEqual(['cdnHosts', 'names']);
  });

  it('the default and the full profile open the gate on the same pages', () => {
    const named = parse(
      '<html><head><title>주문 안내</title></head><body><h1>쿠팡 와우회원 혜택</h1></body></html>',
    );
    const hotlinked = parse(
      '<html><head><title>주문 안내</title></head><body><img src="https://image.coupangcdn.com/a.png"></body></html>',
    );
    const quiet = parse(
      '<html><head><title>동네 소식</title></head><body><h1>오늘의 날씨</h1><p>맑음</p></body></html>',
    );
    for (const doc of [named, hotlinked, quiet]) {
      const byDefault = pageMayConcernBrand(doc, 'https://news.example/');
      expect(pageMayConcernBrand(doc, 'https://news.example/', COUPANG)).toBe(byDefault);
    }
    expect(pageMayConcernBrand(named, 'https://news.example/', undefined, undefined, undefined, true)).toBe(
      true,
    );
    expect(
      pageMayConcernBrand(hotlinked, 'https://news.example/', undefined, undefined, undefined, true),
    ).toBe(true);
    expect(pageMayConcernBrand(quiet, 'https://news.example/')).toBe(false);
  });

  it('text a page writes late: the same answer with either object', () => {
    for (const text of ['로켓배송 도착 예정', '오늘 12시 점심 메뉴'])
      expect(textMayConcernBrand(text)).toBe(textMayConcernBrand(text, COUPANG));
    expect(textMayConcernBrand('로켓배송 도착 예정')).toBe(true);
    expect(textMayConcernBrand('오늘 12시 점심 메뉴')).toBe(false);
  });
});
