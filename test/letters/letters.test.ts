import { describe, expect, it } from 'vitest';
import {
  composeJamo,
  editDistance,
  extraConfusables,
  foldWidth,
  hangulToKeys,
  jamoDistance,
  joinWord,
  keysToHangul,
  romanize,
  romanizations,
  stripSeparators,
  syllableParts,
  toJamo,
} from '../../lib/letters';
import { resolveConfusable } from '../../lib/domain/skeleton';

describe('Hangul by jamo', () => {
  it('decomposes syllables into compatibility jamo and composes them back', () => {
    expect(toJamo('쿠팡')).toBe('ㅋㅜㅍㅏㅇ');
    expect(toJamo('쿠팡 eats')).toBe('ㅋㅜㅍㅏㅇ eats');
    expect(toJamo('닭')).toBe('ㄷㅏㄺ');
    expect(syllableParts('가')).toEqual([0, 0, 0]);
    expect(syllableParts('a')).toBeNull();
    expect(composeJamo('ㅋㅜㅍㅏㅇ')).toBe('쿠팡');
    expect(composeJamo('ㄷㅏㄹㄱㅣ')).toBe('달기');
    expect(composeJamo('ㄷㅏㄹㄱ')).toBe('닭');
    expect(composeJamo('ㄱㅗㅏㄴ')).toBe('관');
    expect(composeJamo('abcㅋ')).toBe('abcㅋ');
    // every syllable survives the round trip
    for (let c = 0xac00; c <= 0xd7a3; c += 97) {
      const s = String.fromCharCode(c);
      expect(composeJamo(toJamo(s))).toBe(s);
    }
  });

  it('counts one changed letter part as one edit', () => {
    for (const v of ['쿠빵', '쿠팽', '구팡', '쿠판', '쿠팜', '쿠퐝']) expect(jamoDistance('쿠팡', v)).toBe(1);
    expect(jamoDistance('쿠팡', '쿠팡')).toBe(0);
    // names near the brand that are not it: cuckoo (쿠쿠), 쿠첸, 판교
    for (const v of ['쿠쿠', '쿠첸', '판교', '쿠폰'])
      expect(jamoDistance('쿠팡', v)).toBeGreaterThanOrEqual(2);
    expect(jamoDistance('쿠팡', '쿠쿠', 1)).toBe(2); // capped: max + 1
  });

  it('edit distance counts adjacent transpositions as one', () => {
    expect(editDistance('coupang', 'coupagn')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abcdef', 'x', 2)).toBe(3);
  });
});

describe('2-beolsik keyboard', () => {
  it('maps Hangul to the keys that type it', () => {
    expect(hangulToKeys('쿠팡')).toBe('znvkd');
    expect(hangulToKeys('쿠팡이츠')).toBe('znvkddlcm');
    expect(hangulToKeys('로켓와우')).toBe('fhzptdhkdn');
    expect(hangulToKeys('꿀')).toBe('Rnf');
    expect(hangulToKeys('닭')).toBe('ekfr');
    expect(hangulToKeys('쿠팡-event')).toBe('znvkd-event');
  });

  it('maps keys back to Hangul', () => {
    expect(keysToHangul('znvkd')).toBe('쿠팡');
    expect(keysToHangul('ZNVKD')).toBe('쿠팡');
    expect(keysToHangul('fhzptdhkdn')).toBe('로켓와우');
    expect(keysToHangul('Rnf')).toBe('꿀');
    for (const w of ['쿠팡페이', '쿠팡플레이', '로켓나우', '쿠페이', '닭갈비', '괜찮아'])
      expect(keysToHangul(hangulToKeys(w))).toBe(w);
  });
});

describe('supplementary confusables', () => {
  it('adds only what the UTS #39 table does not already give', () => {
    const extra = extraConfusables();
    expect(extra.length).toBeGreaterThan(10);
    for (const [ch, letter] of extra) {
      expect(letter).toMatch(/^[a-z]$/);
      expect(resolveConfusable(ch)).not.toBe(letter);
    }
    const map = new Map(extra);
    expect(map.get('λ')).toBe('a'); // Greek capital Λ, lower-cased as hosts are
    expect(map.get('п')).toBe('n');
  });
});

describe('width and separators', () => {
  it('folds full-width and half-width forms', () => {
    expect(foldWidth('Ｃｏｕｐａｎｇ')).toBe('Coupang');
    expect(foldWidth('ｃｏｕｐａｎｇ．ｃｏｍ')).toBe('coupang.com');
    expect(foldWidth('쿠팡\u3000이벤트')).toBe('쿠팡 이벤트');
    expect(foldWidth('\uffbb\uffd3\uffc2')).toBe('ㅋㅜㅏ');
    for (let c = 0xffa1; c <= 0xffdc; c++) {
      const ch = String.fromCharCode(c);
      if (ch.normalize('NFKC') === ch) continue; // unassigned
      const jamo = foldWidth(ch);
      expect(jamo.charCodeAt(0)).toBeGreaterThanOrEqual(0x3131);
      expect(jamo.normalize('NFKC')).toBe(ch.normalize('NFKC'));
    }
  });

  it('takes separators out of a word', () => {
    expect(joinWord('쿠-팡')).toBe('쿠팡');
    expect(joinWord('쿠ㆍ팡')).toBe('쿠팡');
    expect(joinWord('c·o·u·p·a·n·g')).toBe('coupang');
    expect(joinWord('c_o_u_p_a_n_g')).toBe('coupang');
    expect(joinWord('쿠 팡 이벤트')).toBe('쿠팡이벤트');
    expect(joinWord('쿠\u200b팡')).toBe('쿠팡');
    expect(joinWord('-coupang-')).toBe('-coupang-');
    expect(stripSeparators('-c.o u_p-a·n·g-')).toBe('coupang');
  });
});

describe('romanisation', () => {
  it('spells Hangul in Revised Romanization, syllable by syllable', () => {
    expect(romanize('쿠팡')).toBe('kupang');
    expect(romanize('로켓와우')).toBe('roketwau');
    expect(romanize('쿠페이')).toBe('kupei');
    expect(romanize('닭')).toBe('dak');
    expect(romanize('쿠팡 eats')).toBe('kupang');
  });
});

describe('other romanisations', () => {
  it('writes one vowel another common way at a time', () => {
    expect(romanizations('쿠팡')).toEqual(['kupang', 'koopang', 'koupang', 'qupang']);
    expect(romanizations('서')).toEqual(['seo', 'so', 'su']);
    expect(romanizations('abc')).toEqual(['']);
  });
});
