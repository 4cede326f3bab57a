/**
 * Locale key of a reason code: `reason_<code>` with dashes as underscores (chrome.i18n keys allow only
 * [A-Za-z0-9_@]). Domain and page reason codes share one namespace; a unit test keeps them apart.
 */
export function reasonKey(code: string): string {
  return `reason_${code.replace(/-/g, '_')}`;
}

/** Key used when a code has no text of its own (a newer engine than this UI). */
export const UNKNOWN_REASON_KEY = 'reason_other';
