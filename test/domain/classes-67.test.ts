import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes domain67 decided, with invented addresses written apart from the corpus (each flag row unknown on main
// aa996fd2), and beside them their honest twins of the same shape that stay clean.
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

const classes: Record<string, { flag: string[]; clean: string[] }> = {
  // one worker's role (rider, driver) in the singular and `kr` alone beside a service whose workers the list names
  // (Eats, Flex): domain44's and domain55's decision reversed on the counts of every half (11 flag rows of 7 halves,
  // no honest row of any half, of the shared corpora or of the page halves' addresses). The plural (a community),
  // a word of the riders' own, a service that has no riders (Play, WOW) and the role alone stay.
  "a service's worker in the singular with `kr` alone": {
    flag: [
      'eats-rider-kr.net',
      'kr-eatsrider.com',
      'flex-driver-kr.co',
      'https://flexdriver-kr.org/ko/login',
      'eatsdriver-kr.shop',
    ],
    clean: [
      'eats-riders-kr.com',
      'flexdrivers-kr.net',
      'eats-rider-union-kr.com',
      'flexrider-bikes-kr.com',
      'play-rider-kr.com',
      'wow-driver-kr.com',
      'eats-rider.com',
      'flex-driver.net',
    ],
  },
};

describe('domain67 classes (every half)', () => {
  for (const [name, c] of Object.entries(classes))
    describe(name, () => {
      for (const u of c.flag) it(`flags ${u}`, () => expect(verdict(u)).toBe('lookalike'));
      for (const u of c.clean) it(`leaves ${u} clean`, () => expect(verdict(u)).not.toBe('lookalike'));
    });
});
