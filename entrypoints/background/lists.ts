import { browser } from 'wxt/browser';
import { compileLists, type CompiledLists } from '../../lib/domain';
import { bundledList } from '../../lib/lists/bundled';
import type { ListData } from '../../lib/lists/schema';
import type { PublicKeyInfo } from '../../lib/lists/crypto';
import type { BlockTarget } from '../../lib/lists/dnr-rules';
import { trustedKeys } from '../../lib/lists/keys';
import {
  listStatus,
  loadActiveList,
  readStatus,
  reschedule,
  runCheck,
  STORAGE_STATUS,
  type ActiveList,
  type CheckResult,
  type KeyValueStore,
  type RefreshConfig,
  type RefreshDeps,
  type Trigger,
} from '../../lib/lists/refresh';
import type { ListStatus } from '../../lib/lists/status';
import { uiListRefresh, uiListStatus } from '../../lib/messages/lists';
import type { EffectiveSettings } from '../../lib/policy';
import { setupDnr, syncBlockRules } from './dnr';
import { onUiMessage } from './router';
import { getSettings, onSettingsChange } from './settings';
import { afterStartup } from './startup';

/**
 * The lists in the extension: the active list (last good remote list from storage.local, else the bundled
 * one), refreshed on install, on startup, on an alarm and on "check now" by the pure state machine in
 * lib/lists/refresh.ts; compiled for the domain guard with the policy extras; mirrored into DNR rules.
 * Everything is rebuilt from storage after the worker restarts.
 */
const ALARM = 'lists-refresh';

type Listener = () => void;
const listeners = new Set<Listener>();

let active: Promise<ActiveList> | null = null;
let keysCache: { json: string; keys: Promise<PublicKeyInfo[]> } | null = null;
let compiled: { list: ActiveList; extras: string; value: CompiledLists } | null = null;
let inflight: Promise<CheckResult> | null = null;

const storage: KeyValueStore = {
  get: async (key) => (await browser.storage.local.get(key))[key],
  set: (key, value) => browser.storage.local.set({ [key]: value }),
};

const deps = (): RefreshDeps => ({
  fetch: (input, init) => globalThis.fetch(input, init),
  now: () => Date.now(),
  random: () => Math.random(),
  storage,
  bundled: bundledList,
});

function keysFor(settings: EffectiveSettings): Promise<PublicKeyInfo[]> {
  const json = JSON.stringify(settings.listPublicKeys);
  if (!keysCache || keysCache.json !== json)
    keysCache = { json, keys: trustedKeys(settings.listPublicKeys).then((r) => r.keys) };
  return keysCache.keys;
}

/** The build's list address (LIST_URL at build time, docs/lists.md); '' = the list updates with the extension. */
const BUILD_LIST_URL: string = import.meta.env.LIST_URL ?? '';

export const listUrlOf = (s: EffectiveSettings): string => s.listUrl || BUILD_LIST_URL;

async function config(): Promise<RefreshConfig> {
  const s = await getSettings();
  return { url: listUrlOf(s), intervalMinutes: s.refreshIntervalMinutes, keys: await keysFor(s) };
}

function getActive(): Promise<ActiveList> {
  if (!active) {
    const p = (async () => loadActiveList(deps(), await keysFor(await getSettings())))();
    active = p;
    p.catch(() => {
      if (active === p) active = null;
    });
  }
  return active.catch(
    () => ({ source: 'bundled', own: bundledList, list: bundledList }) satisfies ActiveList,
  );
}

/** The list data in force (bundled merged with an accepted remote list): brands, contacts. */
export async function getActiveListData(): Promise<ListData> {
  return (await getActive()).list;
}

/** The lists the domain guard judges with: the active list plus policy extras (cached until they change). */
export async function getCompiledLists(): Promise<CompiledLists> {
  const [list, settings] = await Promise.all([getActive(), getSettings()]);
  const extras = JSON.stringify([settings.additionalOfficialDomains, settings.additionalBlockedDomains]);
  if (!compiled || compiled.list !== list || compiled.extras !== extras) {
    // the bundled list without policy extras (a default install): the same lists the first judgement after a
    // start may already have compiled alone (getJudgingLists), so compiled once, not twice (issue #16)
    const plain = list.list === bundledList && extras === NO_EXTRAS;
    const value =
      plain && bundledOnly
        ? bundledOnly
        : compileLists(list.list, {
            officialDomains: settings.additionalOfficialDomains,
            blockedDomains: settings.additionalBlockedDomains,
          });
    if (plain) bundledOnly ??= value;
    compiled = { list, extras, value };
  }
  return compiled.value;
}
const NO_EXTRAS = JSON.stringify([[], []]);

/** Longest a judgement waits for the full lists before it uses the bundled list alone. */
const JUDGE_WAIT_MS = 30;
let bundledOnly: CompiledLists | null = null;
let usedBundledOnly = false;

/**
 * The lists a navigation is judged with, without waiting on anything slow: the full lists when they are
 * compiled (or come within JUDGE_WAIT_MS), else the bundled list alone, compiled on the spot. After browser
 * start, policy (storage.managed) can take seconds to read and the stored remote list needs its signature
 * checked; when those arrive the listeners of onListsChange re-judge open tabs.
 */
export function getJudgingLists(): Promise<CompiledLists> {
  const full = getCompiledLists();
  if (compiled && !usedBundledOnly) return full;
  const fallback = new Promise<CompiledLists>((resolve) =>
    setTimeout(() => {
      if (compiled && !usedBundledOnly) return; // the full lists won the race
      usedBundledOnly = true;
      bundledOnly ??= compileLists(bundledList);
      resolve(bundledOnly);
    }, JUDGE_WAIT_MS),
  );
  void full.then(
    (value) => {
      if (!usedBundledOnly) return;
      usedBundledOnly = false;
      // the full lists are the bundled one alone (no stored list, no policy): nothing to judge again and no
      // rules to sync while the first pages load; otherwise open tabs are judged again with them
      if (value !== bundledOnly) notify();
    },
    () => undefined,
  );
  return Promise.race([full, fallback]);
}

export async function getListStatus(): Promise<ListStatus> {
  const [list, settings, status] = await Promise.all([getActive(), getSettings(), readStatus(storage)]);
  const blocked = list.list.blocked.length + settings.additionalBlockedDomains.length;
  return listStatus(list, status, listUrlOf(settings), blocked);
}

/** Called whenever the lists in force change (new list accepted, policy extras or keys changed). */
export function onListsChange(cb: Listener): () => void {
  listeners.add(cb);
  return () => listeners.delete(cb);
}

function notify(): void {
  for (const cb of listeners) {
    try {
      cb();
    } catch (err) {
      console.warn('[coupang-guard] lists listener failed', err);
    }
  }
  void syncDnr();
}

async function syncDnr(): Promise<void> {
  try {
    const [list, settings] = await Promise.all([getActive(), getSettings()]);
    const targets: BlockTarget[] = [
      ...list.list.blocked.map((b) => ({ host: b.host, subdomains: b.subdomains, path: b.path })),
      ...settings.additionalBlockedDomains.map((host) => ({ host, subdomains: true })),
    ];
    await syncBlockRules(targets);
  } catch (err) {
    console.warn('[coupang-guard] could not update the blocking rules', err);
  }
}

async function schedule(nextCheck: number | null): Promise<void> {
  if (nextCheck === null) {
    await browser.alarms.clear(ALARM);
    return;
  }
  // Chrome runs alarms at least 30 s apart; the state machine itself never asks for less than 15 min.
  await browser.alarms.create(ALARM, { when: Math.max(nextCheck, Date.now() + 30_000) });
}

/** Runs one check (deduplicated while one is in flight) and applies its result. */
export function checkLists(trigger: Trigger): Promise<CheckResult> {
  if (inflight) return inflight;
  const run = (async () => {
    const current = await getActive();
    const result = await runCheck(deps(), await config(), current, trigger);
    if (result.changed) {
      active = Promise.resolve(result.active);
      notify();
    }
    if (result.outcome !== 'skipped' || !(await browser.alarms.get(ALARM)))
      await schedule(result.status.nextCheck);
    return result;
  })();
  inflight = run;
  void run.finally(() => {
    if (inflight === run) inflight = null;
  });
  return run;
}

function check(trigger: Trigger): void {
  void checkLists(trigger).catch((err) => console.warn('[coupang-guard] list check failed', err));
}

export function setupLists(): void {
  setupDnr();
  // The install and startup checks wait for the start-up to settle (startup.ts); a list refresh at start
  // fetches only when one is due (lib/lists/refresh.ts shouldCheck), and never without a list address.
  browser.runtime.onInstalled.addListener(() => afterStartup('list check', () => check('install')));
  browser.runtime.onStartup.addListener(() => afterStartup('list check', () => check('startup')));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) check('alarm');
  });
  onSettingsChange((next, previous) => {
    const keysChanged = JSON.stringify(next.listPublicKeys) !== JSON.stringify(previous?.listPublicKeys);
    const urlChanged = listUrlOf(next) !== (previous ? listUrlOf(previous) : '');
    if (keysChanged) active = null; // a stored list may verify, or stop verifying, with the new keys
    notify();
    if (urlChanged || keysChanged) check('install');
    else if (next.refreshIntervalMinutes !== previous?.refreshIntervalMinutes)
      void readStatus(storage).then(async (s) => {
        const moved = reschedule(s, Date.now(), next.refreshIntervalMinutes);
        if (moved === s) return;
        await storage.set(STORAGE_STATUS, moved);
        await schedule(moved.nextCheck);
      });
  });
  onUiMessage('ui:list-status', (raw) => (uiListStatus.safeParse(raw).success ? getListStatus() : null));
  onUiMessage('ui:list-refresh', async (raw) => {
    if (!uiListRefresh.safeParse(raw).success) return null;
    await checkLists('manual');
    return getListStatus();
  });
  // Every worker start, once the start-up has settled: rules in force match the lists (they persist from the
  // last run, and any change of lists or policy syncs them at once through notify()), and a refresh is
  // scheduled.
  afterStartup('blocking rules', syncDnr);
  afterStartup('list check', () =>
    browser.alarms.get(ALARM).then((a) => {
      if (!a) check('startup');
    }),
  );
}
