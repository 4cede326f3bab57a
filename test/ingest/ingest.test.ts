// Feed ingest: every real format read from a small fixture (test/fixtures/feeds, written in the documented
// formats), triage by the engine, expiry, the rewritten blocked.txt and the CLI's diff output.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  createTriager,
  csvFields,
  detectFormat,
  isoDate,
  lineParser,
  mergeSightings,
  rewriteBlockedText,
  Sightings,
  type FeedItem,
  type IngestDiff,
} from '../../lib/ingest';
import { bundledList } from '../../lib/lists/bundled';
import { parseBlockedLine, sourceLines } from '../../lib/lists/sources';
import { runScript } from '../lists/helpers';

const fixture = (f: string) => new URL(`../fixtures/feeds/${f}`, import.meta.url);
const text = (f: string) => readFileSync(fixture(f), 'utf8');

function parseFile(f: string): { format: string; items: FeedItem[] } {
  const lines = text(f).split('\n');
  const format = detectFormat(lines.slice(0, 50), f);
  const parse = lineParser(format);
  return { format, items: lines.map((l) => parse(l)).filter((x): x is FeedItem => !!x) };
}

const triage = createTriager(bundledList);

describe('feed formats', () => {
  test('URLhaus CSV: columns from the header comment, dates, live or not, tags', () => {
    const { format, items } = parseFile('urlhaus.csv');
    expect(format).toBe('urlhaus');
    expect(items.map((i) => i.target)).toHaveLength(7);
    expect(items[0]).toEqual({
      target: 'http://coupang-refund-center.top/app/update.apk',
      firstSeen: '2026-12-01',
      info: 'malware_download apk,android,smishing',
    });
    // offline: last seen when it was last online
    expect(items.find((i) => i.target.includes('autumn'))).toMatchObject({
      firstSeen: '2026-09-01',
      lastSeen: '2026-09-03',
    });
    // doubled quotes inside a quoted field
    expect(items.some((i) => i.target === 'http://cdn.example.net/"odd"/x.exe')).toBe(true);
  });

  test('KISA CSV (dataset 15143094): found by its Korean header, in UTF-8 and in CP949', () => {
    const utf8 = parseFile('kisa-phishing-urls.csv');
    expect(utf8.format).toBe('kisa');
    expect(utf8.items[0]).toEqual({
      target: 'http://쿠팡환불.kr/',
      firstSeen: '2026-11-30',
      lastSeen: '2026-11-30',
    });
    expect(utf8.items).toHaveLength(5);
    const cp949 = new TextDecoder('euc-kr').decode(readFileSync(fixture('kisa-phishing-urls-cp949.csv')));
    const parse = lineParser(detectFormat(cp949.split('\n').slice(0, 5)));
    const items = cp949
      .split('\n')
      .map((l) => parse(l))
      .filter(Boolean);
    expect(items).toEqual(utf8.items);
    // the newer header names
    const newer = lineParser('kisa');
    expect(newer('탐지날짜,피싱사이트 URL')).toBeNull();
    expect(newer('2025.03.31,http://x.example/')).toEqual({
      target: 'http://x.example/',
      firstSeen: '2025-03-31',
      lastSeen: '2025-03-31',
    });
  });

  test('Phishing.Database domain and link lists, hosts-file and ||host^ lists, report queues', () => {
    expect(parseFile('phishing-domains-ACTIVE.txt').format).toBe('phishing-database');
    expect(parseFile('phishing-links-ACTIVE.txt').items[0]?.target).toMatch(/^https:\/\/mega-refund/);
    expect(parseFile('community-hosts.txt').items.map((i) => i.target)).toEqual([
      'coupang-delivery-check.xyz',
      'ads.tracker.example',
      'coupang-eats-coupon.net',
    ]);
    const reports = parseFile('reports.jsonl');
    expect(reports.format).toBe('reports');
    expect(reports.items).toHaveLength(2); // the malformed line is skipped
    expect(reports.items[0]).toMatchObject({ pageClaim: true, firstSeen: '2026-12-01' });
  });

  test('hostile lines never throw', () => {
    for (const format of ['urlhaus', 'kisa', 'plain', 'reports', 'phishing-database'] as const) {
      const parse = lineParser(format);
      for (const l of [
        '',
        ',,,',
        '"',
        '"""',
        '{',
        '{"url":1}',
        '\u0000\u0001',
        'a'.repeat(100_000),
        '# id,dateadded,url',
      ])
        expect(() => parse(l)).not.toThrow();
    }
    expect(csvFields('"a,b",c,"d""e"')).toEqual(['a,b', 'c', 'd"e']);
    expect(isoDate('2026-13-01')).toBeUndefined();
    expect(isoDate('20261201')).toBe('2026-12-01');
  });
});

describe('triage with the engine', () => {
  test("Coupang's own hosts are never candidates, whatever the feed says", () => {
    for (const t of [
      'coupang.com',
      'login.coupang.com',
      'https://www.coupang.com/np/search?q=apk',
      'https://coupang.onelink.me/x',
    ])
      expect(triage({ target: t }).kind).toBe('official');
  });
  test('look-alikes become candidates for the host and its subdomains, with the reason codes', () => {
    expect(triage({ target: 'http://coupang-refund-center.top/app/update.apk' })).toEqual({
      kind: 'candidate',
      host: 'coupang-refund-center.top',
      subdomains: true,
      reasons: ['combosquat'],
    });
    expect(triage({ target: 'http://쿠팡환불.kr/' })).toMatchObject({
      kind: 'candidate',
      reasons: expect.arrayContaining(['hangul-brand']),
    });
  });
  test('a brand claimed in the path, a page scan or the feed tags blocks only that path on that host', () => {
    expect(triage({ target: 'http://hanok-stay.example/wp-content/coupang/login.php' })).toEqual({
      kind: 'candidate',
      host: 'hanok-stay.example',
      subdomains: false,
      path: '/wp-content/coupang/',
      reasons: ['path-claims-brand'],
    });
    // the engine's look-alike verdict that rests on the path alone blocks that path too, never the host: a kit's
    // folder named by an abbreviation on a hacked site, a site's name on a shared host
    expect(triage({ target: 'http://yeongju-print.example/old/bbs/cp/bosang.php' })).toEqual({
      kind: 'candidate',
      host: 'yeongju-print.example',
      subdomains: false,
      path: '/old/bbs/cp/',
      reasons: ['brand-in-path'],
    });
    expect(triage({ target: 'https://sites.google.com/view/coupang-bosang/home' })).toMatchObject({
      host: 'sites.google.com',
      subdomains: false,
      path: '/view/coupang-bosang/',
    });
    // Hangul in the path, percent-encoded, and a look-alike letter: still a claim
    expect(triage({ target: 'https://mega-refund.example/%EC%BF%A0%ED%8C%A1/index.html' })).toMatchObject({
      path: '/%EC%BF%A0%ED%8C%A1/',
    });
    expect(triage({ target: 'https://x.example/c\u043eupang-event.html' })).toMatchObject({
      kind: 'candidate',
    });
    expect(triage({ target: 'http://x.example/C.o-u_P%20a/n-g/pay.html' })).toMatchObject({
      kind: 'candidate',
    });
    expect(triage({ target: 'http://x.example/cou/pang.html' })).toMatchObject({ kind: 'candidate' });
    expect(triage({ target: 'https://free.example/shop/login.html', pageClaim: true })).toMatchObject({
      reasons: ['page-claims-brand'],
    });
    expect(triage({ target: 'http://files.example/a.apk', info: 'apk,Coupang' })).toMatchObject({
      reasons: ['feed-tags-brand'],
    });
  });
  test('the rest is ignored', () => {
    for (const t of [
      'http://45.133.1.20/bins/mozi.m',
      'https://docs-share.example/view?doc=invoice',
      'bit.ly/3kT9xQz',
    ])
      expect(triage({ target: t })).toEqual({ kind: 'ignore', why: 'unrelated' });
    expect(triage({ target: 'not a host at all' }).kind).toBe('ignore');
  });
});

describe('state and expiry', () => {
  const line = (s: string) => parseBlockedLine(s);
  test('seen again → lastSeen moves; unseen for too long → removed; hand entries and "!" exclusions hold', () => {
    const existing = [
      line('old-coupang-promo.shop ; urlhaus ; 2026-08-01 ; 2026-09-01'),
      line('coupang-live.top ; kisa ; 2026-11-01 ; 2026-11-20'),
      line('coupangshop.vip ; manual'),
      line('coupang.com ; mistaken-feed ; 2026-11-01 ; 2026-11-01'),
    ];
    const seen = new Sightings();
    seen.add(
      { host: 'coupang-live.top', subdomains: true, reasons: ['combosquat'] },
      'urlhaus',
      '2026-11-25',
      '2026-12-02',
    );
    seen.add(
      { host: 'm.coupang-live.top', subdomains: true, reasons: ['combosquat'] },
      'urlhaus',
      '2026-12-02',
      '2026-12-02',
    );
    seen.add(
      { host: 'coupang-new.top', subdomains: true, reasons: ['combosquat'] },
      'kisa',
      '2026-12-01',
      '2026-12-01',
    );
    seen.add(
      { host: 'coupang-stale.top', subdomains: true, reasons: ['combosquat'] },
      'kisa',
      '2025-01-01',
      '2025-01-01',
    );
    seen.add(
      { host: 'coupang-false.top', subdomains: true, reasons: ['combosquat'] },
      'kisa',
      '2026-12-01',
      '2026-12-01',
    );
    const official = new Set(['coupang.com']);
    const r = mergeSightings(existing, seen, {
      today: '2026-12-02',
      expireDays: 60,
      isOfficial: (h) => official.has(h),
      excluded: new Set(['coupang-false.top']),
    });
    expect(
      r.lines.map((l) => `${l.host} ${l.sources.join('+')} ${l.firstSeen ?? '-'} ${l.lastSeen ?? '-'}`),
    ).toEqual([
      'coupang-live.top kisa+urlhaus 2026-11-01 2026-12-02',
      'coupangshop.vip manual - -',
      'coupang-new.top kisa 2026-12-01 2026-12-01',
    ]);
    expect(r.diff.added.map((a) => a.host)).toEqual(['coupang-new.top']);
    expect(r.diff.removed.map((x) => [x.host, x.why])).toEqual([
      ['old-coupang-promo.shop', 'expired'],
      ['coupang.com', 'official'],
    ]);
    expect(r.refreshed).toBe(2); // the domain itself and a subdomain it covers
  });

  test('the rewritten blocked.txt keeps comments and untouched lines byte for byte', () => {
    const original =
      '# comment\nkeep.example ; manual   # why\n!never.example\nold.example ; f ; 2026-01-01 ; 2026-01-02\n';
    const lines = sourceLines(original)
      .filter((l) => !l.text.startsWith('!'))
      .map((l) => parseBlockedLine(l.text))
      .filter((l) => l.host !== 'old.example');
    lines.push(parseBlockedLine('new.example ; kisa ; 2026-12-01 ; 2026-12-02'));
    expect(rewriteBlockedText(original, lines)).toBe(
      '# comment\nkeep.example ; manual   # why\n!never.example\nnew.example ; kisa ; 2026-12-01 ; 2026-12-02\n',
    );
  });
});

describe('npm run lists:ingest', () => {
  test('all fixture feeds → new sources, diff.json and diff.md; a second run a year later expires them', () => {
    const out = mkdtempSync(join(tmpdir(), 'ingest-'));
    const feeds = [
      'urlhaus.csv',
      'kisa-phishing-urls-cp949.csv',
      'phishing-domains-ACTIVE.txt',
      'phishing-links-ACTIVE.txt',
      'community-hosts.txt',
      'reports.jsonl',
    ].map((f) => fixture(f).pathname);
    const r = runScript('lists-ingest.ts', ['--out', out, '--today', '2026-12-02', ...feeds]);
    expect(r.code, r.out).toBe(0);
    const diff = JSON.parse(readFileSync(join(out, 'diff.json'), 'utf8')) as IngestDiff;
    const added = diff.added.map((a) => `${a.subdomains ? '' : '='}${a.host}${a.path ?? ''}`);
    expect(added).toEqual(
      expect.arrayContaining([
        'coupang-refund-center.top',
        'xn--wr3bl94aolccse.kr',
        'coupamg.com',
        'c0upang.com',
        '=hanok-stay.example/wp-content/coupang/',
        '=free-site-host.example/shop/',
        'coupang-pay-refund.site',
      ]),
    );
    for (const a of diff.added) {
      expect(a.reasons.length).toBeGreaterThan(0);
      expect(a.sources.length).toBeGreaterThan(0);
      expect(a.firstSeen! <= a.lastSeen!).toBe(true);
    }
    // never official, never unrelated, never stale
    expect(added.join(' ')).not.toMatch(/(^| )(www\.)?coupang\.com|mozi|paypal|bit\.ly|autumn|tracker/);
    expect(diff.removed).toEqual([]);
    const md = readFileSync(join(out, 'diff.md'), 'utf8');
    expect(md).toContain('`coupang-refund-center.top` | combosquat | urlhaus | 2026-12-01 | 2026-12-02');
    const blocked = readFileSync(join(out, 'sources/blocked.txt'), 'utf8');
    expect(blocked).toContain('coupang-refund-center.top ; urlhaus ; 2026-12-01 ; 2026-12-02');

    // a year later, with an empty feed: every fed entry expired, hand entries stay
    const empty = join(out, 'empty.txt');
    writeFileSync(empty, '# nothing today\n');
    const later = mkdtempSync(join(tmpdir(), 'ingest-'));
    const r2 = runScript('lists-ingest.ts', [
      '--out',
      later,
      '--sources',
      join(out, 'sources'),
      '--today',
      '2027-12-02',
      empty,
    ]);
    expect(r2.code, r2.out).toBe(0);
    const diff2 = JSON.parse(readFileSync(join(later, 'diff.json'), 'utf8')) as IngestDiff;
    expect(diff2.removed.length).toBe(diff.added.length);
    expect(readFileSync(join(later, 'sources/blocked.txt'), 'utf8')).toBe(
      readFileSync(new URL('../../lists/sources/blocked.txt', import.meta.url), 'utf8'),
    );
  });

  test('usage errors exit 2; an unreadable feed exits 1 with its name', () => {
    expect(runScript('lists-ingest.ts', []).code).toBe(2);
    const r = runScript('lists-ingest.ts', [
      '--out',
      mkdtempSync(join(tmpdir(), 'ingest-')),
      '/nonexistent/feed.csv',
    ]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('/nonexistent/feed.csv');
    const bad = join(mkdtempSync(join(tmpdir(), 'ingest-')), 'broken.csv.gz');
    writeFileSync(bad, 'not gzip at all');
    const r2 = runScript('lists-ingest.ts', [
      '--out',
      mkdtempSync(join(tmpdir(), 'ingest-')),
      bad,
      '/nonexistent/feed.gz',
    ]);
    expect(r2.code).toBe(1);
    expect(r2.out).toContain('broken.csv.gz');
  });
});
