import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes domain24 took from the tuning halves' misses (tune19–tune21), each judged by a rule written apart from
// the corpus (other hosts, folders and words), with the honest addresses each rule must leave alone.
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

const cases: Record<string, { flag: string[]; clean: string[] }> = {
  // 개인정보 (personal data) romanised and run together, `gaeinjeongbo`, beside a real word near the brand (the
  // betta fish `cupang`, the city Kupang): Korean lure words glued speak Korean as one lure word apart does
  'romanised Korean lure words run together beside a real word near the brand': {
    flag: [
      'gaeinjeongbo-kupang.shop',
      'cupang-gaeinjeongbo.com',
      'https://kupanggaeinjeongbo.net/login',
      'jeongbogaein-cupang.co',
    ],
    clean: [
      // the city's and the fish farmers' own words run together, and the words apart beside the ticker
      'kupang-infocenter.id',
      'kupang-eventhub.id',
      'cupang-farmstore.ph',
      // (domain62 flags `cpng-jeongbo.com`: the brand's own abbreviations alone or with lure words, by measuring;
      // test/domain/classes-domain62.test.ts)
      'gaeinjeongbo-news.kr',
    ],
  },
  // an intent that opens the brand's app by its scheme or package and, without the app, hands out an app file from
  // a host of nobody's: the brand's own intents fall back to its site or the store
  "an intent for the brand's app falling back to another host's app file": {
    flag: [
      'intent://open#Intent;scheme=coupangeats;S.browser_fallback_url=https%3A%2F%2Fdl-7q.example%2Feats.apk;end',
      'intent://x#Intent;package=com.coupang.mobile;S.browser_fallback_url=https://cdn7.net/files/Update.APK;end',
      'intent://pay#Intent;scheme=coupang;package=com.coupang.mobile.lite;S.browser_fallback_url=https%3A%2F%2Ffiles-cdn.net%2Fcp.apk;end',
    ],
    clean: [
      // the brand's own fallback, an affiliate's page, another app's file, a word near the brand
      'intent://x#Intent;scheme=coupang;package=com.coupang.mobile;S.browser_fallback_url=https%3A%2F%2Fwww.coupang.com%2F;end',
      'intent://x#Intent;scheme=coupang;package=com.coupang.mobile;S.browser_fallback_url=https%3A%2F%2Fdeals.example%2Fcoupang;end',
      'intent://x#Intent;scheme=kakaotalk;package=com.kakao.talk;S.browser_fallback_url=https%3A%2F%2Fmirror.example%2Fkakao.apk;end',
      'intent://x#Intent;scheme=coupon;package=com.coupon.app;S.browser_fallback_url=https%3A%2F%2Fdl.example%2Fa.apk;end',
      'intent://x#Intent;scheme=kupang;S.browser_fallback_url=https%3A%2F%2Fdl.example%2Fa.apk;end',
    ],
  },
  // a public IPv4 address written in hex, as one number or in octal, whose first folder is one of the brand's
  // abbreviations (`cp` as well as the ticker): no honest link disguises where it goes
  'a disguised IP address with the abbreviation as its folder': {
    flag: [
      'http://0x5DB8D822/cp/verify',
      'http://1572395042/cp/',
      'http://0135.0270.0330.042/cp/index.php',
      'http://0x5d.0xb8.0xd8.0x22/cpg/login',
    ],
    clean: [
      // written plainly (cPanel's folder), a router's address written as a number, other folders
      'http://93.184.216.34/cp/',
      'http://93.184.216.34:2082/cp/login',
      'http://3232235777/cp/',
      'http://0x7f000001/cp/login',
      'http://0x5DB8D822/cpanel/',
      'http://0x5DB8D822/',
      'http://1572395042/cup/login',
    ],
  },
  // the brand as a kit's unpacked folders name it: its name in capitals as the only folder with an index page, or a
  // page named for it alone in a folder named by one of its abbreviations
  "the brand as a kit's folder": {
    flag: [
      'https://hanbit-travel.com/COUPANG/index.html',
      'http://bakery-jinju.co.kr/COUPANGEATS/index.php',
      'https://lunar-shop.com/cp/coupang.php',
      'https://sori-music.net/cpng/coupangpay.html',
      'https://minji-nails.com/event/cp/coupang.htm',
    ],
    clean: [
      // a tag's, tracker's or blog's folder in lower case or mixed, a bare folder, another folder's page, a word
      // near the brand, a shared host's folder, another brand in capitals
      'https://deals.example/coupang/index.html',
      'https://a9-cdn.top/coupang/',
      'https://www.teamblind.com/kr/company/Coupang/index.html',
      'https://sale-blog.com/COUPANG/',
      'https://reviews.example/reviews/coupang.html',
      'https://coupons.example/cp/coupon.html',
      'https://x.example/cp/kupang.html',
      'https://news.example/NAVER/index.html',
      'https://x.example/COUPANG-REVIEW/index.html',
    ],
  },
  // an Android app file offered in the brand's name on a host that speaks for nobody (a throwaway's): the kit's app,
  // as a lure word would say
  "an app file in the brand's name on a throwaway host": {
    flag: [
      'https://qz4.pw/app/coupang/apk',
      'https://jx8.cc/dl?app=coupangeats&type=apk',
      'https://r7-22.icu/coupangplay/apk/',
    ],
    clean: [
      // an ordinary name's folder, a throwaway's app file without the brand, a word that is not the file's
      'https://apkmirror.example/coupang/apk',
      'https://mindsort.com/coupang/apk',
      'https://qz4.pw/apk/',
      'https://qz4.pw/coupang/apkinfo',
    ],
  },
  // the account's own page as Korean shops name it (`mypage`, 마이페이지) beside the brand on a host that speaks for
  // nobody or an invented name on a cheap TLD: a kit's route to the login it shows
  'the account page beside the brand on a throwaway or invented host': {
    flag: [
      'https://qvt.online/#/coupang/mypage',
      'https://rulemi.fun/?ref=coupang&go=mypage',
      'https://tepelosol.store/#/coupang/마이페이지',
    ],
    clean: [
      // an ordinary name, another brand, a word that is not the page's
      'https://nuhan.com/#/coupang/mypage',
      'https://shop.co.kr/coupang/mypage',
      'https://qvt.online/#/gmarket/mypage',
      'https://qvt.online/#/coupang/mypages-list',
    ],
  },
  // the brand's initials with a visit's lure word as a registrable name, and a Korean lure word in the subdomains
  // its owner named below it: the Korean cue a Korean lure word in the name itself is
  'a Korean lure word below the abbreviation with a lure word': {
    flag: ['jeongbo-yuchul.cp-center.online', 'pihae.cp-help.net', 'www.hwanbul.cp-support.kr'],
    clean: [
      // a control panel's help site and its ordinary subdomains, a Korean word on a forum's own name
      'cp-help.online',
      'login.cp-help.online',
      'www.cp-help.online',
      'bosang.cp-club.com',
    ],
  },
};

describe('domain24 classes', () => {
  for (const [name, { flag, clean }] of Object.entries(cases))
    describe(name, () => {
      it.each(flag)('%s is a look-alike', (u) => expect(verdict(u)).toBe('lookalike'));
      it.each(clean)('%s is not', (u) => expect(verdict(u)).not.toBe('lookalike'));
    });
});
