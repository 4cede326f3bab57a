import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes domain40 took from tune31's misses (author 32's half), each judged by a rule written apart from the
// corpus (other hosts, tags and platforms), with the honest addresses beside each rule that must stay clean.
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

const cases: Record<string, { flag: string[]; clean: string[] }> = {
  // `com-` and an abbreviation that names the brand alone, then nothing, a tag or a domain's word, on a TLD kits
  // register by the hundred: after the brand's site in a text it reads as `coupang.com-cpng.top`; `.com`, `.kr`,
  // `cp` (many firms' initials) and a word of its own stay anyone's
  'a com- name of the brand cut short': {
    flag: [
      'https://com-cpng.top/',
      'https://com-coupg-k2.icu/m',
      'https://com-cpang-kr.sbs/login',
      'https://com-cpng-www.xin/',
      'https://com-cpang77.cc/',
    ],
    clean: [
      'https://com-cpng.com/',
      'https://com-cpang.kr/',
      'https://com-cp.top/',
      'https://com-cpang-studio.top/',
      'https://com-care.top/',
      'https://com-hub.xyz/',
    ],
  },
  // the brand cut short as the account on a Korean web host (dothome, woobi, Cafe24, ivyro), a tag of digits after
  // it or not; `cp` and a word of its own, and the same on a host of other countries, stay anyone's
  'the brand cut short as a Korean web host account': {
    flag: [
      'http://cpng.dothome.co.kr/',
      'http://cpang7.woobi.co.kr/index.php',
      'http://coupg2024.mycafe24.com/',
      'http://cpng88.cafe24app.com/m',
      'http://cpang.ivyro.net/',
    ],
    clean: [
      'http://cp7.dothome.co.kr/',
      'http://cpangstudio.dothome.co.kr/',
      'http://cpng-fans.ivyro.net/',
      // (domain62 flags `http://cpang.github.io/`, `http://cpang.netlify.app/`: the brand's own abbreviations alone
      // or with lure words, by measuring; test/domain/classes-domain62.test.ts)
      'http://www.dothome.co.kr/',
    ],
  },
  // the brand cut short and a tag of digits (a kit's numbered batch) as the name on a TLD of throwaway names (`.cc`,
  // `.work`, `.pw`, besides the lure TLDs); a firm's own word there, `cp` and `.com` stay anyone's
  "a numbered batch of the brand's short on a throwaway TLD": {
    flag: ['https://cpng-a12.cc/', 'https://cpang07.work/', 'https://coupg-x3.pw/m'],
    // (domain62 flags `https://cpng-a12.com/`: the brand's own abbreviations alone or with lure words, by
    // measuring; test/domain/classes-domain62.test.ts)
    clean: ['https://cp-a12.cc/', 'https://cpangstudio.cc/', 'https://cpnet.cc/'],
  },
  // text an SMS client glued to the link's end (a Korean particle after a Latin letter, an arrow) on a drawn name's
  // folder: the message's, not the path's; the brand's Hangul name (`쿠팡페이`, ending in 이) is read whole, and a
  // pronounceable name, `.com` and the brand among other folders stay anyone's as before
  "text glued to a drawn name's folder": {
    flag: [
      'https://wqtrz.top/coupang으로',
      'https://bxmcl.xin/coupangplay를',
      'https://hlqvs.cyou/cp/hwanbul→',
      'https://zvngh.icu/cpang»',
      'https://wqtrz.top/%EC%BF%A0%ED%8C%A1%ED%8E%98%EC%9D%B4',
    ],
    clean: [
      'https://melodia.shop/coupang에서',
      'https://wqtrz.com/coupang으로',
      'https://wqtrz.top/blog/coupang을',
      'https://wqtrz.top/cp/12345▶',
    ],
  },
};

describe("domain40: classes from tune31's misses", () => {
  for (const [name, { flag, clean }] of Object.entries(cases))
    describe(name, () => {
      for (const u of flag) it(`flags ${u}`, () => expect(verdict(u)).toBe('lookalike'));
      for (const u of clean) it(`keeps ${u} clean`, () => expect(verdict(u)).not.toBe('lookalike'));
    });
});
