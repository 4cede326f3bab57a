import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { translatorFor, tr } from '../../lib/ui/i18n';
import { absoluteTime, relativeTime } from '../../lib/ui/relative-time';
import { domainReasonLines, pageReasonLines } from '../../lib/ui/reason-text';

const load = (lang: string) =>
  JSON.parse(readFileSync(new URL(`../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8'));
const ko = translatorFor(load('ko'));
const en = translatorFor(load('en'));

describe('translator and reason texts', () => {
  it('fills placeholders as chrome.i18n does', () => {
    expect(en('warn_did_you_mean', ['Coupang', 'coupang.com'])).toBe(
      'The real Coupang address is coupang.com.',
    );
    expect(ko('warn_did_you_mean', ['쿠팡', 'coupang.com'])).toBe('진짜 쿠팡 주소는 coupang.com입니다.');
    expect(en('no_such_key')).toBe('');
    expect(tr(en, 'no_such_key', [], 'reason_other')).toBe(en('reason_other'));
  });

  it('words domain reasons with the brand and the real domain, once per code', () => {
    const lines = domainReasonLines(
      ko,
      [
        { code: 'brand-in-subdomain', brand: 'coupang' },
        { code: 'brand-in-subdomain', brand: 'coupangeats' },
        { code: 'hosting-platform' },
      ],
      { brand: '쿠팡', domain: 'netlify.app', official: 'coupang.com' },
    );
    expect(lines.map((l) => l.text)).toEqual([
      '주소 앞부분에 쿠팡 이름을 넣었지만, 실제 사이트는 netlify.app입니다.',
      '누구나 페이지를 만들 수 있는 호스팅 서비스(netlify.app)에 올라온 사이트입니다.',
    ]);
  });

  it('gives a generic line for codes this version does not know', () => {
    const [line] = domainReasonLines(en, [{ code: 'brand-new-rule' as never }], {
      brand: 'Coupang',
      domain: 'x.test',
      official: 'coupang.com',
    });
    expect(line?.text).toBe(en('reason_other'));
    const [page] = pageReasonLines(en, [{ code: 'some-future-signal' as never, weight: 2 }], 'Coupang');
    expect(page?.text).toBe(en('reason_other'));
  });

  it('keeps page evidence short and on one line', () => {
    const [line] = pageReasonLines(
      en,
      [{ code: 'brand-title', weight: 2, evidence: `쿠팡\n\n${'x'.repeat(300)}` }],
      'Coupang',
    );
    expect(line?.evidence?.length).toBeLessThanOrEqual(80);
    expect(line?.evidence).not.toContain('\n');
  });

  it('formats ages in the UI language', () => {
    const now = Date.UTC(2026, 10, 27, 12);
    expect(relativeTime(now - 3 * 3_600_000, now, 'ko')).toBe('3시간 전');
    expect(relativeTime(now - 3 * 3_600_000, now, 'en')).toBe('3 hours ago');
    expect(relativeTime(now - 2 * 86_400_000, now, 'en')).toBe('2 days ago');
    expect(relativeTime(now + 30 * 60_000, now, 'en')).toBe('in 30 minutes');
    expect(relativeTime(null, now, 'en')).toBe('');
    expect(relativeTime(now, now, 'not a locale!!')).toBeTruthy();
    expect(absoluteTime(Number.NaN, 'en')).toBe('');
  });
});
