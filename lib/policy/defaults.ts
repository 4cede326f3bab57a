import type { Settings } from './types';

export const MIN_REFRESH_MINUTES = 15;
export const MAX_REFRESH_MINUTES = 7 * 24 * 60;

/** What applies when neither policy nor the user set a key. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
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
});
