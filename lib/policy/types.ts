/**
 * Settings of the guard: the same keys come from enterprise policy (storage.managed), from the user
 * (storage.local, options page) and from defaults. Policy wins over the user, the user over defaults.
 */
export const SETTING_KEYS = [
  'additionalOfficialDomains',
  'additionalBlockedDomains',
  'listUrl',
  'listPublicKeys',
  'refreshIntervalMinutes',
  'allowContinue',
  'pageGuard',
  'pageGuardExceptions',
  'reportUrl',
  'lockSettings',
] as const;

export type SettingKey = (typeof SETTING_KEYS)[number];

export interface Settings {
  /** more registrable domains / hosts treated as official (with every subdomain), ASCII */
  additionalOfficialDomains: string[];
  /** more domains / hosts blocked (with every subdomain), ASCII */
  additionalBlockedDomains: string[];
  /** where the signed list is fetched from; '' = no remote list configured (bundled list only) */
  listUrl: string;
  /** public keys a list from listUrl must be signed with (format checked by lib/lists) */
  listPublicKeys: string[];
  /** minutes between list refreshes, clamped to [15, 10080] */
  refreshIntervalMinutes: number;
  /** false hides "Continue anyway" everywhere */
  allowContinue: boolean;
  /** false switches the page guard off */
  pageGuard: boolean;
  /** hosts (with subdomains) where the page guard does not run */
  pageGuardExceptions: string[];
  /** endpoint every detection is POSTed to; null = nothing leaves the browser */
  reportUrl: string | null;
  /** true: users cannot change anything (policy only) */
  lockSettings: boolean;
}

/**
 * Stable problem codes for a value that was ignored or adjusted; the options page localises them as
 * `policy_problem_<code>` (underscores for dashes).
 */
export type ProblemCode =
  | 'wrong-type'
  | 'unknown-key'
  | 'invalid-host'
  | 'invalid-url'
  | 'insecure-url'
  | 'invalid-key'
  | 'too-many'
  | 'too-long'
  | 'clamped'
  | 'not-user-setting';

export interface SettingsProblem {
  /** the policy key (as the admin spelled it, for unknown keys) */
  key: string;
  problem: ProblemCode;
  /** the offending entry or value, shortened; untrusted: render as text only */
  detail?: string;
}

export interface EffectiveSettings extends Settings {
  /** problems with the policy: values that were ignored or adjusted (the agreed name is `managed`) */
  managed: SettingsProblem[];
  /** keys whose value comes from policy (users cannot change these) */
  managedKeys: SettingKey[];
}
