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
  // the brand's abbreviation as it sounds (kpang, kpng, qpang) with lure words only, before or after it: a word
  // that asks or a Korean one anywhere, another where kits register
  'the abbreviation as it sounds with lure words': {
    flag: [
      'kpang-hwanbul.com',
      'bosang-kpng.net',
      'kpng-jumun-chwiso.shop',
      'gogaeksenteo-kpang.xyz',
      'kpang-verify.co.kr',
      'qpng-refund.top',
      'kpang-event.top',
    ],
    clean: [
      // other words: a studio, a game's guild, news; an English word that asks nothing on .com
      'kpang-studio.com',
      'qpang-guild.com',
      'kpang-news.shop',
      'kpang-help.com',
      'kpang-event.com',
    ],
  },
  // a host of the brand's initials beside a lure word and an occasion or a tag, whose only folder is the brand
  "an event host of the brand's initials with the brand as its folder": {
    flag: [
      'https://2031-cp-event.com/coupang',
      'https://summer-cp-gift.kr/coupang/',
      'https://cp-event-77.net/Coupang',
      'https://xmas-cp-bonus.shop/coupang',
    ],
    clean: [
      // the host alone, the brand beside other words, a host of no lure word, another's initials
      '2031-cp-event.com',
      'https://2031-cp-event.com/coupang-review',
      'https://cp-club.net/coupang',
      'https://cpa-event.com/coupang',
      'https://summer-event.com/coupang',
      'https://cp-event.com/about',
    ],
  },
  // text after a right-to-left override is shown backwards: an official host written so is carried whole
  'a right-to-left override turning the brand in a query': {
    flag: [
      'https://q7r.top/go?to=%E2%80%AEmoc.gnapuoc.nigol',
      'https://zx-kr.top/r?u=%E2%80%AEmoc.gnapuoc.www',
    ],
    clean: [
      // other text turned, and an ordinary host's query
      'https://q7r.top/go?to=%E2%80%AEgnp.olleh',
      'https://blog.example.org/?t=%E2%80%AEmoc.gnapuoc',
    ],
  },
  // an abbreviation that names the brand alone split after its first letter (c-pang, k-png): a letter alone is no
  // word, so the name is judged joined
  'the abbreviation split after its first letter': {
    flag: ['k-pang-bosang.top', 'c-png-login.com', 'q-png-refund.shop', 'c-pang-event.xyz'],
    clean: [
      // other letters alone, and the joined names' own honest readings (alone, or with other words)
      'e-mart.com',
      'k-pop-refund.shop',
      // (domain62 flags `c-pang.com`, `cpng24.com`: the brand's own abbreviations alone or with lure words, by
      // measuring; test/domain/classes-domain62.test.ts)
      'k-pang.net',
      'c-pang-studio.com',
    ],
  },
  // the squeezed name (copng, cupng, coopeng) with the brand's own words (wow, eats, rocket) where kits register
  "the squeezed name with the brand's own words": {
    flag: ['cupng-eats.shop', 'coopeng-wow.top', 'copng-rocket.xyz'],
    clean: [
      // on .com, and with other words (`cupng-eats.com` left this list in domain48's round: `cupng` is an
      // abbreviation of the list since, the lead's call, and reads with the brand's words as `cpang-eats.com` does)
      'copng-wow.com',
      'copng-eats.com',
      'copng-studio.shop',
      'coopeng-play.com',
    ],
  },
  // the brand in the free name of a form's account, a survey, a money-transfer link or a payment QR: platforms the
  // list now names (a form's account before its form, Zoho's surveys, Toss's and KakaoPay's links)
  'the brand in the name of a form, survey or payment link': {
    flag: [
      'https://www.cognitoforms.com/CoupangHelp/환불신청',
      'https://survey.zohopublic.com/zs/coupang-bosang',
      'https://www.smore.im/form/coupang-hwanbul',
      'https://toss.me/coupangeats',
      'https://qr.kakaopay.com/coupang-hwanbul',
    ],
    clean: [
      // others' forms and links, the brand as what a form is about, a fan's transfer name
      'https://www.cognitoforms.com/AcmeClinic/Booking',
      'https://www.cognitoforms.com/AcmeClinic/CoupangReview',
      'https://toss.me/kimchi-shop',
      'https://toss.me/coupang-fan',
      'https://qr.kakaopay.com/Fx8aB2kQ',
    ],
  },
  // Hangul lure words in the Revised Romanization (재인증 jaeinjeung, 주소지 jusoji, 반품 banpum, 재택 jaetaek) beside
  // the brand's names and the city's
  'romanised lure words of re-authentication, address, returns and work from home': {
    flag: ['kupang-jaeinjeung.com', 'jusoji-kupang.net', 'cupang-banpum.shop', 'kupang-jaetaek-alba.com'],
    clean: ['kupang-travel.com', 'kupang-pantai.id', 'jaetaek-interior.co.kr', 'banpum-center.co.kr'],
  },
  // the abbreviation that names the brand alone glued after Korean lure words, with a tag of digits (the common
  // path reads the tag first)
  'Korean lure words glued before the abbreviation': {
    flag: ['hwanbulcpang7.top', 'bosangcpng7.xyz', 'jaeinjeungcpng24.com', 'gogaekcpang2026.shop'],
    clean: [
      // other words glued before, and the abbreviation with a tag alone on .com
      'studiocpang.com',
      'acmecpng.com',
      'ecpng.com',
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
