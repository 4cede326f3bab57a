import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, test, vi } from 'vitest';
import type { GetSettingsReply, SetSettingsReply } from '../../lib/messages/settings';
import { DEFAULT_SETTINGS, effectiveSettings } from '../../lib/policy/index';
import { settingsView } from '../../lib/ui/view-settings';
import { translatorFor } from '../../lib/ui/i18n';
import type { ViewContext } from '../../lib/ui/view-context';

const messages = (lang: string) =>
  JSON.parse(
    readFileSync(new URL(`../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8'),
  ) as Parameters<typeof translatorFor>[0];

function context(lang = 'en') {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const base = translatorFor(messages(lang));
  const missing: string[] = [];
  const t: ViewContext['t'] = (key, subs) => {
    const s = base(key, subs);
    if (!s) missing.push(key);
    return s;
  };
  const ctx: ViewContext = {
    doc: document as unknown as Document,
    t,
    locale: lang,
    now: () => Date.UTC(2026, 0, 1),
  };
  return { ctx, document: document as unknown as Document, missing };
}

function reply(user: unknown, policy: unknown): GetSettingsReply {
  const settings = effectiveSettings(DEFAULT_SETTINGS, user, policy);
  return {
    settings,
    problems: settings.managed,
    managedKeys: settings.managedKeys,
    locked: settings.lockSettings,
  };
}

const noSave = { save: vi.fn(async (): Promise<SetSettingsReply> => ({ ok: false, error: 'locked' })) };

describe('settings section view', () => {
  test('locked by policy: "Managed by your organization", values as text, nothing that looks clickable', () => {
    const { ctx, missing } = context('en');
    const view = settingsView(
      ctx,
      { reply: reply({}, { lockSettings: true, allowContinue: false }) },
      noSave,
    );
    expect(view.querySelector('[data-testid="policy-locked"]')?.textContent).toContain(
      'Managed by your organization',
    );
    expect(view.querySelectorAll('input, textarea, select, button')).toHaveLength(0);
    expect(view.querySelectorAll('.field.readonly')).toHaveLength(9);
    expect(view.querySelector('[data-key="allowContinue"] .value')?.textContent).toBe('Off');
    expect(view.querySelector('[data-testid="managed-allowContinue"]')?.textContent).toBe(
      'Set by your organization',
    );
    expect(view.querySelector('[data-testid="locked-pageGuard"]')?.textContent).toBe('Locked');
    expect(missing).toEqual([]);
  });

  test('Korean: the locked banner speaks Korean', () => {
    const { ctx, missing } = context('ko');
    const view = settingsView(ctx, { reply: reply({}, { lockSettings: true }) }, noSave);
    expect(view.querySelector('[data-testid="policy-locked"]')?.textContent).toContain(
      '조직에서 관리하는 설정입니다',
    );
    expect(missing).toEqual([]);
  });

  test('a key set by policy is disabled and marked; the others stay editable', () => {
    const { ctx } = context();
    const view = settingsView(ctx, { reply: reply({}, { allowContinue: false }) }, noSave);
    const allow = view.querySelector('input[name="allowContinue"]');
    const guard = view.querySelector('input[name="pageGuard"]');
    expect(allow).toBeNull(); // shown as text, not as a disabled checkbox
    expect(view.querySelector('[data-key="allowContinue"].readonly .value')?.textContent).toBe('Off');
    expect(view.querySelector('[data-testid="managed-allowContinue"]')?.textContent).toBe(
      'Set by your organization',
    );
    expect(guard?.hasAttribute('disabled')).toBe(false);
    expect(view.querySelector('[data-testid="policy-partly"]')).not.toBeNull();
  });

  test('ignored policy values are named, with hostile values shown as text only', () => {
    const { ctx, missing } = context();
    const view = settingsView(
      ctx,
      {
        reply: reply(
          {},
          {
            allowContinue: 'nope',
            reportUrl: 'http://soc.corp.example/r',
            allowcontinue: true,
            additionalBlockedDomains: ['<img src=x onerror=alert(1)>'],
          },
        ),
      },
      noSave,
    );
    const box = view.querySelector('[data-testid="policy-problems"]');
    expect(box?.getAttribute('role')).toBe('alert');
    const items = [...(box?.querySelectorAll('li') ?? [])].map((li) => [
      li.getAttribute('data-key'),
      li.textContent,
    ]);
    expect(items).toEqual([
      [
        'allowContinue',
        expect.stringContaining('(allowContinue): wrong kind of value, ignored — value: nope'),
      ],
      ['reportUrl', expect.stringContaining('(reportUrl): must start with https://')],
      ['allowcontinue', 'allowcontinue: unknown policy name (a typo?), ignored'],
      ['additionalBlockedDomains', expect.stringContaining('value: <img src=x onerror=alert(1)>')],
    ]);
    expect(view.querySelector('img')).toBeNull();
    // field names exist for every real key; an unknown key has none (and that is fine)
    expect(missing).toEqual(['options_settings_allowcontinue']);
  });

  test('save sends only what changed, normalised by the background; refusals mark the fields', async () => {
    const { ctx, document } = context();
    const save = vi.fn(async (changes: Record<string, unknown>): Promise<SetSettingsReply> =>
      changes.reportUrl
        ? {
            ok: false,
            error: 'invalid',
            problems: [{ key: 'reportUrl', problem: 'insecure-url', detail: String(changes.reportUrl) }],
          }
        : { ok: true, settings: effectiveSettings(DEFAULT_SETTINGS, changes, {}) },
    );
    const view = settingsView(ctx, { reply: reply({}, {}) }, { save });
    document.body.append(view);
    const form = view.querySelector('form')!;
    (view.querySelector('input[name="pageGuard"]') as HTMLInputElement).checked = false;
    (view.querySelector('textarea[name="additionalBlockedDomains"]') as HTMLTextAreaElement).value =
      'Evil.Example\n\n*.phish.test, x.test';
    form.dispatchEvent(
      new (document.defaultView as unknown as typeof globalThis).Event('submit', { cancelable: true }),
    );
    await vi.waitFor(() =>
      expect(view.querySelector('[data-testid="settings-status"]')?.textContent).toBe('Saved.'),
    );
    expect(save).toHaveBeenCalledWith({
      pageGuard: false,
      additionalBlockedDomains: ['Evil.Example', '*.phish.test', 'x.test'],
    });
    expect(
      (view.querySelector('textarea[name="additionalBlockedDomains"]') as HTMLTextAreaElement).value,
    ).toBe('evil.example\nphish.test\nx.test');

    (view.querySelector('input[name="reportUrl"]') as HTMLInputElement).value = 'http://soc.corp.example/';
    form.dispatchEvent(
      new (document.defaultView as unknown as typeof globalThis).Event('submit', { cancelable: true }),
    );
    await vi.waitFor(() =>
      expect(view.querySelector('[data-testid="settings-status"]')?.textContent).toBe(
        'Not saved. Check the fields marked below.',
      ),
    );
    expect(save).toHaveBeenLastCalledWith({ reportUrl: 'http://soc.corp.example/' });
    const input = view.querySelector('input[name="reportUrl"]');
    expect(input?.getAttribute('aria-invalid')).toBe('true');
    const errs = document.getElementById(input!.getAttribute('aria-describedby')!.split(' ')[1]!);
    expect(errs?.textContent).toContain('must start with https://');
  });

  test('report queue status is shown when known', () => {
    const { ctx, missing } = context();
    const view = settingsView(
      ctx,
      {
        reply: reply({}, { reportUrl: 'https://soc.corp.example/r' }),
        reports: {
          configured: true,
          pending: 2,
          dropped: 0,
          delivered: 5,
          attempts: 1,
          nextAttemptAt: null,
          lastError: { time: Date.UTC(2026, 0, 1) - 60_000, reason: 'HTTP 503' },
          lastSuccess: Date.UTC(2025, 11, 31),
        },
      },
      noSave,
    );
    const text = view.querySelector('[data-testid="report-status"]')?.textContent ?? '';
    expect(text).toContain('Waiting to be sent: 2');
    expect(text).toContain('HTTP 503');
    expect(missing).toEqual([]);
  });

  test('an error older than the last delivery is not shown as current', () => {
    const { ctx } = context();
    const view = settingsView(
      ctx,
      {
        reply: reply({}, { reportUrl: 'https://soc.corp.example/r' }),
        reports: {
          configured: true,
          pending: 0,
          dropped: 0,
          delivered: 5,
          attempts: 0,
          nextAttemptAt: null,
          lastError: { time: Date.UTC(2025, 11, 30), reason: 'HTTP 503' },
          lastSuccess: Date.UTC(2025, 11, 31),
        },
      },
      noSave,
    );
    const text = view.querySelector('[data-testid="report-status"]')?.textContent ?? '';
    expect(text).toContain('Waiting to be sent: 0');
    expect(text).not.toContain('HTTP 503');
  });

  test('no reply from the background: a readable error, no form', () => {
    const { ctx } = context();
    const view = settingsView(ctx, { reply: null }, noSave);
    expect(view.querySelector('form')).toBeNull();
    expect(view.querySelector('[role="alert"]')?.textContent).toBeTruthy();
  });
});
