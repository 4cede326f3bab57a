import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes domain74 took, counted across every half, with invented addresses written apart from the corpus: every
// flag row below is unknown on integ aba466e8; beside them, honest words and twins whose verdict does not change.
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

describe('a keyboard form of a brand Hangul name a key off (keyboard-slip)', () => {
  // 로켓프레시 `fhzptvmfptl` with a key struck twice, 로켓프레시 with one left out, 로켓직구 `fhzptwlrrn` with two swapped,
  // 로케트배송 `fhzpxmqothd` without its x, 로켓모바일 `fhzptahqkdlf` with l twice, 로켓그로스 `fhzptrmfhtm` with two swapped,
  // 로켓배송 `fhzptqothd` with t twice in another place
  it.each([
    'fhzptvmmfptl.com',
    'fhzptvmfpl.net',
    'fhzptwlrnr.shop',
    'fhzpmqothd.com',
    'https://fhzptahqkdllf.co.kr/verify',
    'fhzptrmfhmt.shop',
    'fhzptqotthd.net',
  ])('%s is a look-alike', (u) => {
    expect(verdict(u)).toBe('lookalike');
  });

  it.each([
    // the first key changed, two slips, a five-key form without its first key
    'ghzptqothd.com',
    'fhzpttqothdd.com',
    'nvkdd.com',
  ])('%s is not a look-alike', (u) => {
    expect(verdict(u)).toBe('unknown');
  });

  it('a keyboard form a key off with another word than a lure word is not read (fhzptvmfpl-games.com)', () => {
    expect(verdict('fhzptvmfpl-games.com')).toBe('unknown');
    expect(verdict('fhzptvmfpl-login.com')).toBe('lookalike');
  });
});

describe('a doubled letter and one more slip, with the name’s `ou` (doubled)', () => {
  it.each(['doupaang.net', 'youppang.kr', 'cooupan.org', 'couppag.net', 'joupangg.com'])(
    '%s is a look-alike',
    (u) => {
      expect(verdict(u)).toBe('lookalike');
    },
  );

  it.each([
    // no `ou`: Korean names (빵, bread; a cool shop), and honest words; three slips
    'coolpangg.com',
    'cuppangg-bakery.kr',
    'coupling.com',
    'coupage.fr',
    'coupons.kr',
    'cooupaq.com',
    'couuppan.com',
  ])('%s is not a look-alike', (u) => {
    expect(verdict(u)).toBe('unknown');
  });
});

describe('the vowel ㅡ, a dash to the eye, inside a brand Hangul name', () => {
  it.each(['쿠ㅡ팡페이.com', 'xn--shkz688bpbc.kr', '로켓ㅡ나우.shop'])('%s is a look-alike', (u) => {
    expect(verdict(u)).toBe('lookalike');
  });

  it.each(['쿠ㅣ팡.kr', '그ㅡ림.kr', '가ㅡ나.com'])('%s is not a look-alike', (u) => {
    expect(verdict(u)).toBe('unknown');
  });
});

describe('a seller programme’s name alone on a TLD kits register cheaply', () => {
  it.each(['rocketgrowth.cfd', 'https://wing-seller.top/login', 'wingseller.icu'])(
    '%s is a look-alike',
    (u) => {
      expect(verdict(u)).toBe('lookalike');
    },
  );

  // ordinary TLDs stay as domain71 and domain72 decided; a product for everyone (Fresh Bag) stays as domain30 decided
  it.each(['rocketgrowth.io', 'freshbag.fr', 'wing-seller.example', 'rocketgrowth.net', 'freshbag.click'])(
    '%s is not a look-alike',
    (u) => {
      expect(verdict(u)).toBe('unknown');
    },
  );
});
