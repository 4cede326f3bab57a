import { describe, expect, it } from 'vitest';
import { buildReport, planOfficialAllowance } from '../../lib/policy';
import { MAX_REAL_SITES, parseRealSites, withUserAllowance } from '../../lib/policy/official-allowance';

const user = { additionalOfficialDomains: [] as string[], lockSettings: false, managedKeys: [] };
const flagged = {
  verdict: 'lookalike',
  hostname: 'login.coupang-new.com',
  reasons: [{ code: 'combosquat' }],
};

describe('"This is a real Coupang site": the user\'s allowance of one exact host (red team 33, r04)', () => {
  it("adds the exact host to the user's real sites, never its registrable domain nor the official domains", () => {
    const plan = planOfficialAllowance(user, flagged);
    expect(plan).toEqual({
      outcome: 'added',
      domain: 'login.coupang-new.com',
      next: ['login.coupang-new.com'],
    });
    expect(planOfficialAllowance(user, flagged, ['shop.example']).next).toEqual([
      'shop.example',
      'login.coupang-new.com',
    ]);
    // the user's official domains are not touched (an organisation's policy entries keep their meaning)
    expect(user.additionalOfficialDomains).toEqual([]);
  });

  it('covers that host only: a sibling subdomain a kit makes stays a look-alike', () => {
    const sites = planOfficialAllowance(user, { ...flagged, hostname: 'coupang-new.com' }).next!;
    expect(withUserAllowance(flagged, sites).allowedByUser).toBeUndefined();
    expect(withUserAllowance({ ...flagged, hostname: 'coupang-new.com' }, sites).allowedByUser).toBe(true);
  });

  it('lifts only a look-alike: a known-bad or unrelated verdict is never marked', () => {
    const sites = ['login.coupang-new.com'];
    expect(withUserAllowance({ ...flagged, verdict: 'blocked' }, sites).allowedByUser).toBeUndefined();
    expect(withUserAllowance({ ...flagged, verdict: 'unknown' }, sites).allowedByUser).toBeUndefined();
  });

  it('does nothing twice, nor for official hosts', () => {
    expect(planOfficialAllowance(user, flagged, ['login.coupang-new.com']).outcome).toBe('already');
    expect(planOfficialAllowance(user, { ...flagged, allowedByUser: true }).outcome).toBe('already');
    expect(planOfficialAllowance(user, { ...flagged, verdict: 'official' }).outcome).toBe('already');
  });

  it('follows policy: locked settings and managed official domains add nothing', () => {
    expect(planOfficialAllowance({ ...user, lockSettings: true }, flagged).outcome).toBe('locked');
    const managed = { ...user, managedKeys: ['additionalOfficialDomains' as const] };
    expect(planOfficialAllowance(managed, flagged)).toEqual({
      outcome: 'managed',
      domain: 'login.coupang-new.com',
    });
  });

  it('never allows a known-bad site: a scam page may ask for exactly this click', () => {
    expect(planOfficialAllowance(user, { ...flagged, verdict: 'blocked' }).outcome).toBe('known-bad');
  });

  it('never allows a shared host because of a page on it, nor an address without a host', () => {
    const inPath = {
      verdict: 'lookalike',
      hostname: 'sites.google.com',
      reasons: [{ code: 'brand-in-path' }],
    };
    expect(planOfficialAllowance(user, inPath).outcome).toBe('shared-host');
    // a redirector (www.google.com/url?q=…) that led to a look-alike is no more the brand's than a shared host
    const redirect = { ...inPath, reasons: [{ code: 'redirect' }] };
    expect(planOfficialAllowance(user, redirect).outcome).toBe('shared-host');
    expect(planOfficialAllowance(user, { ...flagged, hostname: null }).outcome).toBe('invalid');
  });

  it('reads storage strictly: host names only, no repeats, bounded', () => {
    expect(parseRealSites(['a.example', 'a.example', 'B.example', 5, '', 'x/y'])).toEqual(['a.example']);
    expect(parseRealSites('a.example')).toEqual([]);
    expect(
      parseRealSites(Array.from({ length: MAX_REAL_SITES + 5 }, (_, i) => `h${i}.example`)),
    ).toHaveLength(MAX_REAL_SITES);
  });

  it('reports a false alarm through the same report format, marked as such', () => {
    const ctx = { extensionVersion: '1.0.0', now: 0, id: 'abcdef12-3456' };
    const r = buildReport(
      {
        url: 'https://coupang-new.com/',
        verdict: 'lookalike',
        reasons: [],
        source: 'domain',
        trigger: 'user',
        kind: 'false-alarm',
      },
      ctx,
    );
    expect(r.kind).toBe('false-alarm');
    expect(r.trigger).toBe('user');
    expect(
      buildReport({ url: 'x', verdict: 'lookalike', reasons: [], source: 'domain' }, ctx).kind,
    ).toBeUndefined();
  });
});
