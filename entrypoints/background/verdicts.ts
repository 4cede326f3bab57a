import { classify } from '../../lib/domain/index';
import type { DomainVerdict } from '../../lib/domain/types';
import { isLocalFileUrl, localFileVerdict } from '../../lib/domain/local-file';
import { latinDisplayName } from '../../lib/ui/brand';
import type { BrandNames, Contacts } from '../../lib/messages/ui';
import type { ListData } from '../../lib/lists/schema';
import { withUserAllowance } from '../../lib/policy/official-allowance';
import { loadRealSites } from './allowances';
import { getActiveListData, getJudgingLists } from './lists';

/** Judging addresses for the UI: always with the current lists (bundled + remote + policy extras). */
export function isWebUrl(url: string | null | undefined): url is string {
  return typeof url === 'string' && /^https?:\/\//i.test(url);
}

/** Does the address warn? Not a look-alike the user marked as a real site (its pages are still read). */
export function isFlagged(v: DomainVerdict | null | undefined): boolean {
  return v?.verdict === 'blocked' || (v?.verdict === 'lookalike' && !v.allowedByUser);
}

/** A page the guards judge: a web page, or one opened from disk (red team 33, r01: no host, page guard only). */
export function isPageUrl(url: string | null | undefined): url is string {
  return isWebUrl(url) || isLocalFileUrl(url);
}

export async function judgeUrl(url: string): Promise<DomainVerdict> {
  // a file has no host: the domain guard says nothing (an unknown host's word), the page guard reads it
  if (isLocalFileUrl(url)) return localFileVerdict(url);
  const [lists, sites] = await Promise.all([getJudgingLists(), loadRealSites()]);
  return withUserAllowance(classify(url, lists), sites);
}

/**
 * The brand a verdict is about (or the main brand, for known-bad sites that name none), with its names,
 * from the list in force.
 */
export async function brandNames(
  v: DomainVerdict | null,
  fallbackBrandId?: string,
): Promise<BrandNames | null> {
  const list: ListData = await getActiveListData();
  const id = v?.brand?.id ?? fallbackBrandId ?? list.brands[0]?.id;
  const listed = list.brands.find((b) => b.id === id);
  const officialFromHome = (home: string): string => {
    try {
      return new URL(home).hostname.replace(/^www\./, '');
    } catch {
      return '';
    }
  };
  if (v?.brand) {
    return {
      id: v.brand.id,
      latin: latinDisplayName(v.brand.name, v.brand.id),
      hangul: listed?.hangul[0] ?? null,
      home: v.brand.home,
      officialDomain: v.brand.officialDomain,
    };
  }
  if (!listed) return null;
  return {
    id: listed.id,
    latin: listed.name ?? latinDisplayName(listed.latin[0], listed.id),
    hangul: listed.hangul[0] ?? null,
    home: listed.home,
    officialDomain: listed.domains[0] ?? officialFromHome(listed.home),
  };
}

/** Customer centre and report lines from the list in force. */
export async function contacts(): Promise<Contacts> {
  return (await getActiveListData()).contacts;
}
