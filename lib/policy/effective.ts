import { z } from 'zod/mini';
import { parseSettings } from './schema';
import { SETTING_KEYS, type EffectiveSettings, type SettingKey, type Settings } from './types';

/** Shape of fully resolved settings (what every consumer may rely on). */
export const settingsSchema = z.strictObject({
  additionalOfficialDomains: z.array(z.string()),
  additionalBlockedDomains: z.array(z.string()),
  listUrl: z.string(),
  listPublicKeys: z.array(z.string()),
  refreshIntervalMinutes: z.int().check(z.minimum(15)),
  allowContinue: z.boolean(),
  pageGuard: z.boolean(),
  pageGuardExceptions: z.array(z.string()),
  reportUrl: z.nullable(z.string()),
  lockSettings: z.boolean(),
}) satisfies z.ZodMiniType<Settings>;

function copy<T>(v: T): T {
  return (Array.isArray(v) ? [...v] : v) as T;
}

/**
 * Policy over user settings over defaults, key by key. `user` and `policy` are raw, untrusted objects
 * (storage.local / storage.managed); each key is validated on its own and a bad value falls back to
 * the next source. With `lockSettings` the user's settings are ignored entirely (the organisation
 * decides, including for keys it left unset: those keep their defaults).
 */
export function effectiveSettings(
  defaults: Readonly<Settings>,
  user: unknown,
  policy: unknown,
): EffectiveSettings {
  const fromPolicy = parseSettings(policy, 'policy');
  const locked = fromPolicy.values.lockSettings === true;
  const fromUser: { values: Partial<Settings> } = locked ? { values: {} } : parseSettings(user, 'user');
  const out: Record<string, unknown> = {};
  const managedKeys: SettingKey[] = [];
  for (const key of SETTING_KEYS) {
    if (fromPolicy.values[key] !== undefined) {
      out[key] = copy(fromPolicy.values[key]);
      managedKeys.push(key);
    } else if (fromUser.values[key] !== undefined) {
      out[key] = copy(fromUser.values[key]);
    } else {
      out[key] = copy(defaults[key]);
    }
  }
  return { ...(out as unknown as Settings), managed: fromPolicy.problems, managedKeys };
}
