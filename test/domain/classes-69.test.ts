import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes domain69 took from tune54's and tune55's misses, across every half, with invented addresses written
// apart from the corpus (each flag row clean on integ 80e275d1), and beside them their honest twins of the same
// shape that stay clean.
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

const classes: Record<string, { flag: string[]; clean: string[] }> = {
  // shared services the data did not name: Naver's modoo page builder (a page's name at the root, a free alias),
  // Pastebin (a paste's generated id: the brand counts beside a lure word; a bare anchor titles the link), TinyURL's
  // preview host (a short link's name), Bitly's `+` (the link's preview page), a bare tag appended after a service's
  // own query parameters (the brand with lure words only)
  "the brand's name as a page on a shared service": {
    flag: [
      'https://modoo.at/coupang-bosang',
      'https://modoo.at/@coupangrefund7',
      'https://pastebin.com/raw/Xq7mLp2w#coupang-login',
      'https://pastebin.com/CoupangVerify',
      'https://preview.tinyurl.com/coupangwow',
      'https://bit.ly/coupang-hwanbul+',
      'https://tinyurl.com/coupang-refund+',
      'https://drive.google.com/file/d/1aZkq83Lmn0pQ/view?usp=drive_link&coupang-bosang',
    ],
    clean: [
      'https://modoo.at/mapo-bakery',
      'https://modoo.at/coupang-review-club',
      'https://pastebin.com/raw/Xq7mLp2w',
      'https://pastebin.com/raw/Xq7mLp2w#section-2',
      'https://preview.tinyurl.com/seoul-library',
      'https://bit.ly/jeju-trip-2026+',
      'https://bit.ly/coupang-unboxing+',
      'https://drive.google.com/file/d/1aZkq83Lmn0pQ/view?usp=drive_link&coupang',
      'https://m.blog.naver.com/salim_mom/223771000111?coupang',
    ],
  },
  // the brand with two slips of a hand, one of them a key of the digits' row above the letters: alone on any TLD,
  // `.com` and `.net` too. Two slips of letters alone there stay (domain55's line), as do digits at the ends (a tag)
  // and the fish's word with one
  "two slips of a hand, one onto the digits' row": {
    flag: ['c9upnag.com', 'co8apng.net', 'cou0anng.com'],
    clean: ['couanb.com', 'couoan.com', 'rocket9.com'],
  },
  // a Hangul name one letter part from the brand's with an app's word only: the brand's app misspelt. The same slip
  // with other words, another name's first sound and the coupon's app stay
  'a one-jamo Hangul name with an app word': {
    flag: ['쿠팽앱.com', '앱쿠펑.net', '큐팡어플.kr'],
    clean: ['쿠폰앱.com', '구팡골프.com', '후팡앱.com', '쿠펑마트앱개발.com'],
  },
  // an IDN's `xn--` prefix before plain letters: the browser decodes noise, a reader sees the letters
  'an xn-- prefix on a plain name': {
    flag: [
      'xn--coupang-help.com',
      'https://xn--coupang-pay.net/',
      'xn--coupang-hwanbul.com',
      'xn--coupang-secure.org',
    ],
    clean: ['xn--bcher-kva.de', 'xn--3e0b707e.kr', 'xn--mapo-bakery-xyz.com'],
  },
  // the brand's English product names that run a brand word into a lure word, alone on the TLDs kits register:
  // the same names on `.com` and other words run with the brand word stay others'
  "a product's English name alone on a cheap TLD": {
    flag: ['rocketpay.shop', 'rocketdelivery.online', 'rocketpay.icu'],
    clean: [
      'rocketpay.com',
      'rocketdelivery.com',
      // (`rocketgrowth.shop` until domain74: a seller programme's name alone on a cheap TLD is a look-alike now,
      // test/domain/classes-74.test.ts; the name on an ordinary suffix stays)
      'rocketgrowth.co.uk',
      'freshbag.store',
      'rocketdelivery.co.uk',
    ],
  },
  // the brand's address with a refund's or compensation's page as a cheap host's jump target, under any key: it
  // asks for money back as the sign-in page asks for a login. An affiliate's link to a product, and `.com` hosts, stay
  "the brand's refund page as a cheap host's jump": {
    flag: ['https://mirelo.top/?url=https://www.coupang.com/np/refunds'],
    clean: [
      'https://deal-room.shop/go?url=https://www.coupang.com/vp/products/77120',
      'https://price-notes.com/go?url=https://www.coupang.com/np/refund',
    ],
  },
};

describe('domain69 classes (every half)', () => {
  for (const [name, c] of Object.entries(classes))
    describe(name, () => {
      for (const u of c.flag) it(`flags ${u}`, () => expect(verdict(u)).toBe('lookalike'));
      for (const u of c.clean) it(`leaves ${u} clean`, () => expect(verdict(u)).not.toBe('lookalike'));
    });
});
