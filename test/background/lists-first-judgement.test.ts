import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type * as ListsNs from '../../entrypoints/background/lists';
import { DEFAULT_SETTINGS } from '../../lib/policy/defaults';
import type { EffectiveSettings } from '../../lib/policy';

/**
 * entrypoints/background/lists.ts after a start, while the settings (storage.managed: seconds after a browser
 * start) are not read yet: the first judgement uses the bundled list compiled alone; when the full lists turn
 * out to be that same list (no stored list, no policy extras) they are not compiled a second time and nothing
 * is judged or synced again while the first pages load (issue #16). With policy extras they are, at once.
 */
vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));
vi.mock('../../entrypoints/background/router', () => ({
  onUiMessage: () => undefined,
  onContentMessage: () => undefined,
}));
const syncBlockRules = vi.fn((_targets: unknown[]) => Promise.resolve());
vi.mock('../../entrypoints/background/dnr', () => ({
  setupDnr: () => undefined,
  syncBlockRules: (targets: unknown[]) => syncBlockRules(targets),
}));
let release: (s: EffectiveSettings) => void = () => undefined;
let settings: Promise<EffectiveSettings> = Promise.resolve(DEFAULT_SETTINGS as EffectiveSettings);
vi.mock('../../entrypoints/background/settings', () => ({
  getSettings: () => settings,
  onSettingsChange: () => () => undefined,
}));

let lists: typeof ListsNs;

beforeEach(async () => {
  fakeBrowser.reset();
  syncBlockRules.mockClear();
  settings = new Promise((r) => (release = r));
  vi.resetModules();
  lists = await import('../../entrypoints/background/lists');
});
afterEach(() => {
  vi.useRealTimers();
});

const settle = () => new Promise((r) => setTimeout(r, 50));

describe('the first judgement after a start', () => {
  test('the bundled list alone: compiled once, nothing synced again', async () => {
    const first = await lists.getJudgingLists(); // settings not there: the bundled list after 30 ms
    release({ ...(DEFAULT_SETTINGS as EffectiveSettings) });
    const full = await lists.getCompiledLists();
    expect(full).toBe(first);
    await settle();
    expect(syncBlockRules).not.toHaveBeenCalled();
    expect(await lists.getJudgingLists()).toBe(first);
  });

  test('with policy extras: the full lists differ and the rules are synced at once', async () => {
    const first = await lists.getJudgingLists();
    release({ ...(DEFAULT_SETTINGS as EffectiveSettings), additionalBlockedDomains: ['bad-shop.test'] });
    const full = await lists.getCompiledLists();
    expect(full).not.toBe(first);
    await settle();
    expect(syncBlockRules).toHaveBeenCalledOnce();
    expect(syncBlockRules.mock.calls[0]![0]).toEqual(
      expect.arrayContaining([expect.objectContaining({ host: 'bad-shop.test' })]),
    );
  });
});
