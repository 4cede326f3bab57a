import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes domain70 took from tune56's and tune57's misses, across every half, with invented addresses written
// apart from the corpus (each flag row unknown on integ e37229cc), and beside them their honest twins of the same
// shape that stay clean.
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

const classes: Record<string, { flag: string[]; clean: string[] }> = {
  // a host of one label (no dot: no one can register it, it opens only where a network or a hosts file names it)
  // named as a combosquat of the brand would be, with a lure word among its words or a lure page in its path. A
  // developer's service beside the brand's open API with a plain path, the brand alone and localhost stay
  'a single-label host named for the brand and asking': {
    flag: [
      'https://coupang-gift:9443/verify',
      'http://coupang-member-kr:8000/login.php',
      'https://coupangeats-bonus:7443/bosang',
      'http://coupang-refund-center:8081/',
      'https://coupangpay-wallet:8443/pay/confirm',
      'coupang-hwanbul-kr:8080/index.html',
    ],
    clean: [
      'http://coupang-sync:8080/api/orders',
      'http://coupang-crawler:3000/',
      'http://coupang:8080/login',
      'http://localhost:5173/coupang-refund',
      'http://printer-3f:631/login',
      'http://seoul-nas:5000/verify',
    ],
  },
  // a cheap host's jump page sending the reader to the brand by a sign-in's return key (`returnUrl`, `return_to`,
  // `redirect_url`) or by a scheme-relative target (`//coupa.ng/…`); an affiliate's `link`/`url` to the home page, a
  // referrer's key and the same keys on `.com` stay (domain42's and domain67's lines)
  "a cheap host's jump by a return key or a scheme-relative target": {
    flag: [
      'https://vexlo.top/go?returnUrl=coupang.com',
      'https://qrand.icu/r?return_to=https://www.coupang.com/',
      'https://pmxo.shop/l?redirect_url=coupangeats.com',
      'https://tarvix.xyz/out?goto=//coupa.ng/bXr2',
      'https://nelqa.click/j?target=//www.coupang.com/np/search',
    ],
    clean: [
      'https://price-memo.com/r?returnUrl=coupang.com',
      'https://vexlo.top/go?returnUrl=example.org',
      'https://deal-room.shop/go?link=https://www.coupang.com/',
      'https://vexlo.top/go?ref=//coupa.ng/bXr2',
      'https://vexlo.top/out?goto=//www.naver.com/',
    ],
  },
  // a free alias's host whose accounts are a generated channel id (Kakao's `pf.kakao.com/_id`): a name after the id
  // is read as a name at the root is (the brand with lure words only); the channel's own pages and the brand alone stay
  'a name after a generated channel id': {
    flag: [
      'https://pf.kakao.com/_Qm2x8Rb/coupang-hwanbul',
      'https://pf.kakao.com/_zz81kPq/쿠팡-환불신청',
      'https://pf.kakao.com/_Lp0wQe/coupangeats-refund',
    ],
    clean: [
      'https://pf.kakao.com/_Qm2x8Rb/posts/104938211',
      'https://pf.kakao.com/_Qm2x8Rb/chat',
      'https://pf.kakao.com/_Qm2x8Rb/coupang',
      'https://pf.kakao.com/_Qm2x8Rb/mapo-bakery-event',
    ],
  },
  // a mail link to an address at a look-alike domain: judged as that domain is. The brand's own domain and anyone's
  // stay a non-web scheme
  'a mail link to a look-alike domain': {
    flag: ['mailto:cs-team@coupang-helpdesk.com', 'mailto:notice@coupang-bosang.top?subject=refund'],
    clean: ['mailto:help@coupang.com', 'mailto:orders@mapo-bakery.kr', 'mailto:someone@coupa.com'],
  },
  // a profile's handle (`@…`) holding the brand's name with words of its own over one page of lure words only: a
  // profile has posts with slugs, no `verify` page. A post's slug, the handle alone, the brand alone as a handle
  // (paths8's line) and a repository's `owner/repo` stay
  'a handle named for the brand over a lure page': {
    flag: [
      'https://medium.com/@coupang-review-notes/login',
      'https://medium.com/@coupangeats_partner/verify',
    ],
    clean: [
      'https://medium.com/@coupang-engineering/how-we-verify-payments-3f2a1b',
      'https://medium.com/@coupang-review-notes',
      'https://medium.com/@coupang/verify',
      'https://medium.com/@mapo-baker/login',
      'https://github.com/coupang-seller-tools/login',
    ],
  },
};

describe('domain70 classes (every half)', () => {
  for (const [name, c] of Object.entries(classes))
    describe(name, () => {
      for (const u of c.flag) it(`flags ${u}`, () => expect(verdict(u)).toBe('lookalike'));
      for (const u of c.clean) it(`leaves ${u} clean`, () => expect(verdict(u)).not.toBe('lookalike'));
    });
});
