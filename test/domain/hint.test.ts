import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { mayImitateBrand } from '../../lib/domain/hint';
import { bundledList } from '../../lib/lists/bundled';
import { corpus } from './corpora';

/** Rows of a red-team half (test/fixtures/domains/*.tsv) as hosts, with what they should be judged. */
function redTeam(half: string): { host: string; expect: string }[] {
  const text = readFileSync(new URL(`../fixtures/domains/${half}.tsv`, import.meta.url), 'utf8');
  return text
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [raw = '', expect = ''] = l.split('\t');
      try {
        return { host: new URL(/^[a-z]+:\/\//i.test(raw) ? raw : `http://${raw}`).hostname, expect };
      } catch {
        return { host: '', expect };
      }
    })
    .filter((r) => r.host);
}

const LATIN_BRANDS = bundledList.brands.flatMap((b) => b.latin).filter((n) => /coupang/.test(n));

describe('mayImitateBrand: the content script’s early look at a host', () => {
  test('every Coupang-named brand of the bundled list, and each of its one-letter slips', () => {
    expect(LATIN_BRANDS.length).toBeGreaterThan(3);
    for (const name of LATIN_BRANDS) {
      expect(mayImitateBrand(`${name}-event.com`), name).toBe(true);
      for (let i = 0; i < 'coupang'.length; i++) {
        const omitted = name.slice(0, i) + name.slice(i + 1);
        const swapped = name.slice(0, i) + 'x' + name.slice(i + 1);
        expect(mayImitateBrand(`${omitted}.shop`), omitted).toBe(true);
        expect(mayImitateBrand(`${swapped}.shop`), swapped).toBe(true);
        const turned = name.slice(0, i) + name.slice(i + 1, i + 2) + name.slice(i, i + 1) + name.slice(i + 2);
        expect(mayImitateBrand(`${turned}.shop`), turned).toBe(true);
      }
    }
    for (const host of [
      'c0upang-login.com',
      'xn--coupng-7ve.com',
      'COUPANG-REFUND.TEST',
      'znvkd.kr',
      'kupang.xyz',
    ])
      expect(mayImitateBrand(host), host).toBe(true);
  });

  test('ordinary hosts pass by', () => {
    for (const host of [
      'naver.com',
      'www.google.com',
      'coupons.com',
      'couple.net',
      'example.test',
      '127.0.0.1',
    ])
      expect(mayImitateBrand(host), host).toBe(false);
  });

  test('every host of the phishing feeds is looked at', () => {
    const hosts = corpus('phishing-feeds.tsv').map((r) => r.host);
    expect(hosts.filter((h) => !mayImitateBrand(h))).toEqual([]);
  });

  test('rare on popular domains (each hit costs an honest page one extra load per tab)', () => {
    const popular = corpus('benign-popular.tsv').map((r) => r.host);
    const cloudflare = corpus('benign-cloudflare-100k.tsv').map((r) => r.host);
    // measured: 6 of 10,200 and 46 of 99,997
    expect(popular.filter(mayImitateBrand).length).toBeLessThanOrEqual(10);
    expect(cloudflare.filter(mayImitateBrand).length).toBeLessThanOrEqual(80);
  });

  test('recall on the red-team tune half (the Hangul IDN rows are left to the navigation judgement)', () => {
    const flagged = redTeam('tune').filter((r) => r.expect === 'flag');
    const ascii = flagged.filter((r) => !r.host.includes('xn--'));
    // measured: 122 of 172 flagged rows. The ASCII hosts it misses carry the brand in the path, are IP
    // literals, split the letters over labels or name Rocket Wow only (14 rows).
    expect(flagged.filter((r) => mayImitateBrand(r.host)).length).toBeGreaterThanOrEqual(118);
    expect(ascii.filter((r) => !mayImitateBrand(r.host)).length).toBeLessThanOrEqual(16);
  });
});
