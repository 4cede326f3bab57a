import { classify, compileLists, type CompiledLists } from '../domain';
import type { ListData } from '../lists/schema';
import { tight } from '../page/normalize';
import type { FeedItem } from './feeds';

/**
 * Triage of one feed entry with the engine. Feeds list every kind of bad site; the guard's list only wants
 * those that pose as Coupang:
 *
 * - `official`: the engine says the host is Coupang's own. Never added, whatever a feed says.
 * - `candidate`: a look-alike host (the domain guard's verdict and reason codes), or a URL on some other
 *   host whose path or query, a report's page scan, or the feed's own tags claim a brand (the page guard's
 *   folding: look-alike letters, invisible characters and spacing do not hide "coupang" / "쿠팡").
 *   Look-alike hosts are blocked with their subdomains; a claim on another host blocks only that host's
 *   path prefix, so a hacked site or a shared host is not blocked as a whole.
 * - `ignore`: nothing about it concerns the brands (or it is not a web address).
 */
export type Triage =
  | { kind: 'official'; host: string }
  | { kind: 'candidate'; host: string; subdomains: boolean; path?: string; reasons: string[] }
  | { kind: 'ignore'; why: 'invalid' | 'unrelated' };

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const NOT_ALNUM = /[^a-z0-9]+/g;

export interface Triager {
  (item: FeedItem): Triage;
}

/** A triage function for the brands and official domains of `list` (its blocked entries play no part). */
export function createTriager(list: ListData): Triager {
  const engine: CompiledLists = compileLists({ ...list, blocked: [] });
  const names = [
    ...new Set(
      list.brands
        .flatMap((b) => [...b.latin, ...b.hangul])
        .map((n) => tight(n))
        .filter((n) => n.length >= 2),
    ),
  ];
  // the shortest names first: "coupang" answers before "coupangeats" is tried
  names.sort((a, b) => a.length - b.length);
  const claims = (text: string): boolean => {
    if (!text) return false;
    // printable ASCII (most feed URLs): tight() is exactly lower case without non-alphanumerics, minus NFKC's cost
    const t = PRINTABLE_ASCII.test(text) ? text.toLowerCase().replace(NOT_ALNUM, '') : tight(text);
    return names.some((n) => t.includes(n));
  };

  return (item) => {
    const target = item.target.trim();
    if (!target || target.length > 2048) return { kind: 'ignore', why: 'invalid' };
    const v = classify(target, engine);
    if (v.verdict === 'invalid' || !v.hostname) return { kind: 'ignore', why: 'invalid' };
    if (v.verdict === 'official') return { kind: 'official', host: v.hostname };
    // (a verdict that rests on the path alone, a kit's folder on a hacked site or a shared host, blocks that path
    // only, as a claim below does: the host is someone's)
    const pathOnly = v.reasons.length > 0 && v.reasons.every((r) => r.code === 'brand-in-path');
    if ((v.verdict === 'lookalike' || v.verdict === 'blocked') && !pathOnly)
      return { kind: 'candidate', host: v.hostname, subdomains: true, reasons: codes(v.reasons) };

    const url = parseLoose(target);
    const path = url ? safeDecode(url.pathname) : '/';
    const query = url ? safeDecode(url.search) : '';
    // the prefix is kept as the browser writes the path (percent-encoded), the form it is matched against
    const reasons: string[] = [];
    if (claims(path) || claims(query)) reasons.push('path-claims-brand');
    if (item.pageClaim) reasons.push('page-claims-brand');
    if (item.info && claims(item.info)) reasons.push('feed-tags-brand');
    // (the engine read the brand in the path where the names are not spelt out: `/cp/bosang.php`, `/kupang/login.jsp`)
    if (!reasons.length && pathOnly && v.verdict === 'lookalike') reasons.push(...codes(v.reasons));
    if (!reasons.length) return { kind: 'ignore', why: 'unrelated' };
    const prefix = pathPrefix(url?.pathname ?? '/');
    return {
      kind: 'candidate',
      host: v.hostname,
      subdomains: false,
      ...(prefix ? { path: prefix } : {}),
      reasons,
    };
  };
}

function codes(reasons: readonly { code: string }[]): string[] {
  return [...new Set(reasons.map((r) => r.code))];
}

function parseLoose(target: string): URL | null {
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(target) ? target : `http://${target}`);
  } catch {
    return null;
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

/**
 * The part of a path to block: the folder the page lives in ("/coupang/login.php" → "/coupang/"), or the
 * whole path when the page sits at the root ("/coupang-refund.html"). "/" means the whole host.
 */
export function pathPrefix(path: string): string | undefined {
  const p = path.startsWith('/') ? path : `/${path}`;
  const slash = p.lastIndexOf('/');
  const dir = p.slice(0, slash + 1);
  const prefix = dir === '/' ? p : dir;
  return prefix === '/' ? undefined : prefix.slice(0, 500);
}
