import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes domain48 took from tune36's "not reached" rows (author 37) and the lead's call on `cupng`, each judged
// by a rule written apart from the corpus (other hosts, lure words, TLDs and folders), with the honest addresses
// beside each rule that must stay clean.
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

const cases: Record<string, { flag: string[]; clean: string[] }> = {
  // `cupng` (the name less its `o` and `a`) is an abbreviation of the list, the lead's call: after lure words it reads
  // as before them, as `claim-cpang` does; alone it keeps the squeezed outline's reading (cheap TLDs and Korean
  // suffixes only), while `cpang` and `coupg` alone, a run of letters cut out as a short form is, stay anyone's
  "cupng after lure words, and the abbreviations' own readings alone": {
    flag: ['claim-cupng.kr', 'bosang-cupng.top', 'https://verify-cupng.xyz/', 'cupng.club'],
    clean: [
      // (domain62 flags `cupng.com`, `cpang.kr`, `coupg.pro`: the brand's own abbreviations alone or with lure
      // words, by measuring; test/domain/classes-domain62.test.ts)
      'cupng-shop.kr',
      'photo-cupng.cc',
      'my-cupng.com',
      'copng-eats.com',
    ],
  },
  // an abbreviation naming the brand alone as the subdomain of another name with a page that asks: a landing put on
  // a site taken over. The name alone, another page, a firm's account on a service's `.com`, the ticker over a
  // forum's name and a control panel's `cp` stay anyone's
  'the abbreviation as a subdomain over a page that asks': {
    flag: [
      'https://cpang.hanul-yoga.org/verify',
      'https://coupg.daeseong-church.org/login.php',
      'https://cupng.green-farm.info/auth',
    ],
    clean: [
      'https://cpang.hanul-yoga.org/',
      'https://cpang.hanul-yoga.org/gallery',
      'https://cpang.zendesk.com/login',
      'https://cpng.stock-club.org/login',
      'https://cp.hanul-yoga.org/login',
      // 김창's own pages under his name's subdomain
      'https://cpang.kimchang-photo.org/about',
      'https://cpang.kimchang-photo.org/members',
    ],
  },
  // the abbreviation with a word of its own as the registrable name on a TLD phishing all but owns, handing out an
  // app (`/down`, `/install`): the brand's apps come from the stores. On `.com`, on `.cc`, or with no such page it
  // stays anyone's
  'the abbreviation handing out an app on a notorious TLD': {
    flag: [
      'https://coupg-apps.top/install',
      'https://cpang-mobile.cyou/down',
      'https://cupng-app.buzz/download',
    ],
    clean: [
      'https://cpang-app.com/download',
      'https://cpang-photos.cc/download',
      'https://cpang-mobile.cyou/',
    ],
  },
  // a site's mobile copy at its root (`/m/`, `/mobile/`) before a kit's first folder: the phone pages a text message
  // opens. The folder alone, a review, a notice and a control panel's `cp` stay anyone's
  "a kit's first folder under the mobile copy": {
    flag: ['https://blue-harbor.store/m/cpang/verify', 'https://hanok-stay.net/mobile/coupang/login'],
    clean: [
      'https://blue-harbor.co.kr/m/coupang/',
      'https://blue-harbor.co.kr/m/coupang/review',
      'https://blue-harbor.co.kr/m/coupang/notice',
      'https://blue-harbor.co.kr/m/cp/login',
      // a blog's and a news site's category on their phone pages, a shop's control panel, 김창's own folder
      'https://daily-review.kr/m/쿠팡/',
      'https://news-today.com/m/category/coupang/login',
      'https://my-shop.kr/m/cp/login.php',
      'https://kimchang.kr/m/cpang/',
    ],
  },
  // a hidden folder in a CMS's system code named with an abbreviation (its dot no letter of the name) over a page that
  // asks; a script there, an admin area's, a cache's and a hidden folder at a site's root stay anyone's
  "a hidden abbreviation's folder in a CMS's system code": {
    flag: [
      'https://www.maru-bakery.kr/wp-includes/js/.cp/verify.php',
      'https://www.maru-bakery.kr/wp-includes/.cpng/login.php?u=3',
    ],
    clean: [
      'https://www.maru-bakery.kr/wp-includes/js/.cp/cp.js',
      'https://www.maru-bakery.kr/wp-admin/.cp/login.php',
      'https://www.maru-bakery.kr/wp-includes/js/.cache/login.php',
      'https://www.maru-bakery.kr/.cp/login.php',
    ],
  },
  // a drawn name led by a number (`7xkrtvd`: five consonants or more, no vowel) on a TLD kits register, serving the
  // brand or its abbreviation as its page or folder, as `xkrtvd` would; a number before a word, and `.com`, stay
  'a number-led drawn name serving the brand': {
    flag: ['https://7xkrtvd.top/coupang.html', 'https://3pqzwkm.live/cpang/'],
    clean: [
      'https://3dprint.shop/coupang/',
      'https://7eleven.live/coupang.html',
      'https://24hours.shop/coupang/',
      'https://7xkrtvd.com/coupang.html',
    ],
  },
  // an abbreviation naming the brand alone with romanised Korean words only (이벤트 `ebenteu`, 지연 `jiyeon`) on a TLD
  // of throwaway names or a Korean suffix; the ticker, `.com`, English words and an English `-eo` stay anyone's
  'the abbreviation with romanised Korean words': {
    flag: ['cpang-ebenteu.work', 'coupg-jiyeon.pw', 'cpang-saengseong.kr'],
    clean: ['cpng-ebenteu.kr', 'cpang-ebenteu.com', 'cpang-rodeo.work', 'cpang-studio.work'],
  },
  // the core name spelt backwards as a whole word before lure words; alone, with other words, glued to more
  // letters, or any other word starting so stays anyone's
  'the core name spelt backwards with lure words': {
    flag: ['gnapuoc-bosang.com', 'gnapuoc-refund.kr', 'www.gnapuoc-login.xyz', 'gnapuoc-saengseong.top'],
    clean: ['gnapuoc.top', 'gnapuoc-studio.com', 'gnapuocx-refund.top', 'gnapuoc.com', 'gnapping-refund.top'],
  },
  // an IPFS subdomain gateway's label is a content id however short it is written: the brand as a skin's value in
  // its query is a kit's. A search there, a tracker's tag, an IPNS site's name and a name without a digit stay
  "the brand as a skin on an IPFS gateway's content": {
    flag: ['https://k2r8v4m9qz.ipfs.w3s.link/?b=coupang', 'https://x9fj3k2lq.ipfs.dweb.link/?app=coupang'],
    clean: [
      'https://k2r8v4m9qz.ipfs.w3s.link/?q=coupang',
      'https://k2r8v4m9qz.ipfs.w3s.link/?utm_source=coupang',
      'https://en-wikipedia--on--ipfs-org.ipns.dweb.link/?b=coupang',
      'https://research.ipfs.tech/?b=coupang',
    ],
  },
};

describe('domain48 classes (tune36)', () => {
  for (const [name, { flag, clean }] of Object.entries(cases)) {
    describe(name, () => {
      for (const u of flag) it(`flags ${u}`, () => expect(verdict(u)).toBe('lookalike'));
      for (const u of clean) it(`leaves ${u} clean`, () => expect(verdict(u)).not.toBe('lookalike'));
    });
  }
});
