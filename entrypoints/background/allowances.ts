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

/**
 * "Continue anyway" allowances per host, in storage.local (they outlive a browser restart but expire).
 * ALLOWANCE_OVERRIDE_KEY lets tests shorten the duration; it can never lengthen it (lib/policy/allowance.ts).
 */
export const ALLOWANCES_KEY = 'continueAllowances';
export const ALLOWANCE_OVERRIDE_KEY = 'continueAllowanceMs';

async function load(): Promise<Allowances> {
  try {
    return parseAllowances((await browser.storage.local.get(ALLOWANCES_KEY))[ALLOWANCES_KEY]);
  } catch {
    return {};
  }
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

let writes: Promise<unknown> = Promise.resolve();
function write(change: (m: Allowances) => Allowances): Promise<Allowances> {
  const next = writes
    .catch(() => undefined)
    .then(async () => {
      const m = change(await load());
      await browser.storage.local.set({ [ALLOWANCES_KEY]: m });
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

export async function revokeHost(host: string): Promise<void> {
  await write((map) => revokeAllowance(map, host));
}

export async function listAllowances(): Promise<{ host: string; until: number }[]> {
  const m = pruneAllowances(await load(), Date.now());
  return Object.entries(m)
    .map(([host, until]) => ({ host, until }))
    .sort((a, b) => a.host.localeCompare(b.host));
}
