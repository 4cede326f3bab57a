import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes domain38 took from tune30 (author 31's half), each judged by a rule written apart from the corpus
// (other hosts, names and words), with the honest addresses beside each rule that must stay clean.
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

const cases: Record<string, { flag: string[]; clean: string[] }> = {
  // a last consonant written as another said the same before a consonant or at the end (켓 is said 켇): the name
  // reads and sounds as the brand's; another sound (로켓배속) or another first syllable (포켓배송) stays a word
  "a Hangul service name's last consonant written as it sounds": {
    flag: ['로켙직구.com', 'https://로켇프레시.kr/login', '로켙설치.net', '로켇직구.top'],
    clean: ['로켓배속.com', '포켓배송.com', '로켓단.kr', '로켓문구.kr', '로켙.com'],
  },
  // ㅐ and ㅔ are said alike: a three-syllable service name with one for the other reads as the name
  'ㅐ for ㅔ in a three-syllable service name': {
    flag: ['쿠패이.com', 'https://쿠패이환불.kr/m/', '윙샐러.net'],
    clean: ['페이북.com', '쿠키.kr', '쿠폰모아.com', '쿠패.com'],
  },
  // a Rocket or WOW name with one vowel typed on the key beside it: weak, a look-alike with a Korean suffix, a lure
  // word or a lure TLD; on `.com` alone, another first syllable, or a loan phrase (프레시백) it stays a name
  "a Rocket or WOW name's vowel on a neighbouring key": {
    flag: ['로켓직고.kr', '로켓배숭.한국', '로켓와으환불.com', '로켓설차.top'],
    clean: ['로켓배숭.com', '로켓와오.shop', '프레시빅.kr', '포켓와으.kr', '로켓단.kr'],
  },
  // クーパン as Japanese keyboards type it: the brand's Japanese name, as written and as a whole token; the city's
  // クパン (kupan), the Tamil name Kuppan and a word that holds the letters stay
  "the brand's Japanese name romanised": {
    flag: ['kuupan.co.jp', 'kuupan-login.com', 'https://www.kuupan.net/order', 'kuupan-jp.top'],
    clean: ['kupan.jp', 'kuppan-textiles.in', 'www.kuppanchetty.in', 'kuupanda.com', 'sakuupan.fi'],
  },
  // an outlet is a shop's word, glued to a product's name as `mall` or `store` is; 회원 (a member) romanised is a lure
  // word as `member` is; a real word near the brand with the same stays where its country's businesses live
  'an outlet glued on, and 회원 romanised': {
    flag: ['kupengoutlet.com', 'coupayoutlet.com', 'cpng-hoewon.com', 'coupayhoewon.net'],
    clean: ['kupang-outlet.id', 'seoul-outlet.com', 'hoewon-gym.kr', 'kupangoutlet.com'],
  },
  // a code of small letters with one vowel at most on a name one slip from the brand's short host: a short link's
  // code, as the brand's own are drawn; a page's word there, another TLD's name and the brand's own host stay
  "a small-letter code on a slip of the brand's short host": {
    flag: ['https://coupq.ng/bxtrkm', 'https://coupz.ng/qwmvhd', 'https://oupa.ng/zkptfrw'],
    clean: [
      'https://coupa.ng/bxtrkm',
      'https://cupa.ng/about',
      'https://coupa.com/bxtrkm',
      'https://jumia.com.ng/bxtrkm',
    ],
  },
  // a kit's step given in the query under the brand's folder on a cheap host (`?step=auth`, `&act=login`); a page
  // number, another word, the same on `.com` and the folder alone stay (on a pronounceable name: on one with a vowel
  // at most, `mxrpel.cyou/coupang/`, the brand's folder is a drawn name's kit since domain39's round)
  "a kit's step in the query under the brand's folder": {
    flag: [
      'https://mxrpel.cyou/coupang/index.html?step=verify',
      'https://daknor.top/rocketwow/?act=login',
      'https://qepsil.sbs/쿠팡/main.html?mode=refund',
    ],
    clean: [
      'https://marpelo.cyou/coupang/index.html?page=3',
      'https://marpelo.cyou/coupang/index.html?step=2',
      'https://mxrpel.com/coupang/index.html?step=verify',
      'https://bakery.shop/coupang/?type=review',
      'https://marpelo.cyou/coupang/',
    ],
  },
  // a landing keyed to the brand by a query value (alone, or with the channel the text came by) beside a lure value
  // or a visitor's token, on a host nobody named on a cheap TLD; a pronounceable name, `.com`, a value of other
  // words, and a search's terms stay
  'a landing keyed to the brand by its query': {
    flag: [
      'https://k7vq2.top/?src=coupang_mms&uid=qzxbnm4r',
      'https://8xolbtw.sbs/r.php?from=coupangeats&act=login',
      'https://zvbqtr.icu/m/?from=coupang_push&uid=mwbtqkzr',
    ],
    clean: [
      'https://melodia.shop/?from=coupang_sms&uid=qzxbnm4r',
      'https://k7vq2.com/?src=coupang_mms&uid=qzxbnm4r',
      'https://k7vq2.top/?src=coupang-review&uid=qzxbnm4r',
      // (domain68 reversed `?brand=coupang` alone on a cheap TLD on the halves' counts, classes-68.test.ts: a key
      // naming the service the page is for; a mall's filter and the brand beside other words stay)
      'https://vbrqlt.sbs/go.php?mall=coupang&lang=ko',
      'https://vbrqlt.sbs/go.php?brand=coupang-review&sort=price',
    ],
  },
  // a name spelt after Telegram's invite sign: Telegram draws its invites' names, so one spelling the brand is
  // forged; a drawn invite, a phone number, another name and the brand's public handle stay
  "a forged Telegram invite in the brand's name": {
    flag: [
      'https://t.me/+coupang_fan_room',
      'https://t.me/+CoupangEatsFans',
      'https://telegram.me/+rocketwow_club',
    ],
    clean: [
      'https://t.me/+Xk2_pQ9-aLm3ZrT7',
      'https://t.me/+821012345678',
      'https://t.me/+pangyo_dev_room',
      'https://t.me/coupang_fan_room',
      // (a `+` name elsewhere, an old Google+ vanity address on YouTube, is no Telegram invite)
      'https://www.youtube.com/+CoupangKorea',
    ],
  },
  // on a messenger's chat (LINE's add-friend link, a Discord invite) the brand with a word for Korea is no regional
  // account of the brand's; on a social profile it still is, and the brand alone or with other words stays
  "the brand's Korean name on a messenger's chat": {
    flag: [
      'https://line.me/ti/p/~coupangeats_kr',
      'https://discord.com/invite/rocketwow-korea',
      'https://line.me/R/ti/p/@coupangplay-kr',
    ],
    clean: [
      'https://www.instagram.com/coupangplay_kr/',
      'https://www.tiktok.com/@coupangeats_kr',
      'https://line.me/R/ti/p/@coupang',
      'https://discord.gg/coupang-sellers-club',
      'https://line.me/R/ti/p/@coupang-tw',
    ],
  },
};

describe("domain38: classes from tune30's misses", () => {
  for (const [name, { flag, clean }] of Object.entries(cases))
    describe(name, () => {
      for (const u of flag) it(`flags ${u}`, () => expect(verdict(u)).toBe('lookalike'));
      for (const u of clean) it(`keeps ${u} clean`, () => expect(verdict(u)).not.toBe('lookalike'));
    });
});
