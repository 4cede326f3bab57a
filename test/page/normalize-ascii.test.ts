import { describe, expect, it } from 'vitest';
import { asciiNotWord, NOT_WORD_SOURCE, tight } from '../../lib/page/normalize';

describe('tight(): the ASCII separators', () => {
  it('asciiNotWord agrees with the NOT_WORD regex on every ASCII character', () => {
    const re = new RegExp(`^(?:${NOT_WORD_SOURCE})$`);
    for (let c = 0; c < 128; c++)
      expect(asciiNotWord(c), `U+${c.toString(16)}`).toBe(re.test(String.fromCharCode(c)));
  });

  it('drops ASCII spaces, punctuation and symbols, keeps letters, digits and control characters', () => {
    expect(tight('C.o-u p_a(n)g! 1·2')).toBe('coupang12');
    expect(tight('a\u0001b')).toBe('a\u0001b');
  });
});
