import { describe, expect, it } from 'vitest';
import { buildReport, planOfficialAllowance } from '../../lib/policy';

const user = { additionalOfficialDomains: [] as string[], lockSettings: false, managedKeys: [] };
const flagged = {
  verdict: 'lookalike',
  registrableDomain: 'coupang-new.com',
  reasons: [{ code: 'combosquat' }],
};

describe('"This is a real Coupang site": a permanent allowance of one registrable domain', () => {
  it("adds the registrable domain to the user's official domains", () => {
    expect(planOfficialAllowance(user, flagged)).toEqual({
      outcome: 'added',
      domain: 'coupang-new.com',
      next: ['coupang-new.com'],
    });
    const some = { ...user, additionalOfficialDomains: ['corp.example'] };
    expect(planOfficialAllowance(some, flagged).next).toEqual(['corp.example', 'coupang-new.com']);
  });

  it('does nothing twice, nor for official hosts', () => {
    const has = { ...user, additionalOfficialDomains: ['coupang-new.com'] };
    expect(planOfficialAllowance(has, flagged).outcome).toBe('already');
    expect(planOfficialAllowance(user, { ...flagged, verdict: 'official' }).outcome).toBe('already');
  });

  it('follows policy: locked settings and managed official domains add nothing', () => {
    expect(planOfficialAllowance({ ...user, lockSettings: true }, flagged).outcome).toBe('locked');
    const managed = { ...user, managedKeys: ['additionalOfficialDomains' as const] };
    expect(planOfficialAllowance(managed, flagged)).toEqual({
      outcome: 'managed',
      domain: 'coupang-new.com',
    });
  });

  it('never allows a known-bad site: a scam page may ask for exactly this click', () => {
    expect(planOfficialAllowance(user, { ...flagged, verdict: 'blocked' }).outcome).toBe('known-bad');
  });

  it('never allows a shared host because of a page on it, nor an address without a domain', () => {
    const inPath = {
      verdict: 'lookalike',
      registrableDomain: 'google.com',
      reasons: [{ code: 'brand-in-path' }],
    };
    expect(planOfficialAllowance(user, inPath).outcome).toBe('shared-host');
    // a redirector (www.google.com/url?q=…) that led to a look-alike is no more the brand's than a shared host
    const redirect = { ...inPath, reasons: [{ code: 'redirect' }] };
    expect(planOfficialAllowance(user, redirect).outcome).toBe('shared-host');
    expect(planOfficialAllowance(user, { ...flagged, registrableDomain: null }).outcome).toBe('invalid');
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
