import { browser, type Browser } from 'wxt/browser';
import { bundledList } from '../../lib/lists/bundled';
import { buildAllowRule, buildBlockRules, type BlockTarget, type DnrRule } from '../../lib/lists/dnr-rules';
import { beyondBundled } from '../../lib/lists/static-rules';
import { afterStartup } from './startup';

/**
 * Blocking before load: the bundled list's known-bad entries are the manifest's static ruleset (built from
 * the list at build time, lib/lists/static-rules.ts); what a remote list or policy adds beyond them are
 * dynamic rules here (built in lib/lists/dnr-rules.ts); "Continue anyway" is a time-limited session "allow"
 * rule. The rules block top-frame and sub-frame navigations; navigation.ts sends the tab to the warning page.
 * Every dynamic and session rule of this extension belongs to this module.
 */
type DnrApi = typeof browser.declarativeNetRequest;
type Rule = Browser.declarativeNetRequest.Rule;

const ALLOWS_KEY = 'dnr.allows';
const ALLOW_ALARM = 'dnr-allow-expiry';

function dnr(): DnrApi | null {
  return (browser as { declarativeNetRequest?: DnrApi }).declarativeNetRequest ?? null;
}

const canonical = (rules: readonly unknown[]) =>
  JSON.stringify(
    [...rules]
      .map((r) => JSON.parse(JSON.stringify(r)) as { id: number })
      .sort((a, b) => a.id - b.id)
      .map((r) => sortKeys(r)),
  );

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]),
    );
  return v;
}

let queue: Promise<unknown> = Promise.resolve();
/** Serialises rule updates: a later update never interleaves with an earlier one. */
function serial<T>(fn: () => Promise<T>): Promise<T> {
  const run = queue.then(fn, fn);
  queue = run.catch(() => undefined);
  return run;
}

export interface BlockRulesState {
  rules: number;
  covered: number;
  skipped: number;
}

let lastState: BlockRulesState = { rules: 0, covered: 0, skipped: 0 };

/**
 * Replaces the block rules with those for `targets`, atomically (one updateDynamicRules call that removes
 * the old ids and adds the new rules). Does nothing when the rules in force are already the same.
 */
export function syncBlockRules(targets: readonly BlockTarget[]): Promise<BlockRulesState> {
  return serial(async () => {
    const api = dnr();
    if (!api) return lastState;
    const built = buildBlockRules(beyondBundled(targets, bundledList));
    const existing = await api.getDynamicRules();
    lastState = { rules: built.rules.length, covered: built.covered, skipped: built.skipped };
    if (canonical(existing) === canonical(built.rules)) return lastState;
    await api.updateDynamicRules({
      removeRuleIds: existing.map((r) => r.id),
      addRules: built.rules as unknown as Rule[],
    });
    return lastState;
  });
}

export function blockRulesState(): BlockRulesState {
  return lastState;
}

interface Allowance {
  id: number;
  host: string;
  until: number;
}

async function readAllows(): Promise<Allowance[]> {
  try {
    const v = (await browser.storage.session.get(ALLOWS_KEY))[ALLOWS_KEY];
    return Array.isArray(v)
      ? v.filter(
          (a): a is Allowance =>
            !!a && typeof a.id === 'number' && typeof a.host === 'string' && typeof a.until === 'number',
        )
      : [];
  } catch {
    return [];
  }
}

async function writeAllows(allows: Allowance[]): Promise<void> {
  await browser.storage.session.set({ [ALLOWS_KEY]: allows });
  const next = Math.min(...allows.map((a) => a.until));
  if (Number.isFinite(next))
    await browser.alarms.create(ALLOW_ALARM, { when: Math.max(next, Date.now() + 1_000) });
  else await browser.alarms.clear(ALLOW_ALARM);
}

/** Removes allow rules whose time is up (also those left from an earlier worker). */
export function pruneAllowances(): Promise<void> {
  return serial(async () => {
    const api = dnr();
    if (!api) return;
    const now = Date.now();
    const allows = await readAllows();
    const keep = allows.filter((a) => a.until > now);
    const session = await api.getSessionRules();
    const keepIds = new Set(keep.map((a) => a.id));
    const remove = session.filter((r) => !keepIds.has(r.id)).map((r) => r.id);
    if (remove.length) await api.updateSessionRules({ removeRuleIds: remove });
    if (remove.length || keep.length !== allows.length) await writeAllows(keep);
  });
}

/**
 * Lets navigations to exactly `host` through the block rules until `untilMs` (a session rule:
 * it also ends when the browser closes). Returns false for a host that is not a DNS name.
 */
export function allowHostTemporarily(host: string, untilMs: number): Promise<boolean> {
  return serial(async () => {
    const api = dnr();
    if (!api) return false;
    const allows = (await readAllows()).filter((a) => a.host !== host.toLowerCase() && a.until > Date.now());
    const session = await api.getSessionRules();
    const used = new Set(session.map((r) => r.id));
    let id = 1;
    while (used.has(id)) id++;
    const rule: DnrRule | null = buildAllowRule(id, host);
    if (!rule || !(untilMs > Date.now())) return false;
    const stale = session.filter((r) => !allows.some((a) => a.id === r.id)).map((r) => r.id);
    await api.updateSessionRules({ removeRuleIds: stale, addRules: [rule as unknown as Rule] });
    allows.push({ id, host: host.toLowerCase(), until: untilMs });
    await writeAllows(allows);
    return true;
  });
}

/** Ends an allowance before its time (e.g. the user revoked it on the options page). */
export function revokeHostAllowance(host: string): Promise<void> {
  return serial(async () => {
    const api = dnr();
    if (!api) return;
    const allows = await readAllows();
    const gone = allows.filter((a) => a.host === host.toLowerCase());
    if (!gone.length) return;
    await api.updateSessionRules({ removeRuleIds: gone.map((a) => a.id) });
    await writeAllows(allows.filter((a) => a.host !== host.toLowerCase()));
  });
}

export function setupDnr(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALLOW_ALARM)
      void pruneAllowances().catch((e) => console.warn('[coupang-guard] dnr', e));
  });
  // Expired allowances left by an earlier worker: a judgement checks the allowance's time itself
  // (allowances.ts), so the rule can wait for the start-up to settle.
  afterStartup('dnr', pruneAllowances);
}
