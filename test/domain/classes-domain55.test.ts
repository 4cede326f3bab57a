import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes domain55 took from the misses of every tuning half (tune41's leftovers first), each judged by a rule
// written apart from the corpus (other hosts, slips, words and TLDs; every flag row here was missed before the
// round), with the honest addresses beside each that must stay clean.
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

const cases: Record<string, { flag: string[]; clean: string[] }> = {
  // the core name with two slips of a hand on a keyboard (a key for one touching it, a digit for the letter under
  // it, a vowel for a vowel, a letter left out or doubled, two neighbours swapped) as the registrable name, alone
  // where kits register (cheap and kit TLDs, Korean suffixes) or with lure words; the same name on `.com` alone or
  // beside other words, a word of a language two slips away, five-letter names (Coupa's) and a name without its
  // first letter stay
  'two slips of a hand on the core name': {
    flag: [
      'coupsg.shop',
      'coupenng.kr',
      'c9upng.top',
      'cpupanng.xyz',
      'co8pamg.kr',
      'coupahgg.xyz',
      'coupsg-hwanbul.com',
    ],
    clean: [
      'coupsg.com',
      'coupenng-studio.top',
      'coupon.kr',
      'coupons.shop',
      'coupa.top',
      'oupeng.top',
      'kaupang.kr',
      'www.coupang.com',
    ],
  },
  // one of the brand's service words (its sub-brands' and aliases' words: eats, play, wow, flex) with lure words
  // only, one of them asking, in Korea's context (a Korean lure word, the word `kr`, a Korean suffix); a rider's
  // role, words that ask nothing, no Korean context, another platform's name or any other word stay
  "the brand's service word with a refund's words in Korea": {
    flag: [
      'eats-hwanbul.kr',
      'play-refund-kr.net',
      'flex-jeongsan-kr.com',
      'wow-hoewon-bosang.xyz',
      'eats-login-kr.top',
    ],
    clean: [
      // (eats-rider-kr.com reversed by domain67: the singular role and `kr` alone is a kit's, classes-67)
      'eats-rider-union-kr.com',
      'eats-seoul.kr',
      'wow-event-kr.net',
      'eats-refund.com',
      'flex-team-payroll.com',
      'uber-eats-refund-kr.com',
      'wowcafe-refund.kr',
    ],
  },
  // an Android app file named with any of the brand's abbreviations and lure words only, on a host where kits
  // register by the hundred; the app's own word alone (`cp_app.apk`, domain36's decision), a code host's release,
  // an established or Korean suffix, another abbreviation and another word stay
  'an app file of the abbreviation and lure words on a throwaway host': {
    flag: [
      'https://dl-app.xyz/files/cp_verify.apk',
      'https://down7.top/apk/cpg-update.apk',
      'https://apkhub.cfd/down/cp-security.apk',
    ],
    clean: [
      'https://apk-down.shop/files/cp_app.apk',
      'https://github.com/cp-tools/cp/releases/download/v1/cp_update.apk',
      'https://example.com/files/cp_update.apk',
      'https://files.example.kr/cp_update.apk',
      'https://down7.top/apk/cpu_update.apk',
      'https://down7.top/apk/cp_player.apk',
    ],
  },
};

describe('domain55 classes (every half)', () => {
  for (const [name, { flag, clean }] of Object.entries(cases)) {
    describe(name, () => {
      for (const u of flag) it(`flags ${u}`, () => expect(verdict(u)).toBe('lookalike'));
      for (const u of clean) it(`leaves ${u} clean`, () => expect(verdict(u)).not.toBe('lookalike'));
    });
  }
});
