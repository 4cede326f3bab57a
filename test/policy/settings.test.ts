import { describe, expect, test } from 'vitest';
import {
  DEFAULT_SETTINGS,
  SETTING_KEYS,
  effectiveSettings,
  isUserEditable,
  parseSettings,
  settingsSchema,
  type EffectiveSettings,
} from '../../lib/policy/index';

const eff = (user: unknown, policy: unknown): EffectiveSettings =>
  effectiveSettings(DEFAULT_SETTINGS, user, policy);

function expectValid(s: EffectiveSettings): void {
  const plain: Record<string, unknown> = { ...s };
  delete plain.managed;
  delete plain.managedKeys;
  expect(settingsSchema.safeParse(plain).success).toBe(true);
}

describe('effectiveSettings precedence', () => {
  test('defaults when nothing is set', () => {
    const s = eff(undefined, undefined);
    expect(s).toMatchObject({ ...DEFAULT_SETTINGS, managed: [], managedKeys: [] });
    expectValid(s);
  });

  test('user over defaults, policy over user, key by key', () => {
    const s = eff(
      { pageGuard: false, allowContinue: false, additionalBlockedDomains: ['user-block.example'] },
      { pageGuard: true, additionalBlockedDomains: ['policy-block.example'] },
    );
    expect(s.pageGuard).toBe(true);
    expect(s.allowContinue).toBe(false);
    expect(s.additionalBlockedDomains).toEqual(['policy-block.example']);
    expect(s.managedKeys.sort()).toEqual(['additionalBlockedDomains', 'pageGuard']);
    expectValid(s);
  });

  test('every key can be set by policy', () => {
    const policy = {
      additionalOfficialDomains: ['corp-shop.example'],
      additionalBlockedDomains: ['coupang-refund.test'],
      listUrl: 'https://lists.corp.example/coupang.json',
      listPublicKeys: ['MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE'],
      refreshIntervalMinutes: 60,
      allowContinue: false,
      pageGuard: false,
      pageGuardExceptions: ['intranet.corp.example'],
      reportUrl: 'https://soc.corp.example/coupang-guard',
      lockSettings: true,
    };
    const s = eff({}, policy);
    expect(s.managed).toEqual([]);
    expect([...s.managedKeys].sort()).toEqual([...SETTING_KEYS].sort());
    expect(s).toMatchObject({ ...policy, listUrl: policy.listUrl, reportUrl: policy.reportUrl });
    expectValid(s);
  });

  test('lockSettings ignores every user setting, even for keys the policy left unset', () => {
    const s = eff({ pageGuard: false, allowContinue: false }, { lockSettings: true });
    expect(s.lockSettings).toBe(true);
    expect(s.pageGuard).toBe(true);
    expect(s.allowContinue).toBe(true);
    expect(isUserEditable(s, 'pageGuard')).toBe(false);
  });

  test('users cannot lock settings themselves', () => {
    const s = eff({ lockSettings: true }, {});
    expect(s.lockSettings).toBe(false);
  });

  test('editable unless managed or locked', () => {
    const s = eff({}, { allowContinue: false });
    expect(isUserEditable(s, 'allowContinue')).toBe(false);
    expect(isUserEditable(s, 'pageGuard')).toBe(true);
    expect(isUserEditable(s, 'lockSettings')).toBe(false);
  });

  test('results are copies: mutating them leaves defaults alone', () => {
    const s = eff({}, {});
    s.additionalBlockedDomains.push('x.example');
    expect(DEFAULT_SETTINGS.additionalBlockedDomains).toEqual([]);
  });
});

describe('bad policy values: ignored one by one, named, never a crash', () => {
  test('a bad value falls back to the user value, and the others still apply', () => {
    const s = eff(
      { allowContinue: false, reportUrl: 'https://user-choice.example/r' },
      {
        allowContinue: 'no',
        reportUrl: 'http://soc.corp.example/insecure',
        pageGuard: false,
        additionalBlockedDomains: ['evil.example'],
      },
    );
    expect(s.allowContinue).toBe(false);
    expect(s.reportUrl).toBe('https://user-choice.example/r');
    expect(s.pageGuard).toBe(false);
    expect(s.additionalBlockedDomains).toEqual(['evil.example']);
    expect(s.managed).toEqual([
      { key: 'allowContinue', problem: 'wrong-type', detail: 'no' },
      { key: 'reportUrl', problem: 'insecure-url', detail: 'http://soc.corp.example/insecure' },
    ]);
    expect(s.managedKeys).not.toContain('allowContinue');
    expect(s.managedKeys).not.toContain('reportUrl');
    expectValid(s);
  });

  test.each([
    ['additionalOfficialDomains', 'coupang.com'],
    ['additionalBlockedDomains', { a: 1 }],
    ['listUrl', 42],
    ['listUrl', 'ftp://lists.corp.example/'],
    ['listPublicKeys', 'one-key'],
    ['refreshIntervalMinutes', '60'],
    ['refreshIntervalMinutes', Number.NaN],
    ['allowContinue', 'false'],
    ['pageGuard', null],
    ['pageGuardExceptions', true],
    ['reportUrl', ['https://a.example/']],
    ['reportUrl', 'javascript:alert(1)'],
    ['lockSettings', 'yes'],
  ])('%s = %j → default, problem named', (key, value) => {
    const s = eff(undefined, { [key]: value, pageGuard: key === 'pageGuard' ? value : false });
    expect((s as unknown as Record<string, unknown>)[key]).toEqual(
      key === 'pageGuard' ? DEFAULT_SETTINGS.pageGuard : (DEFAULT_SETTINGS as Record<string, unknown>)[key],
    );
    expect(s.managed.map((p) => p.key)).toContain(key);
    if (key !== 'pageGuard') expect(s.pageGuard).toBe(false);
    expectValid(s);
  });

  test('bad entries of a list are dropped one by one, good ones kept', () => {
    const s = eff(undefined, {
      additionalBlockedDomains: ['Evil.Example', 'not a host', 42, '*.phish.test', 'evil.example'],
    });
    expect(s.additionalBlockedDomains).toEqual(['evil.example', 'phish.test']);
    expect(s.managed).toEqual([
      { key: 'additionalBlockedDomains', problem: 'invalid-host', detail: 'not a host' },
      { key: 'additionalBlockedDomains', problem: 'invalid-host', detail: '42' },
    ]);
    expect(s.managedKeys).toContain('additionalBlockedDomains');
  });

  test('refresh interval is clamped to at least 15 minutes and at most a week, and says so', () => {
    expect(eff(undefined, { refreshIntervalMinutes: 1 })).toMatchObject({
      refreshIntervalMinutes: 15,
      managed: [{ key: 'refreshIntervalMinutes', problem: 'clamped' }],
    });
    expect(eff(undefined, { refreshIntervalMinutes: 1e9 }).refreshIntervalMinutes).toBe(7 * 24 * 60);
    expect(eff(undefined, { refreshIntervalMinutes: 90 })).toMatchObject({
      refreshIntervalMinutes: 90,
      managed: [],
    });
  });

  test('Windows registry numbers 0/1 count as booleans (Firefox passes REG_DWORD through)', () => {
    const s = eff(undefined, { allowContinue: 0, pageGuard: 1, lockSettings: 1 });
    expect(s).toMatchObject({ allowContinue: false, pageGuard: true, lockSettings: true, managed: [] });
    expect(eff(undefined, { allowContinue: 2 }).managed).toHaveLength(1);
  });

  test('unknown keys (typos) are named; a non-object policy is one problem', () => {
    expect(eff(undefined, { allowcontinue: false }).managed).toEqual([
      { key: 'allowcontinue', problem: 'unknown-key' },
    ]);
    for (const policy of ['string', 7, [1, 2], true]) {
      const s = eff({ pageGuard: false }, policy);
      expect(s.managed).toEqual([expect.objectContaining({ key: '*', problem: 'wrong-type' })]);
      expect(s.pageGuard).toBe(false);
    }
  });

  test('hostile and huge input never throws and stays bounded', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    const hostile = [
      { additionalBlockedDomains: Array.from({ length: 20_000 }, (_, i) => `h${i}.example`) },
      { additionalBlockedDomains: Array.from({ length: 500 }, () => '%%%') },
      { reportUrl: circular },
      { __proto__: { pageGuard: false }, constructor: 1 },
      Object.create(null),
      { listPublicKeys: Array.from({ length: 50 }, (_, i) => `key-${i}`) },
      { listPublicKeys: ['', 'x'.repeat(5000), 'ok-key', '\u0000bad'] },
    ];
    for (const policy of hostile) {
      const s = eff(undefined, policy);
      expectValid(s);
      expect(s.managed.length).toBeLessThanOrEqual(50);
      for (const p of s.managed) expect((p.detail ?? '').length).toBeLessThanOrEqual(120);
    }
    expect(eff(undefined, hostile[0]).additionalBlockedDomains).toHaveLength(10_000);
    expect(eff(undefined, hostile[5]).listPublicKeys).toHaveLength(20);
    expect(eff(undefined, hostile[6]).listPublicKeys).toEqual(['ok-key']);
    const pem =
      '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----\n';
    expect(eff(undefined, { listPublicKeys: [pem] }).listPublicKeys).toEqual([pem.trim()]);
    expect(eff(undefined, hostile[3]).pageGuard).toBe(true);
  });

  test('empty strings: listUrl "" means none, reportUrl "" means none', () => {
    const s = eff({ listUrl: 'https://user.example/list.json' }, { listUrl: '', reportUrl: '' });
    expect(s.listUrl).toBe('');
    expect(s.reportUrl).toBeNull();
    expect(s.managedKeys).toEqual(expect.arrayContaining(['listUrl', 'reportUrl']));
  });

  test('bad stored user values are ignored too (corrupt storage)', () => {
    const s = eff({ pageGuard: 'off', allowContinue: false, refreshIntervalMinutes: -5 }, undefined);
    expect(s.pageGuard).toBe(true);
    expect(s.allowContinue).toBe(false);
    expect(s.refreshIntervalMinutes).toBe(15);
    expect(s.managed).toEqual([]);
    expect(parseSettings('garbage', 'user').values).toEqual({});
  });
});
