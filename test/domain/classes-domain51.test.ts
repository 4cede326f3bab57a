import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes domain51 took from tune39's misses (author 40), each judged by a rule written apart from the corpus
// (other hosts, slips, lure words and TLDs), with the honest addresses beside each rule that must stay clean.
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

const cases: Record<string, { flag: string[]; clean: string[] }> = {
  // the brand's own Hangul name one letter part off (as 구팡, 쿠팔, 쿠펑 are in Hangul), typed with the Korean input
  // switched off: a whole token of the registrable label, alone or beside lure words. Keys that type other words
  // (안녕 `dkssud`, 사랑 `tkfkd`), the slip beside ordinary words (also one whose first sound is another's, 부팡
  // `qnvkd`: alone it is a look-alike since domain77's round, which counted the five keys one key off, the first too)
  // and Latin words with some of the letters stay
  'the Hangul name one part off, typed with the Korean input off': {
    flag: [
      'rnvkd.com',
      'znvjd.kr',
      'https://znvkr.top/login',
      'rnvkd-hwanbul.shop',
      'xnvkd.co.kr',
      'znvk.net',
    ],
    clean: [
      'dkssud.com',
      'tkfkd.kr',
      'qnvkd-studio.kr',
      'rnvkd-travel.com',
      'rnvkd-studio.kr',
      'snake.kr',
      'vkd-partners.com',
    ],
  },
  // the core name romanised with its first consonant softened (쿠팡 heard and misspelt 구팡, `gupang`) beside Korean
  // lure words only, leading the label; alone, beside English or other words it is a name of its own (two authors'
  // honest firms)
  "the core name's softened romanisation beside Korean lure words": {
    flag: ['gupang-hwanbul.top', 'gupang-bosang24.kr', 'gupang-tongkwan.shop'],
    clean: ['gupang.kr', 'gupang.com', 'gupang-market.co.kr', 'gupang-refund.com', 'gupang-studio.shop'],
  },
  // 통관 as McCune–Reischauer writes its ㄱ after ㅇ (`tongkwan`), read as `tonggwan` is beside the brand's spellings
  'tongkwan as a lure word': {
    flag: ['kupang-tongkwanbuho.site', 'cpang-tongkwan.cfd', 'cpng-tongkwanbuho.top'],
    clean: ['tongkwan.kr', 'tongkwan-law.com'],
  },
  // a site search for the brand's name alone (spelled out, with look-alikes, in Hangul, the brand's abbreviation)
  // handed to one visitor by id, off the established TLDs. The search alone, with other words, without an id, an
  // id that is no token, or on `.com`, `.net`, `.kr`, `.io` and two-level suffixes stays
  "a search for the brand's name handed to one visitor": {
    flag: [
      'https://haru-deal.shop/?q=coupang&uid=k3j9x0p2qa',
      'http://bora88.xyz/?s=%EC%BF%A0%ED%8C%A1&userid=7fhq2mza11',
      'https://mint-pick.top/search?keyword=COUPANG&mid=a81ksl02mc',
      'https://gaon.club/?s=coupanq&uid=zz81kdj3la',
      'https://gaon.club/?s=cpng&vid=8djq02kala',
    ],
    clean: [
      'https://haru-deal.shop/?q=coupang',
      'https://haru-deal.shop/?q=coupang&page=2',
      'https://haru-deal.shop/?q=coupang+쿠폰&uid=k3j9x0p2qa',
      'https://haru-deal.shop/?q=kupang&uid=k3j9x0p2qa',
      'https://haru-deal.shop/?q=coupons&uid=k3j9x0p2qa',
      'https://haru-deal.shop/?q=coupang&uid=7',
      'https://haru-deal.com/?q=coupang&uid=k3j9x0p2qa',
      'https://haru-deal.kr/?q=coupang&uid=k3j9x0p2qa',
      'https://haru-deal.co.kr/?q=coupang&uid=k3j9x0p2qa',
      'https://sellboard.io/?q=coupang&uid=k3j9x0p2qa',
    ],
  },
  // an intent that makes a browser open a web address whose whole path is the brand's exact name as one folder, off
  // the established TLDs: out of the messenger's view to the brand's copy. The same folder as a plain link (a shop's
  // category), the brand beside other words or with a page under it, no browser named, another word, and `.com`,
  // `.kr` and two-level suffixes stay as the web address is
  "an intent sending a browser to the brand's folder": {
    flag: [
      'intent://haneul24.live/coupang#Intent;scheme=https;package=com.android.chrome;end',
      'intent://mall-27.ink/COUPANG/#Intent;scheme=https;package=com.sec.android.app.sbrowser;end',
      'intent://saebom.site/%EC%BF%A0%ED%8C%A1#Intent;scheme=https;package=com.naver.whale;end',
    ],
    clean: [
      'https://haneul24.live/coupang',
      'intent://haneul24.live/coupang-review#Intent;scheme=https;package=com.android.chrome;end',
      'intent://haneul24.live/coupang/best#Intent;scheme=https;package=com.android.chrome;end',
      'intent://haneul24.live/coupang#Intent;scheme=https;end',
      'intent://haneul24.live/coupons#Intent;scheme=https;package=com.android.chrome;end',
      'intent://dealbada.com/coupang#Intent;scheme=https;package=com.android.chrome;end',
      'intent://hotdeal.kr/coupang#Intent;scheme=https;package=com.android.chrome;end',
      'intent://hotdeal.co.kr/coupang#Intent;scheme=https;package=com.android.chrome;end',
    ],
  },
  // the brand's exact name as a folder under a folder of static files, its phone's copy the page: a kit's archive
  // unpacked among a site's files. A file there (a partner's badge), the folder alone, the name beside other words
  // and another word stay
  "the brand's folder among a site's files, at its phone's copy": {
    flag: [
      'https://dalbit9.today/static/COUPANG/mobile/',
      'https://gureum-shop.com/assets/Coupang/mo/',
      'https://seoul-bike.kr/files/%EC%BF%A0%ED%8C%A1/m/',
    ],
    clean: [
      'https://gureum-shop.com/assets/coupang/logo.png',
      'https://gureum-shop.com/assets/coupang/',
      'https://gureum-shop.com/assets/coupang/m/badge.svg',
      'https://gureum-shop.com/assets/coupang-partners/m/',
      'https://gureum-shop.com/assets/coupons/m/',
      'https://gureum-shop.com/coupang/m/',
    ],
  },
};

describe('domain51 classes (tune39)', () => {
  for (const [name, { flag, clean }] of Object.entries(cases)) {
    describe(name, () => {
      for (const u of flag) it(`flags ${u}`, () => expect(verdict(u)).toBe('lookalike'));
      for (const u of clean) it(`leaves ${u} clean`, () => expect(verdict(u)).not.toBe('lookalike'));
    });
  }
});
