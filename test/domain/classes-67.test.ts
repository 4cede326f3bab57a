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
  // the brand's own address as a jump page's destination (`to`, `r`, `target`, `goto` …), or its sign-in page under
  // any key, on a host of a cheap or kit TLD: a kit's jump page (domain42's decision reversed there only: 6 flag
  // rows of 4 halves, no honest row of any half). `.com`, `.net`, `.kr`, an affiliate's `u`/`url` to a product or
  // the home page, a referrer and a search stay anyone's
  "the brand's own address carried by a throwaway host": {
    flag: [
      'https://tepelosol.store/go?dest=https%3A%2F%2Fwww.coupang.com%2Fnp%2Forder',
      'https://bluepine.shop/api/redirect?to=m.coupang.com',
      'https://mmz31.homes/out?target=https://www.coupang.com/',
      'https://greenhill.xyz/c?goto=https://link.coupang.com/a/bX9k2',
      'https://nova-link.info/l?url=https%3A%2F%2Flogin.coupang.com%2Flogin%2Flogin.pang',
      'https://daily-note.site/r?r=https://www.coupang.com/np/search?q=abc',
    ],
    clean: [
      'https://shop-notes.com/go?dest=https%3A%2F%2Fwww.coupang.com%2Fnp%2Fgoldbox',
      'https://price-watch.kr/track?link=https://coupa.ng/Qx7Rt',
      'https://lowcost-alarm.net/api/redirect?to=m.coupang.com',
      'https://hotdeal-list.co.kr/jump?next=https%3A%2F%2Fwww.coupang.com%2Fvp%2Fproducts%2F1234567',
      'https://k7q2m.help/r?link=https://www.naver.com/',
      'https://tracking-kr.store/api/redirect?to=www.daum.net',
      'https://app-get.fun/?q=coupang',
      // an affiliate's link out to a product or the home page, a referrer, a search's terms (domain42's, domain47's
      // and domain50's lines, kept)
      'https://nova-link.info/l?url=coupang.com',
      'https://greenhill.xyz/c?u=https://link.coupang.com/a/bX9k2',
      'https://greenhill.xyz/?from=https://www.coupang.com/np/goldbox',
      'https://greenhill.xyz/?s=www.coupang.com',
    ],
  },
  // (step 2, a generator of two edits of the core name on nine TLDs) the core name with two digits or more put in
  // among its letters, on any TLD: its letters all there and in order. One digit in is an insertion already, digits
  // at the ends a tag; a digit for a letter, another word and a restricted suffix are other classes
  'the core name with digits sprinkled among its letters': {
    flag: ['co5up8ang.top', '3coup9ang.com', 'https://c1oupan7g.shop/login', 'coupa22ng.net', 'cou1pang5.kr'],
    clean: ['cou5pa8n.com', 'co2op3ang.com', 'coupang12.go.kr', 'c4o4u4.top', 'pang3cou5.shop'],
  },
};

describe('domain67 classes (every half)', () => {
  for (const [name, c] of Object.entries(classes))
    describe(name, () => {
      for (const u of c.flag) it(`flags ${u}`, () => expect(verdict(u)).toBe('lookalike'));
      for (const u of c.clean) it(`leaves ${u} clean`, () => expect(verdict(u)).not.toBe('lookalike'));
    });
});
