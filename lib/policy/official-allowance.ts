import { isUserEditable } from './editable';
import type { EffectiveSettings } from './types';

/** Most hosts the user may mark as real sites (storage stays small). */
export const MAX_REAL_SITES = 200;

/**
 * "This is a real Coupang site": the user's allowance of one host the guard judged a look-alike (red team 33, r04).
 * It covers that exact host only — never its registrable domain, whose every subdomain a kit can make — and it only
 * lifts the address warning: the host is not official, the page guard and its second chance keep reading its pages,
 * and the badge and popup say "allowed by you", never the list's official mark. It is kept apart from the official
 * domains (an organisation's policy `additionalOfficialDomains` keeps its meaning), listed on the options page
 * with the other allowances and revocable there; settings locked or managed by policy add nothing.
 */
export type OfficialAllowanceOutcome =
  /** the host was added to the user's real sites */
  | 'added'
  /** already official or already allowed: nothing to do */
  | 'already'
  /** settings are locked by policy */
  | 'locked'
  /** the organisation sets the official domains */
  | 'managed'
  /** on the known-bad list: a scam page may ask for this very click, so it only reports */
  | 'known-bad'
  /**
   * the brand was in the path of a shared host, or a redirector led to the look-alike: allowing its host would
   * allow every site on it
   */
  | 'shared-host'
  /** no host name (a bad address), or the list is full */
  | 'invalid';

export interface AllowanceVerdict {
  verdict: string;
  hostname: string | null;
  reasons: readonly { code: string }[];
  allowedByUser?: true;
}

export interface OfficialAllowancePlan {
  outcome: OfficialAllowanceOutcome;
  /** the host concerned, ASCII */
  domain: string | null;
  /** with 'added': the user's new real-site hosts */
  next?: string[];
}

/** What pressing "This is a real Coupang site" does for verdict `v` under `settings`, given the hosts already allowed. Pure. */
export function planOfficialAllowance(
  settings: Pick<EffectiveSettings, 'additionalOfficialDomains' | 'lockSettings' | 'managedKeys'>,
  v: AllowanceVerdict,
  realSites: readonly string[] = [],
): OfficialAllowancePlan {
  const host = v.hostname;
  if (!host) return { outcome: 'invalid', domain: null };
  if (v.verdict === 'official' || v.allowedByUser || realSites.includes(host))
    return { outcome: 'already', domain: host };
  if (v.verdict === 'blocked') return { outcome: 'known-bad', domain: host };
  // the brand was in a shared host's path, or a redirector led to the look-alike: the host is everyone's
  if (v.reasons.some((r) => r.code === 'brand-in-path' || r.code === 'redirect'))
    return { outcome: 'shared-host', domain: host };
  if (!isUserEditable(settings, 'additionalOfficialDomains'))
    return { outcome: settings.lockSettings ? 'locked' : 'managed', domain: host };
  if (realSites.length >= MAX_REAL_SITES) return { outcome: 'invalid', domain: host };
  return { outcome: 'added', domain: host, next: [...realSites, host] };
}

/** `v` with the user's "real site" mark when its host is one the user allowed; only a look-alike is lifted. Pure. */
export function withUserAllowance<V extends { verdict: string; hostname: string | null }>(
  v: V,
  realSites: readonly string[],
): V & { allowedByUser?: true } {
  if (v.verdict !== 'lookalike' || !v.hostname || !realSites.includes(v.hostname)) return v;
  return { ...v, allowedByUser: true };
}

/** Well-formed real-site hosts from storage (lower-case host names, bounded); anything else is dropped. */
export function parseRealSites(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  const out = new Set<string>();
  for (const h of raw) {
    if (out.size >= MAX_REAL_SITES) break;
    if (typeof h === 'string' && /^[a-z0-9.-]{1,253}$/.test(h)) out.add(h);
  }
  return [...out];
}
