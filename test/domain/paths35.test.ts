import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes domain66 took from the misses of tune50 and tune51 that recur across the tuning halves, each judged by
// a rule written apart from the corpus (other hosts, names and words), with the honest addresses beside each rule
// that must stay clean.
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

const cases: Record<string, { flag: string[]; clean: string[] }> = {
  // a letter struck on the way (any letter, the first place too) with another slip of a hand: alone or with lure
  // words where kits register names by the hundred; a Korean suffix's or `.com`'s such name is a firm's too
  'a letter struck on the way plus another slip, on the cheap and kit TLDs': {
    flag: ['zcoupnag.icu', 'coupwanng.shop', 'xcoupagn.click', 'cozuupang.buzz', 'acoupanb.bond/verify'],
    // (domain73's round: `coupwanng.com` (the name's letters in order with two put in) and `zcoupnag.kr` (a `z`, which
    // no romanised Korean name writes) now read as the brand on any TLD; twins of the same struck shape replace them)
    clean: ['coupongo.kr', 'coolpang.co.kr', 'coupwanb.com', 'ecoupnag.kr', 'coupons.shop', 'coupling.shop'],
  },
  // the cheap new TLDs of a dollar or two: a slip of the brand alone there is a kit's as on `.shop`
  'the cheap new TLDs (.best, .pics, .email, .express)': {
    flag: ['couupanf.best', 'ocupang.pics', 'coupanb.email', 'xcupang.express'],
    clean: ['coffee.best', 'wedding.pics', 'korea.email', 'parcel.express'],
  },
  // on a bare IP address the brand's abbreviation as the first folder over a money page: a control panel's folder
  // holds a login and settings, no refund
  'a bare address with the abbreviation over a money page': {
    flag: [
      'http://[2001:db8:4a::9]:8081/cp/refund.html',
      'http://198.51.100.41/cp/compensation.php',
      'http://203.0.113.77:8000/cp/refund/',
    ],
    clean: [
      'http://198.51.100.41/cp/login.php',
      'http://198.51.100.41/cp/settings.php',
      'http://198.51.100.41/refund.php',
      'https://shop-example.com/cp/refund.php',
    ],
  },
  // `k` or `q` for the first `c` of the brand's short host, one slip more, under a link's code; the name alone and
  // another country's label stay
  'a sounded first letter on the short host with a link code': {
    flag: ['https://kupa.ng/Ha7q2', 'https://qupa.ng/x9Kd1', 'https://koupa.ng/Zp31'],
    clean: ['kupa.ng', 'https://kupa.ng/about', 'https://kupa.co/Ha7q2', 'https://kuba.ng/Ha7q2'],
  },
  // a name one slip from the brand that is a word of the list (the fish's `cupang`, the city's `kupang`) with the
  // brand's own product page or a login carrying the brand's own return key
  "a list word with the brand's product page or return key": {
    flag: [
      'https://cupang.site/vp/products/55123409',
      'http://kupang.co/vp/products/982201',
      'https://www.cupang.store/user/login?rtnUrl=%2F',
    ],
    clean: [
      'kupang.site', // (domain78: `cupang` alone off its countries' suffixes is the brand's)
      'https://kupang.site/products/55123409',
      'https://cupang-betta.com/vp/products/55123409',
      'https://kupang.co/login',
      'https://kupangkota.go.id/vp/berita/123',
      'https://kupang.site/member/login?returnUrl=%2F',
    ],
  },
};

describe('domain66 classes (tune50 and tune51 misses recurring across the halves)', () => {
  for (const [name, { flag, clean }] of Object.entries(cases))
    describe(name, () => {
      for (const u of flag) it(`flags ${u}`, () => expect(verdict(u)).toBe('lookalike'));
      for (const u of clean) it(`leaves ${u} clean`, () => expect(verdict(u)).not.toBe('lookalike'));
    });
});
