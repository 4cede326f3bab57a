import { isUserEditable } from './editable';
import { MAX_HOST_ENTRIES } from './schema';
import type { EffectiveSettings } from './types';

/**
 * "This is a real Coupang site": the user's permanent allowance of one registrable domain the guard judged a
 * look-alike. It is the user's own `additionalOfficialDomains` setting (shown and removable on the options page),
 * so everything that governs settings governs it too: locked or managed by policy, nothing is added.
 */
export type OfficialAllowanceOutcome =
  /** the registrable domain was added to the user's official domains */
  | 'added'
  /** already official or already in the list: nothing to do */
  | 'already'
  /** settings are locked by policy */
  | 'locked'
  /** the organisation sets the official domains */
  | 'managed'
  /** on the known-bad list: a scam page may ask for this very click, so it only reports */
  | 'known-bad'
  /**
   * the brand was in the path of a shared host, or a redirector led to the look-alike: allowing its domain would
   * allow every site on it
   */
  | 'shared-host'
  /** no registrable domain (an IP address, a bad address), or the list is full */
  | 'invalid';

export interface AllowanceVerdict {
  verdict: string;
  registrableDomain: string | null;
  reasons: readonly { code: string }[];
}

export interface OfficialAllowancePlan {
  outcome: OfficialAllowanceOutcome;
  /** the registrable domain concerned, ASCII */
  domain: string | null;
  /** with 'added': the user's new additionalOfficialDomains */
  next?: string[];
}

/** What pressing "This is a real Coupang site" does for verdict `v` under `settings`. Pure. */
export function planOfficialAllowance(
  settings: Pick<EffectiveSettings, 'additionalOfficialDomains' | 'lockSettings' | 'managedKeys'>,
  v: AllowanceVerdict,
): OfficialAllowancePlan {
  const domain = v.registrableDomain;
  if (!domain) return { outcome: 'invalid', domain: null };
  if (v.verdict === 'official' || settings.additionalOfficialDomains.includes(domain))
    return { outcome: 'already', domain };
  if (v.verdict === 'blocked') return { outcome: 'known-bad', domain };
  // the brand was in a shared host's path, or a redirector led to the look-alike: the domain is everyone's
  if (v.reasons.some((r) => r.code === 'brand-in-path' || r.code === 'redirect'))
    return { outcome: 'shared-host', domain };
  if (!isUserEditable(settings, 'additionalOfficialDomains'))
    return { outcome: settings.lockSettings ? 'locked' : 'managed', domain };
  if (settings.additionalOfficialDomains.length >= MAX_HOST_ENTRIES) return { outcome: 'invalid', domain };
  return { outcome: 'added', domain, next: [...settings.additionalOfficialDomains, domain] };
}
