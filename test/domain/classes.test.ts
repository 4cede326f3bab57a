import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';
import { FUZZ_CLASSES, toAscii, variants, type FuzzClass } from './variants';

// Engine only: the known-bad list must not be what finds them.
const engine = compileLists({ ...bundledList, blocked: [] });
const officialDomains = bundledList.brands.flatMap((b) => [...b.domains, ...b.hosts]);
const isOfficial = (ascii: string) => officialDomains.some((d) => ascii === d || ascii.endsWith('.' + d));
const flagged = (host: string) => {
  const v = classify(host, engine).verdict;
  return v === 'lookalike' || v === 'blocked';
};

// real words one slip from a brand name (coupant, French) need more than the slip (test/domain/words.test.ts)
const words = new Set(bundledList.brands.flatMap((b) => b.words ?? []));

/** Every variant of `domain` in class `cls`, in Unicode and in punycode, minus the official ones and real words. */
function cases(domain: string, cls: FuzzClass): string[] {
  const out = new Set<string>();
  for (const h of variants(domain)[cls]) {
    const ascii = toAscii(h);
    if (isOfficial(ascii)) continue; // coupangplay minus "l" is coupangpay.com, Coupang's own
    if (words.has(ascii.slice(0, ascii.indexOf('.')))) continue;
    out.add(h);
    out.add(ascii);
  }
  return [...out];
}

describe.each(['coupang.com', 'coupangeats.com', 'coupangplay.com'])('dnstwist classes of %s', (domain) => {
  it.each(FUZZ_CLASSES.map((c) => [c]))('%s: every variant flagged, Unicode and punycode', (cls) => {
    const all = cases(domain, cls);
    expect(all.length).toBeGreaterThan(0);
    const missed = all.filter((h) => !flagged(h));
    expect(missed, `${missed.length}/${all.length} missed`).toEqual([]);
  });
});

describe('rocketnow: look-alikes that keep the name, not typing slips onto real words', () => {
  // Rocket Now is made of ordinary words: one slip lands on pocketnow, socketnow, rocketnew ... so only the
  // classes that keep the name itself count for it.
  it.each([
    'cyrillic',
    'homoglyph',
    'hyphenation',
    'dictionary',
    'tld-swap',
    'various',
    'addition',
    'subdomain',
  ] as const)('%s: every variant flagged', (cls) => {
    const all = cases('rocketnow.co.jp', cls);
    expect(all.filter((h) => !flagged(h))).toEqual([]);
  });

  it.each([
    'pocketnow.com',
    'socketnow.com',
    'rocketnews.site',
    'rocketnews24.com',
    'rocketnetwork.ru',
    'rocketmoney.com',
  ])('%s stays unknown', (host) => {
    expect(classify(host, engine).verdict).toBe('unknown');
  });
});

describe('evidence names the attack', () => {
  const reasons = (host: string) => classify(host, engine).reasons;
  it.each([
    ['coupnag.com', 'transposition'],
    ['coupng.com', 'omission'],
    ['couppang.com', 'repetition'],
    ['coupanh.com', 'replacement'],
    ['coupeng.com', 'vowel-swap'],
    ['coupanf.com', 'bitsquatting'],
    ['cou-pang.com', 'hyphenation'],
    ['cou.pang.com', 'subdomain'],
  ])('%s: typo %s', (host, detail) => {
    expect(reasons(host)).toContainEqual(expect.objectContaining({ code: 'typo', brand: 'coupang', detail }));
  });

  it('homoglyphs list the swapped characters with code points, in Unicode and punycode forms', () => {
    const v = classify('xn--cupang-wqf.com', engine); // cоupang with Cyrillic о
    expect(v.verdict).toBe('lookalike');
    expect(v.unicodeHostname).toBe('cоupang.com');
    const h = v.reasons.find((r) => r.code === 'homoglyph');
    expect(h).toMatchObject({ brand: 'coupang', match: 'cоupang', punycode: 'xn--cupang-wqf' });
    expect(h?.swaps).toEqual([{ index: 1, found: 'о', imitates: 'o', codePoint: 'U+043E' }]);
    expect(v.reasons).toContainEqual(
      expect.objectContaining({ code: 'mixed-script', detail: 'Latin+Cyrillic' }),
    );
  });

  it('ASCII look-alikes count as homoglyphs too', () => {
    expect(reasons('c0upang.com')).toContainEqual(
      expect.objectContaining({
        code: 'homoglyph',
        swaps: [expect.objectContaining({ found: '0', imitates: 'o' })],
      }),
    );
    expect(reasons('coupamg.com').map((r) => r.code)).toContain('homoglyph');
    expect(reasons('eoupanq.com').map((r) => r.code)).toEqual(['homoglyph']);
  });

  it('a verdict carries the brand, its home and official domain', () => {
    expect(classify('coupangeats-event.com', engine).brand).toMatchObject({
      id: 'coupangeats',
      home: 'https://www.coupangeats.com/',
      officialDomain: 'coupangeats.com',
    });
  });
});
