import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/page/index';
import { light, tight } from '../../lib/page/normalize';
import { parse } from './helpers';

/** Ways a phishing page writes the brand so that a plain text search misses it. */
const HIDDEN: [string, string][] = [
  ['Cyrillic С', '\u0421oupang'],
  ['Cyrillic с, а', '\u0441oup\u0430ng'],
  ['Cyrillic о, р', 'C\u043eu\u0440ang'],
  ['Greek omicron', 'C\u03bfupang'],
  ['Armenian o', 'C\u0585upang'],
  ['zero-width space', 'Cou\u200bpang'],
  ['zero-width joiner', 'Co\u200dupang'],
  ['zero-width non-joiner, Hangul', '쿠\u200c팡'],
  ['word joiner, Hangul', '쿠\u2060팡'],
  ['soft hyphen', 'Cou\u00adpang'],
  ['BOM inside', 'Coup\ufeffang'],
  ['combining mark', 'Cou\u0308pang'],
  ['accented letters', '\u00c7oup\u00e0ng'],
  ['digit for letter', 'C0UPANG'],
  ['math bold', '\ud835\udc02\ud835\udc28\ud835\udc2e\ud835\udc29\ud835\udc1a\ud835\udc27\ud835\udc20'],
  ['roman numeral c', '\u217doupang'],
];

/** Styling that is not hiding: the brand is found, but nothing is reported as obfuscated. */
const STYLED: [string, string][] = [
  ['plain', 'Coupang'],
  ['upper case', 'COUPANG'],
  ['Hangul', '쿠팡'],
  ['full width', '\uff23\uff2f\uff35\uff30\uff21\uff2e\uff27'],
  ['letter-spaced', 'C o u p a n g'],
  ['dotted', 'C.O.U.P.A.N.G'],
  ['spaced Hangul', '쿠 팡'],
];

const SLOTS: [string, (brand: string) => string][] = [
  ['title', (b) => `<title>${b} 로그인</title></head><body><div class="box">`],
  ['logo alt', (b) => `<title>로그인</title></head><body><div class="box"><img src="/l.png" alt="${b}">`],
  ['h1', (b) => `<title>Sign in</title></head><body><div class="box"><h1>${b}</h1>`],
  [
    'svg title',
    (b) =>
      `<title>인증</title></head><body><div class="box"><svg role="img"><title>${b}</title><path d="M0 0h1"/></svg>`,
  ],
  [
    'header text',
    (b) => `<title>Login</title></head><body><header><span>${b}</span></header><div class="box">`,
  ],
  [
    'copyright',
    (b) =>
      `<title>Login</title></head><body><footer>Copyright © ${b} Corp. All rights reserved.</footer><div>`,
  ],
];

function page(slot: (b: string) => string, brand: string, form: string): string {
  return `<!doctype html><html><head><meta charset="utf-8">${slot(brand)}<p>계속하려면 로그인하세요.</p>${form}</div></body></html>`;
}

const LOGIN =
  '<form method="post" action="/s"><input name="id" placeholder="아이디"><input type="password" name="pw"></form>';

describe('normalisation', () => {
  it.each([...HIDDEN, ...STYLED].filter(([n]) => n !== 'digit for letter'))(
    'finds the brand written as %s',
    (_name, brand) => {
      expect(/coupang|쿠팡/.test(tight(brand))).toBe(true);
    },
  );

  it('keeps word boundaries in the light form and drops them in the tight form', () => {
    expect(light('  본인\u200b 인증   Ｌｏｇｉｎ ')).toBe('본인 인증 login');
    expect(tight('본인-인증 · 공동현관 비밀번호')).toBe('본인인증공동현관비밀번호');
  });

  it('never throws on odd input', () => {
    for (const s of ['', '\ud800', '\u0000\u0001', '𝕏'.repeat(1000), '\u0301\u0301'])
      expect(() => tight(s)).not.toThrow();
  });
});

describe('hidden brand names in every identity slot', () => {
  for (const [slotName, slot] of SLOTS) {
    it.each(HIDDEN)(`${slotName}: %s is caught and reported as obfuscated`, (_name, brand) => {
      const v = scanPage(parse(page(slot, brand, LOGIN)), 'https://login-check.example/');
      expect(v.verdict).toBe('suspicious-page');
      expect(v.reasons.map((r) => r.code)).toContain('brand-obfuscated');
    });
    it.each(STYLED)(`${slotName}: %s is caught, not called obfuscated`, (_name, brand) => {
      const v = scanPage(parse(page(slot, brand, LOGIN)), 'https://login-check.example/');
      expect(v.verdict).toBe('suspicious-page');
      expect(v.reasons.map((r) => r.code)).not.toContain('brand-obfuscated');
    });
  }

  it('catches a brand split across elements', () => {
    const html = `<title>x</title><body><div class="mark"><b>Cou</b><i>pang</i></div><h2>Sign in</h2>${LOGIN}</body>`;
    expect(scanPage(parse(html), 'https://a.example/').verdict).toBe('suspicious-page');
  });

  it('the same page without anything to ask for stays clean', () => {
    for (const [, slot] of SLOTS)
      for (const [, brand] of HIDDEN) {
        const v = scanPage(parse(page(slot, brand, '')), 'https://login-check.example/');
        expect(v.verdict).toBe('clean');
      }
  });

  it('a hidden brand quoted in a news article stays a mention', () => {
    const html = `<html><head><title>'${HIDDEN[0]![1]}' 사칭 문자 주의보 | 한빛일보</title>
      <meta property="og:site_name" content="한빛일보"><meta property="og:type" content="article"></head><body>
      <header><img src="/hb.png" alt="한빛일보" class="logo"><form action="/login"><input name="id"><input type="password" name="pw"></form></header>
      <article><h1>'${HIDDEN[0]![1]}' 사칭 문자 주의보</h1><p>김민수 기자</p>
      <p>가짜 페이지는 ${HIDDEN[5]![1]} 로고를 달고 비밀번호를 요구한다.</p></article></body></html>`;
    expect(scanPage(parse(html), 'https://news.example/a/1').verdict).toBe('clean');
  });
});
