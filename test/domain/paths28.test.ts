import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';
import { olderRomanizations, soundRomanizations } from '../../lib/letters';

// The classes domain31 took from tune26's misses, each judged by a rule written apart from the corpus (other hosts,
// names and words), with the honest addresses beside each rule that must stay clean.
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

const cases: Record<string, { flag: string[]; clean: string[] }> = {
  // the brand's Hangul service names romanised by their sound, generated from the list's names (쿠팡플레이 →
  // kupangpeullei, 로켓프레시 → roketpeuresi, 쿠팡플렉스 → kupangpeulleksu, 쿠팡페이 → kupangpei); a short one (쿠페이 →
  // kupei) may be a word or a name somewhere, so a look-alike with a lure word, a Korean suffix or a lure TLD only
  "the service names' Hangul romanised by sound": {
    flag: [
      'kupangpeullei-login.com',
      'https://kupangpeullei.net/renew',
      'roketpeuresi-refund.shop',
      'kupangpeulleksu.com',
      'kupangpei-bosang.net',
      'kupei-refund.com',
      'kupei.kr',
    ],
    clean: ['kupei.com', 'www.kupei.de', 'kupei-shop.com', 'peullei.com', 'roket.com'],
  },
  // the core name in McCune–Reischauer's aspirates (kh, ph) and Yale's (kh, ph, wu), which only papers and kits use
  'the name in the older romanisations': {
    flag: ['khuphang.com', 'https://khwuphang.net/login', 'khuphang-refund.kr', 'khwuphang.shop'],
    clean: ['phang.com', 'kophangan-hotel.com', 'https://www.kophangan.com/'],
  },
  // a short link named by the brand's own abbreviation (the ticker) with a word that asks for a login, money or an
  // identity, as a host so named is; the ticker with investors' words or alone, or on a developer's host, stays
  // anyone's
  'a short link named cpng with a word that asks': {
    flag: ['https://bit.ly/cpng-refund', 'https://han.gl/cpng-login', 'https://cutt.ly/cpng_verify'],
    clean: [
      'https://bit.ly/cpng-support',
      'https://bit.ly/cpng-dividend',
      'https://cutt.ly/cpng',
      'https://github.com/cpng-refund',
    ],
  },
  // a centre named by another kind of word is that trade's (a dive centre in Kupang, the city); a customer centre's
  // service (call, help, cs) and a lure word still make the city's name a look-alike
  "a trade's centre beside the city's name": {
    flag: [
      'kupang-center.com',
      'kupang-cs-center.com',
      'kupang-call-center.com',
      'kupang-dive-center-login.com',
      'coupang-dive-center.com',
    ],
    clean: ['kupang-dive-center.com', 'kupang-fitness-centre.net', 'www.kupang-medical-center.co.id'],
  },
  // a redirect script's parameter whose value is a bare host name (no scheme): the script adds it and the link leads
  // there; a checker's or a report form's `?url=` takes a host to judge, and an official host or a file leads nowhere
  "a redirect script's bare host": {
    flag: [
      'https://cafe-hanok.kr/redirect.php?url=coupang-login.xyz',
      'https://gw.sms-kr.example/l?u=cpng-refund.top',
      'https://shop.example.com/out?go=coupangeats-bosang.shop&src=sms',
    ],
    clean: [
      'https://safebrowsing.google.com/safebrowsing/report_phish/?url=coupang-login.xyz',
      'https://cafe-hanok.kr/redirect.php?url=www.coupang.com',
      'https://cafe-hanok.kr/redirect.php?url=news.naver.com',
      'https://checker.example/scan?url=coupang-login.xyz',
    ],
  },
  // a text message's prefilled body and an iOS install link's manifest: the host there is where the reader is sent;
  // an official or an unknown one there, or none, leaves the link as it was
  "an sms: body's or an itms-services manifest's host": {
    flag: [
      'sms:01012345678?body=coupangeats-refund.shop',
      'sms:+8215887011?body=%EC%95%88%EB%82%B4%20https%3A%2F%2Fcpng-login.top%2Fx',
      'itms-services://?action=download-manifest&url=https%3A%2F%2Fcoupang-app.xyz%2Fm.plist',
    ],
    clean: [
      'sms:1577-7011?body=www.coupang.com',
      'sms:01012345678?body=hello',
      'itms-services://?action=download-manifest&url=https://apps.example.com/manifest.plist',
    ],
  },
};

describe('domain31: classes from tune26', () => {
  for (const [name, { flag, clean }] of Object.entries(cases))
    describe(name, () => {
      for (const u of flag) it(`flags ${u}`, () => expect(verdict(u)).toBe('lookalike'));
      for (const u of clean) it(`keeps ${u} clean`, () => expect(verdict(u)).not.toBe('lookalike'));
    });

  it('generates the romanisations from the Hangul', () => {
    expect(soundRomanizations('쿠팡플레이')).toEqual(['kupangpeullei']);
    expect(soundRomanizations('쿠팡플렉스')).toEqual(['kupangpeullekseu', 'kupangpeulleksu']);
    expect(soundRomanizations('로켓프레시')).toEqual(['roketpeuresi']);
    expect(olderRomanizations('쿠팡')).toEqual(['khuphang', 'khwuphang']);
    expect(olderRomanizations('로켓')).toEqual(['rokhet']);
  });
});
