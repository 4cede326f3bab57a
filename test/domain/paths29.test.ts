import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes domain32 took from tune26's leftovers, each judged by a rule written apart from the corpus (other
// hosts, names and words), with the honest addresses beside each rule that must stay clean.
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

const cases: Record<string, { flag: string[]; clean: string[] }> = {
  // a shop's own skins (`shop/skin/<name>/`): a skin holds PHP templates and styles, so one serving a static index
  // page under the brand's name, or named brand + lure words, is a kit dropped there; a skin named otherwise, a
  // skin's templates and a WordPress plugin's own folder stay anyone's
  "a shop skin's folder named for the brand": {
    flag: [
      'https://blumen-laden.example.de/shop/skin/coupang/index.html',
      'http://osaka-ramen.example.jp/shop/skin/coupang-bosang/index.html',
      'https://www.dental-lab.example.kr/shop/skin/coupangpay-refund/index.html',
      'https://gym-seongsu.example.kr/skin/board/coupang/index.html',
    ],
    clean: [
      'https://blumen-laden.example.de/shop/skin/basic/index.html',
      'https://blumen-laden.example.de/shop/skin/coupang/list.skin.php',
      'https://blumen-laden.example.de/shop/skin/coupang/style.css',
      'https://myblog.example.com/wp-content/plugins/coupang/index.html',
      'https://myblog.example.com/wp-content/plugins/coupang-partners/assets/js/app.js',
    ],
  },
  // a folder a board's root or a server's scratch folder serves by itself, named brand + lure words: boards live in
  // the board's script, nobody links a visitor into a scratch folder; the brand alone (a forum's section), an
  // article word and a board's script stay anyone's
  "a board's or a scratch folder's served folder": {
    flag: [
      'https://cafe-mokpo.example.kr/bbs/coupang-bosang/',
      'http://bakery-busan.example.com/board/coupangeats-refund/',
      'https://yoga-daegu.example.kr/tmp/coupang_cs/',
      'https://law-office.example.com/temp/coupang-hwanbul/m/',
    ],
    clean: [
      'https://deal-forum.example.kr/bbs/coupang/',
      'https://deal-forum.example.kr/bbs/coupang-deals/',
      'https://deal-forum.example.kr/bbs/board.php?bo_table=coupang',
      'https://yoga-daegu.example.kr/tmp/coupang/',
      'https://yoga-daegu.example.kr/tmp/coupang-price-notes/',
    ],
  },
  // a site folder's mobile copy (`…/m/`) is the folder above it, for phones: a media folder's served folder and a
  // deep folder's login page are read through it; a mobile copy of an honest folder stays
  "a kit's folder through its mobile copy": {
    flag: [
      'https://piano-academy.example.kr/img/coupang-bosang/m/',
      'https://florist.example.com/assets/coupangeats_cs/mobile/',
      'https://interior.example.kr/modules_x/coupang-security/m/login.html',
      'https://interior.example.kr/lib/coupang/mo/verify.php',
    ],
    clean: [
      'https://piano-academy.example.kr/img/coupang/m/',
      'https://piano-academy.example.kr/img/coupang-logo/m/',
      'https://news.example.kr/m/coupang-breach-compensation/',
      'https://shop.example.kr/coupang/m/list.html',
    ],
  },
  // a paid membership's renewal is a lure as its cancellation is (`rocketwow-renewal`); the word beside anything
  // else, and the brand's name beside an article's words, stay anyone's
  "a membership's renewal as a lure word": {
    flag: [
      'https://travel-agency.example.com/data/file/coupang-renew/index.php',
      'https://pension-jeju.example.kr/theme/basic/rocketwow-renewal/index.html',
      'https://tally.so/r/w4Lk9x?rocketwow-renewal',
    ],
    clean: [
      'https://city-library.example.org/renewal/',
      'https://www.license-renewal.example.gov/apply',
      'https://news.example.kr/2026/01/rocketwow-renewal-price-up',
      'renewal.example.com',
    ],
  },
  // short links, shared documents and posts titled by the sender: the name less letters (`cpang`, not the ticker)
  // beside any lure word on a shortener; a post's bare tag or a document's bare anchor of the brand with lure words
  // only; a one-parameter tag on a shared host read as one name
  "short links, tags and anchors of the sender's": {
    flag: [
      'https://han.gl/cpang-gift',
      'https://bit.ly/coupg-event',
      'https://blog.naver.com/someone77/223000111222?coupang-hwanbul',
      'https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789/edit#coupang-bosang',
      'https://qr.kakao.com/talk/ab12cd34?coupangeats=refund',
    ],
    clean: [
      'https://bit.ly/cpng-event',
      'https://han.gl/cpang-airfryer',
      'https://blog.naver.com/someone77/223000111222?coupang',
      'https://docs.google.com/document/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789/edit#heading=h.coupang',
      'https://docs.google.com/document/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789/edit#coupang-history',
      'https://qr.kakao.com/talk/ab12cd34?lang=ko',
      'https://www.example-shop.com/item?coupang=bosang',
    ],
  },
  // hand-offs that name the brand: a Telegram invite's name with the customer centre's digits, a TestFlight
  // invitation tagged with the brand, a store page of a package named with a security word (안심, ansim), a Windows
  // installer or an app package named for the brand (in Hangul with 앱, or cut by a right-to-left override); the
  // brand's own store pages and a developer's tool stay clean
  'hand-offs named for the brand': {
    flag: [
      'https://t.me/+coupang_7011',
      'https://testflight.apple.com/join/Xy12AbCd?coupangplay',
      'https://play.google.com/store/apps/details?id=kr.co.coupang.ansim',
      'https://dl-kr.example.top/CoupangSupport.exe',
      'https://files.example.net/coupang_remote_setup.msi',
      'https://a1b2.example.shop/%EC%BF%A0%ED%8C%A1%EC%9D%B4%EC%B8%A0%EC%95%B1.apk',
      'https://dl.example.net/coupang%E2%80%AEfdp.apk',
    ],
    clean: [
      'https://t.me/+AbCdEf123456',
      'https://testflight.apple.com/join/Xy12AbCd',
      'https://play.google.com/store/apps/details?id=com.coupang.mobile',
      'https://github.com/dev/coupang-crawler/releases/download/v1/coupang-crawler.exe',
      'https://dl.example.net/ansim-viewer.exe',
    ],
  },
  // Hangul as it is said: 쿠팡's letter parts split over the syllables another way (a last consonant before a silent
  // ㅇ is heard as the next syllable's first: 쿱앙 is said 쿠방), and a service name with a later syllable's first
  // consonant of its own sound (로켓배송 as 로켓패송, 로겟배송) or a cute ending's y-glide (로켓배숑); another first
  // sound, another last consonant and a word that only shares the outline stay
  'Hangul re-split and said alike': {
    flag: ['쿱앙-보상.com', 'xn--352bz8qpqi.shop', '로켓패송.shop', '로켓와유.com', '로껫배송.kr'],
    clean: ['굽앙.com', '로켓배속.com', '포켓배송.com', '국앙.kr', '로켓.com'],
  },
};

describe('domain32: classes from tune26', () => {
  for (const [name, { flag, clean }] of Object.entries(cases))
    describe(name, () => {
      for (const u of flag) it(`flags ${u}`, () => expect(verdict(u)).toBe('lookalike'));
      for (const u of clean) it(`keeps ${u} clean`, () => expect(verdict(u)).not.toBe('lookalike'));
    });
});
