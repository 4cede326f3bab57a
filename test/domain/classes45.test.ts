import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { romanisedKorean } from '../../lib/domain/lure';
import { bundledList } from '../../lib/lists/bundled';

// The classes domain45 took from tune35's misses (author 36), each judged by a rule written apart from the corpus
// (other Korean words, spellings and TLDs), with the honest addresses beside each rule that must stay clean: the
// city's (Kupang) and the barangay's (Cupang) own Malay, Tagalog and English names, words that only look Korean.
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

const cases: Record<string, { flag: string[]; clean: string[] }> = {
  // a romanisation of 쿠팡 or a slip of the name beside a romanised Korean word that no list names (경보 `gyeongbo`,
  // 해약 `haeyak`, 대기 `daegi`, 특별 `teukbyeol`, 검사 `geomsa`): the name speaks to Korean shoppers as a listed
  // Korean lure word does. The city's and the barangay's words, English and the city's own suffix stay theirs.
  'a romanised name or a slip beside a romanised Korean word': {
    flag: [
      'kupang-gyeongbo.shop',
      'https://kupang-haeyak.top/m/',
      'kwupang-haeyak.com',
      'kuppang-daegi.xyz',
      'kupaeng-teukbyeol.site',
      'khupang-geomsa.online',
      'cupang-haeyak.club',
      'coopangeats-daegi.top',
    ],
    clean: [
      'kupang-wisata.com',
      'kupang-pantai.com',
      'kupang-kota.id',
      'cupang-bayanihan.com',
      'kupang-gyeongbo.co.id',
      'kupang-rodeo-club.com',
      'gyeongbo-haeyak.top',
    ],
  },
  // a slip of the name with a romanised Korean word glued on after it (`copang` + 해약, `coupag` + 경보), also where
  // the slip took one of the name's letters: judged as a listed lure word glued on is (`coupanbosang`). Malay and
  // English words glued on stay anyone's.
  'a slip of the name with a romanised Korean word glued on': {
    flag: [
      'copanghaeyak.shop',
      'coupaggyeongbo.xyz',
      'https://coupanteukbyeol.top/login',
      'coupnggeomsadaegi.site',
    ],
    clean: ['copangkota.com', 'coupanbayan.com', 'coupanroad.com', 'kopanghaeyak.com'],
  },
};

describe('domain45 classes (tune35)', () => {
  for (const [name, { flag, clean }] of Object.entries(cases)) {
    describe(name, () => {
      for (const u of flag) it(`flags ${u}`, () => expect(verdict(u)).toBe('lookalike'));
      for (const u of clean) it(`leaves ${u} clean`, () => expect(verdict(u)).not.toBe('lookalike'));
    });
  }
});

describe('romanisedKorean', () => {
  it('reads Revised Romanization words with a vowel only it writes so', () => {
    for (const w of ['anjeon', 'gyeongbo', 'teukbyeol', 'haeyak', 'gogaeksenteo', 'sillyeeo'])
      expect(romanisedKorean(w), w).toBe(true);
  });
  it('leaves English and Malay words, short words and words without such a vowel', () => {
    for (const w of [
      'people',
      'video',
      'geografi',
      'neon',
      'kota',
      'bayan',
      'komodo',
      'hwagin',
      'tempo',
      'rodeo',
      'romeo',
    ])
      expect(romanisedKorean(w), w).toBe(false);
  });
});
