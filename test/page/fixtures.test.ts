import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/page/index';
import { fixtureHtml, fixturePages, parse } from './helpers';

const pages = fixturePages();

describe('fixture pages', () => {
  it('has at least 15 fake and 15 benign pages', () => {
    expect(pages.filter((p) => p.expect === 'suspicious-page').length).toBeGreaterThanOrEqual(15);
    expect(pages.filter((p) => p.expect === 'clean').length).toBeGreaterThanOrEqual(15);
  });

  it.each(pages.map((p) => [p.file, p] as const))('%s', (_file, page) => {
    const v = scanPage(parse(fixtureHtml(page.file)), page.url);
    const explain = v.reasons.map((r) => `${r.code}(${r.weight})`).join(' ');
    expect(v.verdict, `${page.kind}: identity ${v.identity}, risk ${v.risk}: ${explain}`).toBe(page.expect);
    if (page.expect === 'suspicious-page') {
      expect(v.brand).toBe('coupang');
      expect(v.reasons.some((r) => r.group === 'identity' && r.weight > 0)).toBe(true);
      expect(v.reasons.some((r) => r.group === 'risk' && r.weight > 0)).toBe(true);
      expect(v.score).toBeGreaterThan(0);
    } else {
      expect(v.brand).toBeUndefined();
    }
  });

  it('explains every reason with a weight and bounded evidence', () => {
    for (const page of pages) {
      const v = scanPage(parse(fixtureHtml(page.file)), page.url);
      for (const r of v.reasons) {
        expect(Number.isFinite(r.weight)).toBe(true);
        expect(r.evidence === undefined || r.evidence.length <= 80).toBe(true);
      }
    }
  });

  it('leaves the official host alone when the caller says so', () => {
    const page = pages.find((p) => p.file.includes('f01'))!;
    const doc = parse(fixtureHtml(page.file));
    const official = (h: string) => h === 'coupang.com' || h.endsWith('.coupang.com');
    expect(
      scanPage(doc, 'https://login.coupang.com/login/login.pang', { isOfficialHost: official }).verdict,
    ).toBe('clean');
    expect(scanPage(doc, page.url, { isOfficialHost: official }).verdict).toBe('suspicious-page');
  });
});
