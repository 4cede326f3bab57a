import type { DomainVerdictKind } from '../domain/types';
import type { PageVerdictKind } from '../page/types';

/**
 * What the UI says about a tab, from the domain verdict and the page verdict together.
 * `none`: nothing to judge (no web page: new tab, extension page, browser page).
 */
export type DisplayKind =
  | 'official'
  | 'blocked'
  | 'lookalike'
  | 'suspicious-page'
  /** a look-alike the user marked as a real site: "allowed by you", never the official mark */
  | 'allowed'
  | 'unknown'
  | 'none';

export function displayKind(
  domain: DomainVerdictKind | null | undefined,
  page: PageVerdictKind | null | undefined,
  allowedByUser = false,
): DisplayKind {
  if (domain === 'official') return 'official';
  if (domain === 'blocked') return 'blocked';
  if (domain === 'lookalike' && !allowedByUser) return 'lookalike';
  if (page === 'suspicious-page') return 'suspicious-page';
  if (domain === 'lookalike') return 'allowed';
  if (domain === 'unknown') return 'unknown';
  return 'none';
}

/** The kinds that warn (red badge, warning text). */
export function isWarning(kind: DisplayKind): boolean {
  return kind === 'blocked' || kind === 'lookalike' || kind === 'suspicious-page';
}

export interface BadgeSpec {
  /** locale key of the badge text ('' clears it) */
  textKey: string | null;
  color: string;
  /** locale key of the toolbar button's tooltip */
  titleKey: string;
}

const OK_GREEN = '#146c2e';
const WARN_RED = '#b3261e';
const NEUTRAL_GREY = '#5f6368';

/** Badge per display kind: a calm mark for official sites, a clear one for warnings, nothing otherwise. */
export function badgeSpec(kind: DisplayKind): BadgeSpec {
  switch (kind) {
    case 'official':
      return { textKey: 'badge_text_official', color: OK_GREEN, titleKey: 'badge_title_official' };
    case 'blocked':
      return { textKey: 'badge_text_warning', color: WARN_RED, titleKey: 'badge_title_blocked' };
    case 'lookalike':
      return { textKey: 'badge_text_warning', color: WARN_RED, titleKey: 'badge_title_lookalike' };
    case 'suspicious-page':
      return { textKey: 'badge_text_warning', color: WARN_RED, titleKey: 'badge_title_suspicious_page' };
    case 'allowed':
      return { textKey: null, color: NEUTRAL_GREY, titleKey: 'badge_title_allowed' };
    case 'unknown':
      return { textKey: null, color: OK_GREEN, titleKey: 'badge_title_unknown' };
    case 'none':
      return { textKey: null, color: OK_GREEN, titleKey: 'badge_title_none' };
  }
}
