import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes of misses domain60 took from tune43, with invented addresses written apart from the corpus, each
// unknown or invalid before the round: a bare final letter part typed after an open syllable (쿠파ㅇ, as the input
// method composes it: 쿠팡); a `javascript:` link that builds its address from string literals joined with `+`; a
// product name that is common words too (Rocket Growth) beside only the word for the people the list says it is for
// (`seller`); the brand's Korean romanisation (`kupang`, a real word: the city) with only the brand's shop or
// membership words (`mall`, `shop`, `wow`) on a TLD kits register by the hundred. Beside them their honest twins,
// which stay as they were: the product with a guide's or a calculator's word, the city's own businesses, the city
// on `.id`, a script that joins a literal to a variable, an official address built from literals. Last, the brand's
// name typed with the Korean input off with one key slipped onto its neighbour where no syllable is left (`znbkd`).
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

const flag = [
  // a final typed after an open syllable closes it (쿠파ㅇ → 쿠팡), in a Korean shop's or any suffix
  '쿠파ㅇ-bosang.kr',
  'https://쿠파ㅇ.net/login',
  '쿠파ㅇ몰.com',
  // literals joined into the address the script opens
  "javascript:location.href='https://coupang'+'-bosang.xyz/'",
  'javascript:window.open("https:"+"//"+"cou"+"pang-login.shop")',
  "javascript:location.replace('https://' + 'coupang-verify' + '.top/')",
  // Rocket Growth with only its sellers' word, spelt as kits write it
  'rocketgrowth-sellers.net',
  'rocketgrowthseller.org',
  'rocketgrowth-seller.io',
  // the romanised brand with only its shop's or membership's words
  'kupang-mall.store',
  'kupangshop.fun',
  'kupang-wow.space',
  'kupangmall-shop.website',
  // the brand's keys typed with the Korean input off, one key slipped onto its neighbour where no syllable is left
  'znbkd.co',
  'znbkd-bosang.kr',
];

const notFlagged = [
  // other letters after an open syllable, no brand (ㅋ for laughter)
  '하하ㅋ.kr',
  '가나ㅇ.com',
  // a literal joined to a variable, and literals joined into an official or unrelated address
  "javascript:location.href='https://'+host+'/coupang'",
  "javascript:location.href='https://'+'www.coupang.com/'",
  "javascript:window.open('https://blog'+'.example.com/coupang')",
  // Rocket Growth with a guide's, a calculator's or a course's word, alone, or its sellers' word with digits or more
  'rocketgrowth-guide.com',
  'rocketgrowth-calc.net',
  'rocketgrowth.com',
  'rocketgrowth-seller-academy.com',
  'rocketgrowth-seller7.com',
  // the city's businesses, and the shop's words on the city's own countries' suffixes
  'kupang-mart.com',
  'kupangmarket.net',
  'kupang-hotel.com',
  'kupang-travel.com',
  'kupang-mall.id',
  'kupangshop.co.id',
  'kupang-wow-wisata.com',
  // off the TLDs kits register by the hundred the same names stay the city's (tune5's, tune8's, tune18's and
  // domain46's decisions), and the pay service's romanisation with a shop stays a word
  'kupangmall.com',
  'kupang-wow.com',
  'kupei-shop.net',
  // the keys with the first one slipped, or two slipped
  'qnbkd.com',
  'zmbkd.net',
];

describe("domain60: 쿠파ㅇ, joined script literals, a seller programme's name with its sellers, kupang's shop", () => {
  for (const u of flag) it(`flags ${u}`, () => expect(verdict(u)).toBe('lookalike'));
  for (const u of notFlagged) it(`leaves ${u} unflagged`, () => expect(verdict(u)).not.toBe('lookalike'));
});
