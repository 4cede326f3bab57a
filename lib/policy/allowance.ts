import { isLocalFileUrl, localFileKey } from '../domain/local-file';

/**
 * "Continue anyway" allowances: the user chose to open a flagged site, so we stop warning about that exact
 * host until a deadline. Pure bookkeeping over a plain host → deadline (epoch ms) map kept in storage.
 */
export type Allowances = Record<string, number>;

/** How long a "Continue anyway" lasts. */
export const DEFAULT_ALLOWANCE_MS = 60 * 60 * 1000;
/** Shortest duration a test override may set. */
export const MIN_ALLOWANCE_MS = 1000;
/** Oldest entries are dropped past this many (storage stays small whatever happens). */
export const MAX_ALLOWANCES = 200;
/** Longest key kept: a host, or a host and the page on it (allowanceKey). */
export const MAX_KEY = 1024;

/**
 * What a "Continue anyway" covers. Usually the host. When the address was flagged for its path (the brand in a
 * page on a host anyone can publish on) or for where it redirects, only that page, query included: continuing
 * to one Google Sites page or one redirector link must not open every other page of that host.
 */
export function allowanceKey(
  v: { hostname: string | null; reasons: readonly { code: string }[] },
  url: string,
): string | null {
  if (!v.hostname) return null;
  if (!v.reasons.some((r) => r.code === 'brand-in-path' || r.code === 'redirect')) return v.hostname;
  try {
    const u = new URL(url);
    return `${v.hostname}${u.pathname}${u.search}`.slice(0, MAX_KEY);
  } catch {
    return v.hostname;
  }
}

/**
 * What a "Continue anyway" on a page warning covers (the page guard stays off there for the allowance's time).
 * Usually the host. On a shared host — one host, every tenant in the path: an IPFS gateway's `/ipfs/<cid>/`, a
 * bucket on object storage — only the tenant's site: the host and the path up to the site's segment, after one of
 * the host's `prefixes` (from the domain guard's shared-host list, longest first; `[]` = the first segment is the
 * site), so another tenant's kit on the same host is still read (red team 33, r02). A path that reaches no site's
 * segment there covers only that page. A page opened from disk (`file:`) covers that file alone.
 */
export function pageAllowanceKey(
  url: string,
  prefixes: readonly (readonly string[])[] | null | undefined,
): string | null {
  // a page opened from disk (red team 33, r01): that one file, never its folder
  if (isLocalFileUrl(url)) return localFileKey(url)?.slice(0, MAX_KEY) ?? null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const host = u.hostname.toLowerCase().replace(/\.$/, '');
  if (!host) return null;
  if (!prefixes) return host;
  const segs = u.pathname.split('/').filter((x) => x !== '');
  const p = prefixes.find(
    (q) => segs.length > q.length && q.every((x, i) => x === '*' || x === segs[i]!.toLowerCase()),
  );
  const path = p ? segs.slice(0, p.length + 1).join('/') + '/' : u.pathname.replace(/^\//, '');
  return `${host}/${path}`.slice(0, MAX_KEY);
}

/**
 * Duration to use, given an optional override from storage (set by tests). An override can only shorten the
 * default, never lengthen it, so it cannot weaken protection.
 */
export function allowanceDuration(override: unknown): number {
  if (typeof override !== 'number' || !Number.isFinite(override)) return DEFAULT_ALLOWANCE_MS;
  return Math.min(DEFAULT_ALLOWANCE_MS, Math.max(MIN_ALLOWANCE_MS, Math.round(override)));
}

/** Accept only well-formed entries from storage; anything else is dropped. */
export function parseAllowances(raw: unknown): Allowances {
  const out: Allowances = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return out;
  for (const [host, until] of Object.entries(raw as Record<string, unknown>)) {
    if (host.length > 0 && host.length <= MAX_KEY && typeof until === 'number' && Number.isFinite(until)) {
      out[host] = until;
    }
  }
  return out;
}

/** Drop expired entries (and, past MAX_ALLOWANCES, the ones that expire first). */
export function pruneAllowances(map: Allowances, now: number): Allowances {
  const live = Object.entries(map).filter(([, until]) => until > now);
  live.sort((a, b) => b[1] - a[1]);
  return Object.fromEntries(live.slice(0, MAX_ALLOWANCES));
}

/** New map with `host` allowed until now + duration (never beyond the default duration from now). */
export function grantAllowance(map: Allowances, host: string, now: number, durationMs: number): Allowances {
  const until = now + Math.min(Math.max(durationMs, MIN_ALLOWANCE_MS), DEFAULT_ALLOWANCE_MS);
  return pruneAllowances({ ...map, [host]: until }, now);
}

/** Deadline for `host`, or null when it has none or it passed. */
export function allowedUntil(map: Allowances, host: string | null | undefined, now: number): number | null {
  if (!host) return null;
  const until = map[host];
  return until !== undefined && until > now ? until : null;
}

export function revokeAllowance(map: Allowances, host: string): Allowances {
  const next = { ...map };
  delete next[host];
  return next;
}
