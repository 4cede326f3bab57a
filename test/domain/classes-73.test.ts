import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes domain73 took, counted across every half, with invented addresses written apart from the corpus: every
// flag row below is unknown on integ 7cdd64ec; beside them, honest words two edits from the name and twins of the
// earlier rounds' shapes whose verdict does not change.
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

describe('letters pushed into the name (intruded)', () => {
  // one digit inside the letters with one more slip; two letters put in, the name's letters kept in order, its last last
  it.each([
    'co7upanb.com',
    'c4oupanh.kr',
    'cou3pajng.net',
    'cobupamng.net',
    'hcoukpang.kr',
    'https://couphajng.me/login',
  ])('%s is a look-alike', (u) => {
    expect(verdict(u)).toBe('lookalike');
  });
});

describe('two edits from the name that no romanised Korean spelling could be (unromanised)', () => {
  // q, x or z among the letters; a consonant before the final `ng`
  it.each(['couqpnag.com', 'cuoxang.net', 'coupstng.com', 'https://cuopamng.com/'])(
    '%s is a look-alike',
    (u) => {
      expect(verdict(u)).toBe('lookalike');
    },
  );
});

describe('honest words and earlier rounds twins stay as they were', () => {
  it.each([
    'coupling.com',
    'coupland.net',
    'coupage.fr',
    'company.kr',
    'kompang.my',
    'couvant.fr',
    'goufang.com',
    'copng.com',
    'coupons.shop',
    'coupwanb.com',
    'ecoupnag.kr',
    'coupongs.kr',
    // (`coupingg.net` until domain74: `couping` with its g written twice, the doubled-letter class with `ou`; the two
    // edits with neither sign now without a doubled letter)
    'coupinga.net',
  ])('%s is not a look-alike', (u) => {
    expect(verdict(u)).toBe('unknown');
  });

  it('the brand with letters glued on whole stays the brand’s own where it is (coupangls.com)', () => {
    expect(verdict('coupangls.com')).toBe('official');
  });
});
