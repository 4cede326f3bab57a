import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes domain68 took from tune52's and tune53's misses, with invented addresses written apart from the corpus
// (each flag row clean or invalid on integ 5824af17), and beside them their honest twins of the same shape that stay
// clean.
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

const classes: Record<string, { flag: string[]; clean: string[] }> = {
  // a control character or a fragment's `#` written as an escape inside a host: the URL parser refuses it, a reader
  // sees the brand's host before a lure domain's labels. Read without the escapes; the brand's own host so written
  // stays no one's (invalid), another firm's host is judged as itself
  'an escaped control character inside a host': {
    flag: [
      'https://coupang%01.com.pay-kr.store/',
      'http://login.coupang.com%0d.secure-id.click/login',
      'https://coupang-help.com%23.notice.top/',
      'https://m.coupang.com%7f.kr-check.site/order',
    ],
    clean: [
      'https://www.coupang.com%0a/',
      'https://naver.com%00.blog.naver.com/',
      'https://shop-notes.com%09/',
      'https://www.daum.net%23/',
    ],
  },
  // a Hangul name with every syllable spaced out, then a suffix: the name a reader types without the spaces. A
  // phrase of words (spaces between words only) and other names stay
  'a Hangul name spelt out syllable by syllable': {
    flag: ['쿠 팡.kr', '쿠 팡 보 상.com', '쿠 팡 이 츠.net'],
    clean: ['나 무.com', '쿠팡 환불.com', '하 늘 정 원.kr'],
  },
  // ŋ, the eng, drawn as the n and g a name ends in: the host as drawn is the brand's, never official
  'ŋ for the ng of a name': {
    flag: ['coupaŋ.kr', 'coupaŋ.store', 'coupaŋeats.com', 'xn--coupa-78a.net'],
    clean: ['kaŋ.com', 'soŋ-studio.net', 'baŋkok-food.com'],
  },
  // one slip (a letter left out, doubled, put in or changed, two swapped) of the brand's long names that the matcher
  // takes as written: the membership, Rocket Now, the corporate site, the Fresh service. The list's words (Rocket
  // Growth, Wing Seller, Kupang's travel) and a word's ending after a whole name stay
  "one slip of the brand's long names": {
    flag: [
      'rocketwov.com',
      'rocktewow.com',
      'rocketnaw.jp',
      'aboutcupang.kr',
      'wowmembershp.kr',
      'rocketfresj.com',
      'roketbaesonq.com',
    ],
    clean: [
      'rocketgrowht.com',
      'wingsellar.com',
      'rocketwowe.pl',
      'rocketmoon.com',
      'rocketshow.net',
      // two slips, a letter put in at one place and left out at another
      'abouttcupang.com',
      'rocketjikgoo.com',
    ],
  },
  // the core name exactly under a suffix no firm may register (a government's, a school's): no authority or school
  // is named so. Slips of it there stay clean, as restrictedSuffix decided (barangay-cupang.gov.ph)
  'the core name under a restricted suffix': {
    flag: ['coupang.ac.kr', 'coupang.mil.kr', 'www.coupang.gov', 'coupang.go.kr/notice'],
    clean: ['cupang.gov.ph', 'kupang.go.id', 'barangay-coupon.gov.ph', 'coupons.go.kr'],
  },
};

describe('domain68 classes (every half)', () => {
  for (const [name, c] of Object.entries(classes))
    describe(name, () => {
      for (const u of c.flag) it(`flags ${u}`, () => expect(verdict(u)).toBe('lookalike'));
      for (const u of c.clean) it(`leaves ${u} clean`, () => expect(verdict(u)).not.toBe('lookalike'));
    });
});
