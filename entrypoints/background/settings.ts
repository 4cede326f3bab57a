import { browser } from 'wxt/browser';
import {
  DEFAULT_SETTINGS,
  effectiveSettings,
  parseSettingValue,
  type EffectiveSettings,
  type SettingKey,
  type SettingsProblem,
} from '../../lib/policy/index';
import {
  uiGetSettings,
  uiSetSettings,
  type GetSettingsReply,
  type SetSettingsReply,
} from '../../lib/messages/settings';
import { onUiMessage } from './router';

/**
 * Effective settings = policy (storage.managed) over the user's settings (storage.local) over defaults,
 * recomputed whenever either changes (applied live). Cached in memory: reading storage.managed takes ~2 s
 * (once >7 s) after browser start in Chromium, and nothing that judges a navigation may wait for that on
 * every call. The cache is refreshed by change events and by a few readings after start; a new worker reads
 * once.
 */
export const USER_SETTINGS_KEY = 'userSettings';

type Listener = (settings: EffectiveSettings, previous: EffectiveSettings | null) => void;

const listeners = new Set<Listener>();
let cached: { value: Promise<EffectiveSettings> } | null = null;
let lastNotified: string | null = null;
let lastValue: EffectiveSettings | null = null;
let writes: Promise<unknown> = Promise.resolve();

/** Chrome: {} without policy. Firefox: rejects ("Managed storage manifest not found") without policy. */
async function readManaged(): Promise<unknown> {
  try {
    const area = browser.storage.managed as typeof browser.storage.local | undefined;
    return area ? await area.get(null) : undefined;
  } catch {
    return undefined;
  }
}

async function readUser(): Promise<unknown> {
  try {
    return (await browser.storage.local.get(USER_SETTINGS_KEY))[USER_SETTINGS_KEY];
  } catch {
    return undefined;
  }
}

async function compute(): Promise<EffectiveSettings> {
  const [policy, user] = await Promise.all([readManaged(), readUser()]);
  return effectiveSettings(DEFAULT_SETTINGS, user, policy);
}

/** Current effective settings (read once, then kept current by change events and refresh()). */
export function getSettings(): Promise<EffectiveSettings> {
  if (!cached) {
    const value = compute();
    cached = { value };
    value.catch(() => {
      if (cached?.value === value) cached = null;
    });
  }
  return cached.value;
}

/** Call `cb` whenever the effective settings change (policy or user). Returns an unsubscribe function. */
export function onSettingsChange(cb: Listener): () => void {
  listeners.add(cb);
  return () => listeners.delete(cb);
}

async function refresh(): Promise<void> {
  // the cached value stays in use until the new reading is there
  const value = compute();
  await value.catch(() => undefined);
  cached = { value };
  const next = await getSettings();
  const json = JSON.stringify(next);
  if (json === lastNotified) return;
  const previous = lastValue;
  lastNotified = json;
  lastValue = next;
  if (previous === null) return; // first reading: nothing changed yet
  for (const cb of listeners) {
    try {
      cb(next, previous);
    } catch (err) {
      console.warn('[coupang-guard] settings listener failed', err);
    }
  }
}

async function getSettingsReply(): Promise<GetSettingsReply> {
  const settings = await getSettings();
  return {
    settings,
    // copies, not shared references: some serialisers (WebDriver BiDi) drop a repeated object
    problems: settings.managed.map((p) => ({ ...p })),
    managedKeys: [...settings.managedKeys],
    locked: settings.lockSettings,
  };
}

/** Save the user's own settings (the options page's path, also used by "This is a real Coupang site"). */
export async function setSettings(raw: unknown): Promise<SetSettingsReply> {
  const msg = uiSetSettings.safeParse(raw);
  if (!msg.success) return { ok: false, error: 'invalid', problems: [{ key: '*', problem: 'wrong-type' }] };
  cached = null;
  const current = await getSettings();
  if (current.lockSettings) return { ok: false, error: 'locked' };
  const entries = Object.entries(msg.data.settings).filter(([, v]) => v !== undefined) as [
    SettingKey,
    unknown,
  ][];
  const managed = entries.map(([k]) => k).filter((k) => current.managedKeys.includes(k));
  if (managed.length > 0) return { ok: false, error: 'managed', keys: managed };
  const problems: SettingsProblem[] = [];
  const updates: Partial<Record<SettingKey, unknown>> = {};
  for (const [key, value] of entries) {
    if (value === null) {
      updates[key] = null;
      continue;
    }
    const parsed = parseSettingValue(key, value);
    problems.push(...parsed.problems);
    if (parsed.value !== undefined) updates[key] = parsed.value;
  }
  if (problems.length > 0) return { ok: false, error: 'invalid', problems };
  const write = writes.then(async () => {
    const stored = await readUser();
    const next: Record<string, unknown> =
      typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? { ...stored } : {};
    for (const [key, value] of Object.entries(updates)) {
      if (value === null) delete next[key];
      else next[key] = value;
    }
    await browser.storage.local.set({ [USER_SETTINGS_KEY]: next });
  });
  writes = write.catch(() => undefined);
  await write;
  await refresh();
  return { ok: true, settings: await getSettings() };
}

export function setupSettings(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed' || (area === 'local' && USER_SETTINGS_KEY in changes)) void refresh();
  });
  onUiMessage('ui:get-settings', (raw) => (uiGetSettings.safeParse(raw).success ? getSettingsReply() : null));
  onUiMessage('ui:set-settings', (raw) => setSettings(raw));
  void refresh();
  // Chrome delivers managed values a few seconds after startup, not always with an onChanged event:
  // look again a few times so late policy still applies without waiting for the next change.
  for (const delay of [2_000, 5_000, 10_000, 20_000]) setTimeout(() => void refresh(), delay);
}
