import { describe, expect, test } from 'vitest';
import { buildReport, reportSchema, reportableUrl } from '../../lib/policy/index';

const ctx = {
  extensionVersion: '0.1.0',
  now: Date.UTC(2026, 0, 2, 3, 4, 5),
  id: '3f9a1c2e-0000-4000-8000-000000000001',
};

describe('buildReport', () => {
  test('keeps the time, URL, verdict, reason codes and brands, version and source', () => {
    const r = buildReport(
      {
        url: 'https://coupang-refund.test/login?x=1',
        verdict: 'lookalike',
        reasons: [{ code: 'combosquat', brand: 'coupang', match: 'coupang-refund', detail: 'words' }],
        source: 'domain',
      },
      ctx,
    );
    expect(r).toEqual({
      id: ctx.id,
      time: '2026-01-02T03:04:05.000Z',
      url: 'https://coupang-refund.test/login?x=1',
      verdict: 'lookalike',
      reasons: [{ code: 'combosquat', brand: 'coupang' }],
      extensionVersion: '0.1.0',
      source: 'domain',
      trigger: 'auto',
    });
    expect(reportSchema.safeParse(r).success).toBe(true);
  });

  test('never carries page content: page evidence is dropped', () => {
    const r = buildReport(
      {
        url: 'http://shop.example/',
        verdict: 'suspicious-page',
        reasons: [
          { code: 'asks-card', evidence: '4111 1111 1111 1111', weight: 3 },
          { code: 'brand-title', evidence: '쿠팡 로그인', weight: 2 },
        ],
        source: 'page',
        trigger: 'user',
      },
      ctx,
    );
    expect(JSON.stringify(r)).not.toMatch(/4111|로그인|evidence|weight/);
    expect(r.reasons).toEqual([{ code: 'asks-card' }, { code: 'brand-title' }]);
    expect(r.trigger).toBe('user');
  });

  test('hostile input gives a valid report', () => {
    const r = buildReport(
      {
        url: `https://a.example/${'x'.repeat(5000)}`,
        verdict: '<img src=x>',
        reasons: [
          null,
          'typo',
          { code: 'BAD CODE' },
          { code: 'typo', brand: '<b>' },
          ...Array(50).fill({ code: 'typo' }),
        ],
        source: 'other' as 'page',
      },
      { ...ctx, now: Number.NaN },
    );
    expect(reportSchema.safeParse(r).success).toBe(true);
    expect(r.verdict).toBe('unknown');
    expect(r.reasons).toEqual([{ code: 'typo' }]);
    expect(r.url.length).toBe(2048);
    expect(r.source).toBe('domain');
  });
});

describe('reportableUrl', () => {
  test.each([
    ['https://evil.example/a#token=secret', 'https://evil.example/a'],
    ['https://www.coupang.com:hunter2@evil.example/', 'https://www.coupang.com@evil.example/'],
    ['https://www.coupang.com@evil.example/', 'https://www.coupang.com@evil.example/'],
    ['not a url\n', 'not a url'],
  ])('%s → %s', (input, expected) => {
    expect(reportableUrl(input)).toBe(expected);
  });
});
