import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes the twenty-first blind author wrote and the guard missed (tune20's misses, with tune19's still open),
// each judged by a rule written apart from the corpus (other hosts, folders and words), with the honest addresses
// each rule must leave alone.
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

const cases: Record<string, { flag: string[]; clean: string[] }> = {
  // the brand typed with the Korean input left on, half composed: a letter part standing alone (ㅕ, ㅔ) is keys by
  // itself, so a slip of a key beside the name's (a doubled ㅜ) still spells it; its punycode too, where the host's
  // IDNA mapping leaves the parts in their conjoining form
  'the name typed on a Korean keyboard with a slip': {
    flag: [
      '채ㅕㅔ무ㅜㅎ.net',
      'xn--hqd1oc3a0768qznva.net',
      'https://채ㅕㅔ무ㅜㅎ.shop/login',
      'login.채ㅕㅔ무ㅜㅎ.kr',
    ],
    clean: [
      // Korean with loose parts as chat writes it (ㅋㅋ, ㅇㅋ), and keys that spell nothing near the name
      '사랑ㅋㅋ.com',
      'ㅇㅋ쇼핑.com',
      'ㅎㅎ.kr',
      '채ㅐ.com',
      'ㅈㅔ뮤ㅜ.com',
    ],
  },
};

describe("tune20's classes", () => {
  for (const [name, { flag, clean }] of Object.entries(cases))
    describe(name, () => {
      it.each(flag)('%s is a look-alike', (u) => expect(verdict(u)).toBe('lookalike'));
      it.each(clean)('%s is not', (u) => expect(verdict(u)).not.toBe('lookalike'));
    });
});
