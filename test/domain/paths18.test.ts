import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes the nineteenth blind author wrote and the guard missed (tune18's misses), each judged by a rule
// written apart from the corpus (other hosts, folders and words), with the honest addresses each rule must leave
// alone.
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

const cases: Record<string, { flag: string[]; clean: string[] }> = {
  // a link as a report or a chat writes it, which no browser opens as written: a defanged dot, a zero-width
  // character inside the name, an "@" percent-encoded in the authority; judged as a reader takes it
  'a link written so the URL parser refuses it': {
    flag: [
      'hxxp://coupang-login[.]xyz/m/',
      'https://cpng-verify(.)top/',
      'https://coupang-bosang[dot]kr/',
      'https://coupang\u200c-event.shop/',
      'https://coupang\u200d-delivery.com/track',
      'https://login.coupang.com%40secure-check.top/',
      'https://www.coupang.com%40203.0.113.9.example-cdn.top/',
    ],
    clean: [
      // defanged and encoded forms of honest sites, and the brand's own host behind a joiner or defanged:
      // nobody's address as written, never official
      'hxxps://blog[.]example[.]org/post/1',
      'https://news.example.com%40mirror.example.org/',
      'https://shop\u200d-example.org/',
    ],
  },
  // a javascript: link whose script only navigates: clicked, it opens the address it names
  "a javascript: link's navigation": {
    flag: [
      "javascript:location.href='https://coupang-refund.top/'",
      'javascript:window.location="https://cpng-login.com/"',
      'javascript:location.replace("https://coupang-event.xyz/m")',
      'javascript:void(window.open("https://coupang-bosang.kr/"))',
      'javascript:top.location%3D%22https://coupang-verify.top/%22',
    ],
    clean: [
      // a script that names a look-alike without going there, and navigation to honest or official sites
      'javascript:alert("coupang-refund.top is a scam")',
      'javascript:console.log("https://coupang-refund.top/")',
      "javascript:location.href='https://www.example.org/'",
      'javascript:location="https://www.coupang.com/"',
      'javascript:void(0)',
    ],
  },
  // a name of two to four characters on the new TLDs kits fill with short names (.tokyo, .hair, .skin, .autos,
  // .boats, .homes, .help …): letters and digits carry the brand alone, letters only (three, or four consonants)
  // the brand beside a lure word
  "a short name on a kit's TLD carrying the brand": {
    flag: [
      'https://q4.skin/coupang/',
      'https://m8x.boats/s/coupang',
      'https://z3kq.homes/?to=coupangeats',
      'https://7v.beauty/c/coupang.html',
      'https://bkt.tokyo/coupang-hwanbul',
      'https://zrtq.hair/coupang-hwanbul',
      'https://xvbn.skin/coupang-bosang',
      'https://pwn.autos/coupang_login',
    ],
    clean: [
      // words, names with vowels in four letters, long names, and kits' TLDs with the brand as one word of many
      'https://ramen.tokyo/coupang/',
      'https://moto.autos/coupang-review',
      'https://abc.tokyo/coupang/',
      'https://bkt.tokyo/coupang-price-history-2026',
      'https://q4.skin/login/',
      'https://hair-salon.hair/coupang-bosang',
      // the same shapes on .com, .net and .app: firms', forums' and apps' short names
      'https://x7.com/coupang/',
      'https://m8x.net/coupang/',
      'https://q4.app/coupang/',
    ],
  },
  // Korean lure words as people romanise them outside the Revised Romanization, and the money they promise in Hangul
  'romanised lure words in their other spellings': {
    flag: [
      'coupnag-goegaek.com',
      'coupnagkogaek.com',
      'cpng-johwe.com',
      'https://coupnagjoheo.net/',
      'kupang-환급금.com',
      'coupag-환급금.kr',
    ],
    clean: [
      // the words alone, or beside another firm's name
      'goegaek.com',
      'johwe-center.kr',
      'samsung-goegaek.com',
      '보상금계산기.kr',
    ],
  },
  // the core name squeezed (two inner letters out, a vowel for a vowel) with lure words glued on, or with any lure
  // word where a kit registers (a cheap, lure or kit TLD, a Korean suffix)
  'the squeezed name with lure words': {
    flag: [
      'copngverify.net',
      'cuupngrefund.com',
      'coopeng-event.top',
      'copag-point.kr',
      'cuupngpoint.homes',
      'cupng-gift.shop',
    ],
    clean: [
      // alone on .com, with words of another kind, a lure word that does not ask on .com
      'copng.com',
      'copngstudio.com',
      'copng-news.top',
      'copng-event.com',
      'capang-resort.com',
      'coupon-event.top',
    ],
  },
  // the name as it sounds (k, q and c one letter, ou and u one vowel) with a lure word glued on
  'the name as it sounds with a lure word glued on': {
    flag: ['cuopnagverify.com', 'coopaenglogin.net', 'kuopangrefund.top', 'cuppangdelivery.xyz'],
    clean: [
      // a real word near the name with a word glued on (the barangay Cupang, the city Kupang)
      'cupangcenter.com',
      'kupangmall.com',
      'cupangresort.com',
      'cuppingtherapy.com',
    ],
  },
  // the brand's own abbreviations as they sound (k or q for c), alone on a TLD phishing all but owns
  'an abbreviation naming the brand alone, as it sounds, on a lure TLD': {
    flag: ['kpng.top', 'qpng.cfd', 'kpang9.sbs', 'https://qpang.monster/login', 'kpang.cyou'],
    clean: [
      // elsewhere, or with words: QPang, an online game; a studio's name
      'qpang.com',
      'kpang.net',
      'kpang-studio.top',
      'qpang-reborn.xyz',
      'kpang.shop',
    ],
  },
  // an abbreviation of three letters or more with a word that asks, on a TLD phishing all but owns
  'an abbreviation with an asking word on a lure TLD': {
    flag: ['cpg-verify.top', 'https://cpg-login.cfd/', 'cpgrefund.sbs', 'cpg-account.buzz'],
    clean: [
      // `cp` is any control panel's; elsewhere CPG is everyone's initials; a visit's word asks nothing
      'cp-login.top',
      'cpg-refund.com',
      'cpg-news.top',
      'cpg-support.xyz',
    ],
  },
  // a Medium author's handle (`medium.com/@name`) or publication named for the brand with lure words only
  'a Medium handle named for the brand with lure words': {
    flag: [
      'https://medium.com/@coupang-helpdesk',
      'https://medium.com/@coupang_cs_center',
      'https://medium.com/coupang-verify/account-9a2c',
    ],
    clean: [
      // the brand's engineering blog, an author writing about the brand, a tag page, a handle of another kind
      'https://medium.com/coupang-engineering/how-we-scale-search-3d1a',
      'https://medium.com/@minji/my-coupang-refund-story-2026-77aa',
      'https://medium.com/tag/coupang',
      'https://medium.com/@coupang-fan-reviews',
    ],
  },
  // a one-part Hangul slip keeps the name's first sound: the first consonant unchanged, one of its own sound
  // (ㄱ ㄲ ㅋ) or a neighbouring key; another first consonant makes another name
  "a Hangul slip that changes the name's first sound": {
    flag: ['구팡.kr', '꾸팡몰.com', '투팡.kr', '쿠방이벤트.kr', '쿠팽.com'],
    clean: ['푸팡.kr', '주팡.kr', '부팡.com', '후팡.kr', '두팡.co.kr'],
  },
};

describe("tune18's classes", () => {
  for (const [name, { flag, clean }] of Object.entries(cases))
    describe(name, () => {
      it.each(flag)('%s is a look-alike', (u) => expect(verdict(u)).toBe('lookalike'));
      it.each(clean)('%s is not', (u) => expect(verdict(u)).not.toBe('lookalike'));
    });

  it("never calls a link no browser opens as written official, though it shows the brand's host", () => {
    for (const u of [
      'hxxps://www[.]coupang[.]com/',
      'https://www.coupang\u200d.com/',
      'https://login(.)coupang(.)com/',
      'https://www.coupang.com%40www.coupang.com/',
    ])
      expect(verdict(u)).not.toBe('official');
    expect(verdict('https://www.coupang.com/')).toBe('official');
  });
});
