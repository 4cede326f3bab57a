import { browser } from 'wxt/browser';
import {
  allowanceDuration,
  allowanceKey,
  allowedUntil,
  grantAllowance,
  parseAllowances,
  pruneAllowances,
  revokeAllowance,
  type Allowances,
} from '../../lib/policy/allowance';
import { parseRealSites } from '../../lib/policy/official-allowance';

/**
 * "Continue anyway" allowances per host, in storage.local (they outlive a browser restart but expire).
 * ALLOWANCE_OVERRIDE_KEY lets tests shorten the duration; it can never lengthen it (lib/policy/allowance.ts).
 */
export const ALLOWANCES_KEY = 'continueAllowances';
export const ALLOWANCE_OVERRIDE_KEY = 'continueAllowanceMs';
/**
 * "Continue anyway" on a page warning: the page guard is off for these keys (pageAllowanceKey: a host, or a
 * shared host's one site) — kept apart from the address allowances, which lift only the address warning.
 */
export const PAGE_ALLOWANCES_KEY = 'pageAllowances';
/** "This is a real Coupang site": exact hosts, until the user removes them (lib/policy/official-allowance.ts). */
export const REAL_SITES_KEY = 'realSiteHosts';

async function load(key = ALLOWANCES_KEY): Promise<Allowances> {
  try {
    return parseAllowances((await browser.storage.local.get(key))[key]);
  } catch {
    return {};
  }
}

let realSites: Promise<string[]> | null = null;
let watching = false;
/** The user's real-site hosts (read once per worker, read again whenever storage changes them). */
export function loadRealSites(): Promise<string[]> {
  if (!watching) {
    watching = true;
    try {
      browser.storage.onChanged.addListener((changes, area) => {
        if (area === 'local' && REAL_SITES_KEY in changes) realSites = null;
      });
    } catch {
      // no change events here: setRealSites keeps this worker in step
    }
  }
  realSites ??= browser.storage.local
    .get(REAL_SITES_KEY)
    .then((r) => parseRealSites(r[REAL_SITES_KEY]))
    .catch(() => []);
  return realSites;
}

export async function setRealSites(hosts: readonly string[]): Promise<void> {
  const next = parseRealSites(hosts);
  realSites = Promise.resolve(next);
  await browser.storage.local.set({ [REAL_SITES_KEY]: next });
}

export async function currentAllowanceMs(): Promise<number> {
  try {
    return allowanceDuration(
      (await browser.storage.local.get(ALLOWANCE_OVERRIDE_KEY))[ALLOWANCE_OVERRIDE_KEY],
    );
  } catch {
    return allowanceDuration(undefined);
  }
}

/** Deadline of the host's allowance, or null. */
export async function hostAllowedUntil(host: string | null | undefined): Promise<number | null> {
  if (!host) return null;
  return allowedUntil(await load(), host, Date.now());
}

/** Deadline of the allowance covering `url` judged as `v` (its host, or only that page: allowanceKey), or null. */
export async function verdictAllowedUntil(
  v: Parameters<typeof allowanceKey>[0] | null | undefined,
  url: string,
): Promise<number | null> {
  return v ? hostAllowedUntil(allowanceKey(v, url)) : null;
}

/** Deadline of the page allowance under `key` (pageAllowanceKey), or null. */
export async function pageAllowedUntil(key: string | null | undefined): Promise<number | null> {
  if (!key) return null;
  return allowedUntil(await load(PAGE_ALLOWANCES_KEY), key, Date.now());
}

let writes: Promise<unknown> = Promise.resolve();
function write(change: (m: Allowances) => Allowances, key = ALLOWANCES_KEY): Promise<Allowances> {
  const next = writes
    .catch(() => undefined)
    .then(async () => {
      const m = change(await load(key));
      await browser.storage.local.set({ [key]: m });
      return m;
    });
  writes = next;
  return next;
}

/** Allow `host` for the allowance duration; returns the deadline. */
export async function allowHost(host: string): Promise<number> {
  const duration = await currentAllowanceMs();
  const now = Date.now();
  const m = await write((map) => grantAllowance(map, host, now, duration));
  return m[host] ?? now + duration;
}

/** Turn the page guard off under `key` (pageAllowanceKey) for the allowance duration; returns the deadline. */
export async function allowPage(key: string): Promise<number> {
  const duration = await currentAllowanceMs();
  const now = Date.now();
  const m = await write((map) => grantAllowance(map, key, now, duration), PAGE_ALLOWANCES_KEY);
  return m[key] ?? now + duration;
}

/** "Warn me again": the key loses every allowance it has (address, page, real site). */
export async function revokeHost(host: string): Promise<void> {
  await write((map) => revokeAllowance(map, host));
  await write((map) => revokeAllowance(map, host), PAGE_ALLOWANCES_KEY);
  const sites = await loadRealSites();
  if (sites.includes(host)) await setRealSites(sites.filter((h) => h !== host));
}

export async function listAllowances(): Promise<{ host: string; until: number | null }[]> {
  const now = Date.now();
  const latest = new Map<string, number | null>();
  for (const key of [ALLOWANCES_KEY, PAGE_ALLOWANCES_KEY]) {
    for (const [host, until] of Object.entries(pruneAllowances(await load(key), now)))
      latest.set(host, Math.max(until, latest.get(host) ?? 0));
  }
  for (const host of await loadRealSites()) latest.set(host, null);
  return [...latest].map(([host, until]) => ({ host, until })).sort((a, b) => a.host.localeCompare(b.host));
}
