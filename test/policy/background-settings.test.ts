import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { GetSettingsReply, SetSettingsReply } from '../../lib/messages/settings';
import type * as SettingsModuleNs from '../../entrypoints/background/settings';

/**
 * entrypoints/background/settings.ts against an in-memory browser: storage.managed (policy) and
 * storage.local (user) → effective settings, live changes, and the options page's messages.
 */
const handlers = new Map<string, (msg: unknown) => unknown>();
vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));
vi.mock('../../entrypoints/background/router', () => ({
  onUiMessage: (type: string, h: (msg: unknown) => unknown) => handlers.set(type, h),
  onContentMessage: () => undefined,
}));

type SettingsModule = typeof SettingsModuleNs;
let mod: SettingsModule;

beforeEach(async () => {
  fakeBrowser.reset();
  handlers.clear();
  vi.resetModules();
  vi.useFakeTimers({ toFake: ['setTimeout', 'Date'] });
  mod = await import('../../entrypoints/background/settings');
});
afterEach(() => {
  vi.useRealTimers();
});

const call = async <T>(type: string, msg: object = {}): Promise<T> =>
  (await handlers.get(type)!({ type, ...msg })) as T;

describe('background settings', () => {
  test('policy over user over defaults, with problems and managed keys in ui:get-settings', async () => {
    await fakeBrowser.storage.managed.set({
      allowContinue: false,
      pageGuard: 'off',
      additionalBlockedDomains: ['x.test'],
    });
    await fakeBrowser.storage.local.set({
      [mod.USER_SETTINGS_KEY]: { pageGuard: false, allowContinue: true },
    });
    mod.setupSettings();
    const reply = await call<GetSettingsReply>('ui:get-settings');
    expect(reply.settings).toMatchObject({
      allowContinue: false,
      pageGuard: false,
      additionalBlockedDomains: ['x.test'],
    });
    expect(reply.problems).toEqual([{ key: 'pageGuard', problem: 'wrong-type', detail: 'off' }]);
    expect(reply.managedKeys.sort()).toEqual(['additionalBlockedDomains', 'allowContinue']);
    expect(reply.locked).toBe(false);
  });

  test('Firefox without policy: storage.managed rejects → treated as no policy', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(
      new Error('Managed storage manifest not found'),
    );
    mod.setupSettings();
    const s = await mod.getSettings();
    expect(s).toMatchObject({ allowContinue: true, pageGuard: true, managed: [], managedKeys: [] });
  });

  test('a policy change applies live and notifies listeners', async () => {
    mod.setupSettings();
    const seen: boolean[] = [];
    mod.onSettingsChange((s, prev) => seen.push(s.allowContinue, prev?.allowContinue ?? true));
    expect((await mod.getSettings()).allowContinue).toBe(true);
    await vi.advanceTimersByTimeAsync(10); // first reading done
    await fakeBrowser.storage.managed.set({ allowContinue: false });
    await vi.advanceTimersByTimeAsync(10);
    expect((await mod.getSettings()).allowContinue).toBe(false);
    expect(seen).toEqual([false, true]);
  });

  test('policy arriving late without an event is still picked up by the early re-reads', async () => {
    mod.setupSettings();
    await vi.advanceTimersByTimeAsync(10);
    const seen: unknown[] = [];
    mod.onSettingsChange((s) => seen.push(s.additionalBlockedDomains));
    // write behind the listener's back (as Chrome's first policy load may do)
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({
      additionalBlockedDomains: ['late.test'],
    });
    await vi.advanceTimersByTimeAsync(5_100);
    expect(seen).toEqual([['late.test']]);
  });

  test('ui:set-settings stores validated user values; null resets a key', async () => {
    mod.setupSettings();
    const ok = await call<SetSettingsReply>('ui:set-settings', {
      settings: { pageGuard: false, additionalBlockedDomains: ['Evil.Example', '*.phish.test'] },
    });
    expect(ok).toMatchObject({
      ok: true,
      settings: { pageGuard: false, additionalBlockedDomains: ['evil.example', 'phish.test'] },
    });
    const reset = await call<SetSettingsReply>('ui:set-settings', { settings: { pageGuard: null } });
    expect(reset).toMatchObject({
      ok: true,
      settings: { pageGuard: true, additionalBlockedDomains: ['evil.example', 'phish.test'] },
    });
    expect((await fakeBrowser.storage.local.get(mod.USER_SETTINGS_KEY))[mod.USER_SETTINGS_KEY]).toEqual({
      additionalBlockedDomains: ['evil.example', 'phish.test'],
    });
  });

  test('ui:set-settings refuses bad values, policy keys, lockSettings and locked settings', async () => {
    await fakeBrowser.storage.managed.set({ allowContinue: false });
    mod.setupSettings();
    expect(await call('ui:set-settings', { settings: { reportUrl: 'http://soc.example/' } })).toEqual({
      ok: false,
      error: 'invalid',
      problems: [{ key: 'reportUrl', problem: 'insecure-url', detail: 'http://soc.example/' }],
    });
    expect(await call('ui:set-settings', { settings: { allowContinue: true } })).toEqual({
      ok: false,
      error: 'managed',
      keys: ['allowContinue'],
    });
    expect(await call('ui:set-settings', { settings: { lockSettings: false } })).toMatchObject({
      ok: false,
      error: 'invalid',
    });
    await fakeBrowser.storage.managed.set({ lockSettings: true });
    expect(await call('ui:set-settings', { settings: { pageGuard: false } })).toEqual({
      ok: false,
      error: 'locked',
    });
    expect((await call<GetSettingsReply>('ui:get-settings')).locked).toBe(true);
    expect(await fakeBrowser.storage.local.get(mod.USER_SETTINGS_KEY)).toEqual({});
  });
});
