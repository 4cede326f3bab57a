import { z } from 'zod/mini';
import type { EffectiveSettings, SettingKey, SettingsProblem } from '../policy/types';
import type { QueueStatus } from '../policy/report-queue';

/**
 * Settings messages (options page → background). Values are validated key by key in the background
 * with the same rules as policy values (lib/policy/schema.ts); `null` removes the user's own value.
 */
const userValue = z.optional(z.unknown());

export const uiGetSettings = z.object({ type: z.literal('ui:get-settings') });
export const uiSetSettings = z.object({
  type: z.literal('ui:set-settings'),
  settings: z.strictObject({
    additionalOfficialDomains: userValue,
    additionalBlockedDomains: userValue,
    listUrl: userValue,
    listPublicKeys: userValue,
    refreshIntervalMinutes: userValue,
    allowContinue: userValue,
    pageGuard: userValue,
    pageGuardExceptions: userValue,
    reportUrl: userValue,
  }),
});
export const uiGetReportStatus = z.object({ type: z.literal('ui:get-report-status') });

/** Reply to ui:get-settings. */
export interface GetSettingsReply {
  settings: EffectiveSettings;
  /** policy values that were ignored or adjusted (same as settings.managed) */
  problems: SettingsProblem[];
  /** keys set by policy: shown as "set by your organization", not editable */
  managedKeys: SettingKey[];
  /** lockSettings: nothing is editable, "Managed by your organization" */
  locked: boolean;
}

/** Reply to ui:set-settings. */
export type SetSettingsReply =
  | { ok: true; settings: EffectiveSettings }
  | { ok: false; error: 'locked' }
  | { ok: false; error: 'managed'; keys: SettingKey[] }
  | { ok: false; error: 'invalid'; problems: SettingsProblem[] };

/** Reply to ui:get-report-status. */
export interface ReportStatusReply extends QueueStatus {
  configured: boolean;
}
