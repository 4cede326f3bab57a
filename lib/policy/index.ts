/** Enterprise policy and user settings: validation, precedence, reports. Pure: no browser APIs. */
export type { EffectiveSettings, Settings, SettingKey, SettingsProblem, ProblemCode } from './types';
export { SETTING_KEYS } from './types';
export { DEFAULT_SETTINGS, MIN_REFRESH_MINUTES, MAX_REFRESH_MINUTES } from './defaults';
export { parseSettings, parseSettingValue, USER_KEYS, isSettingKey } from './schema';
export { effectiveSettings, settingsSchema } from './effective';
export { isUserEditable } from './editable';
export {
  normalizeHostEntry,
  hostMatches,
  checkEndpointUrl,
  isPageGuardException,
  isLocalTestHost,
} from './hosts';
export { buildReport, newReportId, reportSchema, reportableUrl } from './report';
export { planOfficialAllowance } from './official-allowance';
export type { OfficialAllowanceOutcome, OfficialAllowancePlan } from './official-allowance';
export type { Report, ReportInput, ReportReason } from './report';
export { ReportQueue, parseQueueState, backoffDelay, emptyQueueState } from './report-queue';
export type { QueueState, QueueStatus, FlushResult, SendResult, Sender, QueueStore } from './report-queue';
export { postReport } from './report-transport';
