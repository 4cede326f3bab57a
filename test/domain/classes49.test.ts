import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes domain49 took from tune37's misses (author 38), each judged by a rule written apart from the corpus
// (other hosts, lure words and TLDs), with the honest addresses beside each rule that must stay clean.
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

const cases: Record<string, { flag: string[]; clean: string[] }> = {
  // 쿠팡 with two letter parts swapped in place (vowels on the same bar, one consonant at most, the first sound and
  // the last ㅇ kept) leading a label of Korean lure words or of a tail of the brand's own longer names (페이). Real
  // words two parts away stay: another last consonant (쿠폰, 큐팜), two consonants (구장, 투항, 구상), a lying vowel
  // turned upright or the loanwords' `-ping` (커핑, 키핑, 코핑); a name alone or with other words (a nickname) too
  'two letter parts of 쿠팡 changed before Korean lure words': {
    flag: [
      '쿄퍙환불.com',
      'xn--wr3bl74avscx1d.com',
      '구펑보상.kr',
      '투팽고객센터.shop',
      'https://코퍙택배.kr/',
      'xn--o15b17lolz2q.co.kr',
      '쿄팽페이.com',
    ],
    clean: [
      '쿠폰환불.com',
      '큐팜고객센터.kr',
      '커핑배송.com',
      '키핑보상.kr',
      '코핑고객센터.kr',
      '구장배송.kr',
      '투항보상.kr',
      '구상환불.com',
      '크림배송.com',
      '투펑.com',
      '투펑의일상.kr',
      '투펑일상배송.kr',
      '고팡.kr',
      'https://트퍙배송.kr/delivery/track',
    ],
  },
  // the brand's exact name as a folder written in capitals on a TLD kits register by the hundred, alone or over an
  // entry page: how a kit titles its copy. In small letters or title case (a shop's category, a blog's tag), with a
  // number (a news slug), with another word, a shorter name, or on `.com` and `.kr` it stays anyone's
  'the brand as a folder in capitals': {
    flag: [
      'https://mirae-gate.top/COUPANG',
      'https://zx-portal.cfd/COUPANG/',
      'https://mirae-gate.top/COUPANG/m/',
    ],
    clean: [
      'https://blog-review.top/coupang/',
      'https://mirae-gate.top/coupang/m/',
      'https://hanul-mart.top/Coupang',
      'https://hanul-mart.top/COUPANG-REVIEW',
      'https://hanul-mart.top/COUPANG6475',
      'https://hanul-mart.top/COUPA',
      'https://hanul-mart.com/COUPANG',
      'https://daily-news.kr/COUPANG',
    ],
  },
  // an abbreviation that names the brand alone split by a hyphen before its last one to three letters (`cp-ang`,
  // `cou-pg`) reads as the abbreviation beside the same lure words; a word after the hyphen (`cp-angel`), the split
  // name alone or with other words stays as written
  "the brand's abbreviation split by a hyphen": {
    flag: ['hwanbul-cp-ang.top', 'cp-ang-bosang.kr', 'verify-cou-pg.xyz'],
    clean: ['cp-angel-refund.kr', 'cp-ang.com', 'cp-ang-trading.com', 'cpa-nguyen.com'],
  },
  // a short abbreviation of three letters (`cpg`) after Korean lure words only reads as before them, as the
  // abbreviations naming the brand alone do; English lure words, other words or `cp` before it stay anyone's
  'a short abbreviation after Korean lure words': {
    flag: ['bosang-cpg.kr', 'hwanbul-cpg.top', 'jeopsu-cpg.work'],
    clean: ['refund-cpg.info', 'hanbit-cpg.kr', 'hanbit-bosang-cpg.kr', 'pihae-cp.kr'],
  },
  // an intent that opens the brand's app by its package (a made-up one under the brand's, `com.coupang.mobile.xq`, or
  // its own) and falls back to a download folder named for the app file (`/apk`) on a host that is nobody's: the
  // brand's own intents fall back to its site or the store. A fallback to the brand's site, to another folder, and
  // another firm's package stay
  "an intent in the brand's package name falling back to an /apk folder": {
    flag: [
      'intent://home#Intent;scheme=https;package=com.coupang.mobile.xq;S.browser_fallback_url=https%3A%2F%2Fhanul.life%2Fapk;end',
      'intent://open#Intent;scheme=https;package=com.coupang.mobile;S.browser_fallback_url=https%3A%2F%2Fmirae-gate.top%2Fdown%2Fapk%2F;end',
    ],
    clean: [
      'intent://open#Intent;scheme=https;package=com.coupang.mobile;S.browser_fallback_url=https%3A%2F%2Fwww.coupang.com%2Fapk;end',
      'intent://open#Intent;scheme=https;package=com.coupang.mobile;S.browser_fallback_url=https%3A%2F%2Fhanul.life%2Fapkmirror;end',
      'intent://open#Intent;scheme=https;package=com.coupang.mobile;S.browser_fallback_url=https%3A%2F%2Fhanul.life%2Fapps;end',
      'intent://open#Intent;scheme=https;package=com.hanul.mobile;S.browser_fallback_url=https%3A%2F%2Fhanul.life%2Fapk;end',
    ],
  },
};

describe('domain49 classes (tune37)', () => {
  for (const [name, { flag, clean }] of Object.entries(cases)) {
    describe(name, () => {
      for (const u of flag) it(`flags ${u}`, () => expect(verdict(u)).toBe('lookalike'));
      for (const u of clean) it(`leaves ${u} clean`, () => expect(verdict(u)).not.toBe('lookalike'));
    });
  }
});
