import type { EffectiveSettings, SettingKey } from './types';

/** May the user change `key` right now? (Small on purpose: the options page imports it without zod.) */
export function isUserEditable(
  settings: Pick<EffectiveSettings, 'lockSettings' | 'managedKeys'>,
  key: SettingKey,
): boolean {
  return !settings.lockSettings && key !== 'lockSettings' && !settings.managedKeys.includes(key);
}
