/** Why a list was refused or a check failed. Stable codes: the UI localises them as `list_error_<code>`. */
export const LIST_ERROR_REASONS = [
  'network',
  'timeout',
  'http-status',
  'redirect-limit',
  'bad-url',
  'too-large',
  'truncated',
  'empty',
  'not-json',
  'not-canonical',
  'schema',
  'unknown-key',
  'bad-signature',
  'expired',
  'rollback',
  'internal',
] as const;

export type ListErrorReason = (typeof LIST_ERROR_REASONS)[number];

export interface ListError {
  /** ms since epoch */
  time: number;
  reason: ListErrorReason;
  /** short technical detail (e.g. "HTTP 500"); untrusted: render as text only */
  detail?: string;
}

/** What the popup and the options page show about the lists. Times are ms since epoch; null = never. */
export interface ListStatus {
  /** version of the active list (the remote one, or the bundled one) */
  version: number;
  /** ISO times of the active list */
  issued: string;
  expires: string;
  source: 'bundled' | 'remote';
  /** entries the guard blocks now (active list merged with the bundled one and policy extras) */
  blockedCount: number;
  /** where lists are fetched from ('' = not configured) */
  url: string;
  lastCheck: number | null;
  lastSuccess: number | null;
  lastError?: ListError;
  /** when the next automatic check is due */
  nextCheck: number | null;
}
