import { describe, expect, it } from 'vitest';
import { parseContentMessage, parseUiMessage } from '../../lib/messages/index';
import { MAX_MESSAGE_LENGTH } from '../../lib/message/check';
import { bundledList } from '../../lib/lists/bundled';
import { blockedEntrySchema, describeIssue, listDataSchema } from '../../lib/lists/schema';
import { parseQueueState } from '../../lib/policy/report-queue';
import { settingsSchema } from '../../lib/policy/effective';
import { parseSettings } from '../../lib/policy/schema';

/**
 * The boundaries' schemas as the background applies them (issue #16 moved them to zod/mini, whose schemas are
 * light to build at the worker's start): the limits, types and shapes every message and stored value is held
 * to. Measured against the classic build before the move: the same answer (success and data) on 85,000
 * generated hostile variants of valid messages, lists, settings and stored states.
 */
const URL_ = 'https://example.test/';
const verdict = {
  verdict: 'suspicious-page',
  score: 3,
  reasons: [{ code: 'title', weight: 2, evidence: 'e' }],
};

describe('content script messages', () => {
  it('accept what the content script sends, and strip unknown keys', () => {
    expect(parseContentMessage({ type: 'cs:hello', url: URL_, early: true, x: 1 })).toEqual({
      type: 'cs:hello',
      url: URL_,
      early: true,
    });
    expect(parseContentMessage({ type: 'cs:page-verdict', url: URL_, verdict })).not.toBeNull();
    expect(parseContentMessage({ type: 'cs:judge-links', hosts: ['a.test'] })).not.toBeNull();
  });

  it('refuse unknown types, wrong types, empty and over-long addresses', () => {
    for (const bad of [
      null,
      'cs:hello',
      { type: 'cs:nope', url: URL_ },
      { type: 'cs:hello' },
      { type: 'cs:hello', url: '' },
      { type: 'cs:hello', url: 'x'.repeat(8193) },
      { type: 'cs:hello', url: URL_, early: false },
      { type: 'cs:load-scanner', extra: 1 }, // strict: nothing else may ride along
      { type: 'cs:pdf-text', url: URL_ }, // strict: the background reads the sender's own address
      { type: 'cs:judge-links', hosts: Array(201).fill('a.test') },
      { type: 'cs:judge-links', hosts: [''] },
      { type: 'cs:judge-links', hosts: ['x'.repeat(254)] },
    ])
      expect(parseContentMessage(bad), JSON.stringify(bad)?.slice(0, 80)).toBeNull();
    expect(parseContentMessage({ type: 'cs:hello', url: 'x'.repeat(8192) })).not.toBeNull();
    expect(parseContentMessage({ type: 'cs:load-scanner' })).not.toBeNull();
    expect(parseContentMessage({ type: 'cs:pdf-text' })).not.toBeNull();
  });

  it('refuse page verdicts with numbers that are not finite, bad codes or too many reasons', () => {
    const withVerdict = (v: object) => parseContentMessage({ type: 'cs:report', url: URL_, verdict: v });
    expect(withVerdict(verdict)).not.toBeNull();
    for (const bad of [
      { ...verdict, score: Infinity },
      { ...verdict, score: NaN },
      { ...verdict, identity: -Infinity },
      { ...verdict, verdict: 'fake' },
      { ...verdict, brand: 'Coupang' },
      { ...verdict, reasons: [{ code: 'Title', weight: 1 }] },
      { ...verdict, reasons: [{ code: 'title', weight: Infinity }] },
      { ...verdict, reasons: [{ code: 'title', weight: 1, group: 'other' }] },
      { ...verdict, reasons: Array(101).fill({ code: 'title', weight: 1 }) },
    ])
      expect(withVerdict(bad), JSON.stringify(bad)).toBeNull();
  });

  it('shorten page evidence to 200 characters instead of refusing it, up to 100,000', () => {
    const long = parseContentMessage({
      type: 'cs:report',
      url: URL_,
      verdict: { ...verdict, reasons: [{ code: 'title', weight: 1, evidence: 'a'.repeat(5000) }] },
    });
    expect(long?.type === 'cs:report' && long.verdict.reasons[0]?.evidence).toBe(`${'a'.repeat(199)}…`);
    expect(
      parseContentMessage({
        type: 'cs:report',
        url: URL_,
        verdict: { ...verdict, reasons: [{ code: 'title', weight: 1, evidence: 'a'.repeat(100_001) }] },
      }),
    ).toBeNull();
  });
});

describe('extension page messages', () => {
  it('hold tab ids to integers from 0 to 2^31 and tickets to 64 characters', () => {
    expect(parseUiMessage({ type: 'ui:get-tab-state', tabId: 0 })).not.toBeNull();
    expect(parseUiMessage({ type: 'ui:go-back', tabId: 2 ** 31 })).not.toBeNull();
    for (const bad of [
      { type: 'ui:get-tab-state', tabId: -1 },
      { type: 'ui:get-tab-state', tabId: 1.5 },
      { type: 'ui:get-tab-state', tabId: '1' },
      { type: 'ui:go-back', tabId: 2 ** 31 + 1 },
      { type: 'ui:get-warning', ticket: 'x'.repeat(65) },
      { type: 'ui:report', url: URL_, source: 'other' },
      { type: 'ui:revoke-allowance', host: '' },
      { type: 'ui:take-selection', id: 'short' },
      { type: 'ui:set-settings', settings: { unknownKey: 1 } }, // strict: only the settings keys
    ])
      expect(parseUiMessage(bad), JSON.stringify(bad)).toBeNull();
    expect(parseUiMessage({ type: 'ui:get-warning', url: null, ticket: null })).not.toBeNull();
  });

  it('cut a pasted message to the check length instead of refusing it, up to 1,000,000', () => {
    // a long paste arrives whole: the check reads its start and its end (a link after the padding is not lost)
    const m = parseUiMessage({ type: 'ui:check-message', text: 'a'.repeat(MAX_MESSAGE_LENGTH + 10) });
    expect(m?.type === 'ui:check-message' && m.text.length).toBe(MAX_MESSAGE_LENGTH + 10);
    expect(parseUiMessage({ type: 'ui:check-message', text: 'a'.repeat(1_000_001) })).toBeNull();
  });
});

describe('lists', () => {
  it('normalise hosts and fill defaults of blocked entries', () => {
    expect(blockedEntrySchema.parse({ host: ' Evil.Example. ' })).toEqual({
      host: 'evil.example',
      subdomains: true,
      source: 'unknown',
    });
    expect(blockedEntrySchema.safeParse({ host: 'evil example' }).success).toBe(false);
    expect(blockedEntrySchema.safeParse({ host: 'a.test', path: 'no-slash' }).success).toBe(false);
  });

  it('refuse a list whose version is not a positive integer, and name the first problem for people', () => {
    expect(listDataSchema.safeParse(bundledList).success).toBe(true);
    for (const version of [0, 1.5, -1, 2 ** 53, Infinity])
      expect(listDataSchema.safeParse({ ...bundledList, version }).success, String(version)).toBe(false);
    const r = listDataSchema.safeParse({ ...bundledList, brands: [] });
    expect(r.success).toBe(false);
    expect(r.success ? '' : describeIssue(r.error.issues)).toBe('brands: too small (minimum 1)');
    const t = listDataSchema.safeParse({ ...bundledList, issued: 12 });
    expect(t.success ? '' : describeIssue(t.error.issues)).toBe('issued: invalid type (expected string)');
  });
});

describe('stored state and settings', () => {
  it('repair a hostile report queue field by field', () => {
    const s = parseQueueState({
      items: [],
      attempts: -1,
      nextAttemptAt: 'soon',
      dropped: 1.5,
      delivered: 2,
      lastError: { time: 'x' },
      lastSuccess: Infinity,
      recent: 'no',
    });
    expect(s).toMatchObject({
      attempts: 0,
      nextAttemptAt: 0,
      dropped: 0,
      delivered: 2,
      lastError: null,
      lastSuccess: null,
      recent: [],
    });
  });

  it('refuse refresh intervals that are not finite numbers, and accept 0 and 1 as booleans', () => {
    for (const v of [Infinity, NaN, '60', null]) {
      const r = parseSettings({ refreshIntervalMinutes: v }, 'policy');
      expect(r.values.refreshIntervalMinutes, String(v)).toBeUndefined();
    }
    expect(parseSettings({ allowContinue: 0, pageGuard: 1 }, 'policy').values).toEqual({
      allowContinue: false,
      pageGuard: true,
    });
    expect(parseSettings({ allowContinue: 2 }, 'policy').values.allowContinue).toBeUndefined();
  });

  it('keep effective settings strict', () => {
    const plain = {
      additionalOfficialDomains: [],
      additionalBlockedDomains: [],
      listUrl: '',
      listPublicKeys: [],
      refreshIntervalMinutes: 60,
      allowContinue: true,
      pageGuard: true,
      pageGuardExceptions: [],
      reportUrl: null,
      lockSettings: false,
    };
    expect(settingsSchema.safeParse(plain).success).toBe(true);
    expect(settingsSchema.safeParse({ ...plain, extra: 1 }).success).toBe(false);
    expect(settingsSchema.safeParse({ ...plain, refreshIntervalMinutes: 14 }).success).toBe(false);
    expect(settingsSchema.safeParse({ ...plain, refreshIntervalMinutes: 15.5 }).success).toBe(false);
  });
});
