import { z } from 'zod/mini';
import type { PublicKeyInfo } from './crypto';
import { verifySignedList } from './envelope';
import { fetchList } from './fetch-list';
import { mergeWithBundled } from './merge';
import type { ListData } from './schema';
import { LIST_ERROR_REASONS, type ListError, type ListStatus } from './status';

/**
 * The list refresh state machine, free of browser APIs: fetch, clock, randomness, storage and keys are
 * injected, so the same code runs in the extension and, with real fetch against a local server, in tests.
 *
 * States live in storage: `lists.remote` (the last accepted signed list file, verbatim, with its URL and
 * HTTP validators) and `lists.status` (times of the last check / success, the last error, the failure
 * count and when the next check is due). Anything unreadable there counts as absent.
 */
export const MIN_INTERVAL_MINUTES = 15;
export const MAX_INTERVAL_MINUTES = 7 * 24 * 60;
/** Hourly: a new known-bad host reaches users within about an hour; an unchanged list costs a 304. */
export const DEFAULT_INTERVAL_MINUTES = 60;
export const DEFAULT_TIMEOUT_MS = 30_000;
/** 5 MiB (about 60,000 blocked entries): the stored copy must fit storage.local's 10 MB quota, escaped. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;

export const STORAGE_REMOTE = 'lists.remote';
export const STORAGE_STATUS = 'lists.status';

export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

export interface RefreshDeps {
  fetch: typeof globalThis.fetch;
  /** ms since epoch */
  now: () => number;
  /** in [0, 1): jitter */
  random: () => number;
  storage: KeyValueStore;
  bundled: ListData;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
}

export interface RefreshConfig {
  /** '' = no remote list */
  url: string;
  intervalMinutes: number;
  /** pinned keys plus policy keys */
  keys: readonly PublicKeyInfo[];
}

export type Trigger = 'install' | 'startup' | 'alarm' | 'manual';

/** The list in force. `list` is what the guard uses (merged with the bundled list); `own` is as signed. */
export interface ActiveList {
  source: 'bundled' | 'remote';
  own: ListData;
  list: ListData;
}

const storedRemoteSchema = z.object({
  text: z.string().check(z.maxLength(64 * 1024 * 1024)),
  url: z.string().check(z.maxLength(4096)),
  etag: z.optional(z.string().check(z.maxLength(200))),
  lastModified: z.optional(z.string().check(z.maxLength(100))),
});
type StoredRemote = z.infer<typeof storedRemoteSchema>;

const time = z.nullable(z.int().check(z.nonnegative()));
const storedStatusSchema = z.object({
  lastCheck: time,
  lastSuccess: time,
  lastError: z.optional(
    z.object({
      time: z.number(),
      reason: z.enum(LIST_ERROR_REASONS),
      detail: z.optional(z.string().check(z.maxLength(300))),
    }),
  ),
  failures: z.int().check(z.nonnegative()),
  nextCheck: time,
});
export type StoredStatus = z.infer<typeof storedStatusSchema>;

const EMPTY_STATUS: StoredStatus = { lastCheck: null, lastSuccess: null, failures: 0, nextCheck: null };

export function clampInterval(minutes: number): number {
  if (!Number.isFinite(minutes)) return DEFAULT_INTERVAL_MINUTES;
  return Math.min(MAX_INTERVAL_MINUTES, Math.max(MIN_INTERVAL_MINUTES, Math.round(minutes)));
}

async function read<T>(storage: KeyValueStore, key: string, schema: z.ZodMiniType<T>): Promise<T | null> {
  try {
    const r = schema.safeParse(await storage.get(key));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}

export async function readStatus(storage: KeyValueStore): Promise<StoredStatus> {
  return (await read(storage, STORAGE_STATUS, storedStatusSchema)) ?? { ...EMPTY_STATUS };
}

function bundledActive(bundled: ListData): ActiveList {
  return { source: 'bundled', own: bundled, list: bundled };
}

/**
 * The list to use now: the stored remote list when it still verifies (signature by a trusted key, schema)
 * and is newer than the bundled one (an extension update can ship a newer bundled list); otherwise the
 * bundled list. An accepted list that has since expired stays in force (it was fresh when accepted and
 * is merged with the bundled one); the status shows its dates.
 */
export async function loadActiveList(
  deps: Pick<RefreshDeps, 'storage' | 'bundled'>,
  keys: readonly PublicKeyInfo[],
) {
  const stored = await read(deps.storage, STORAGE_REMOTE, storedRemoteSchema);
  if (!stored) return bundledActive(deps.bundled);
  const r = await verifySignedList(stored.text, { keys });
  if (!r.ok || r.list.version <= deps.bundled.version) return bundledActive(deps.bundled);
  return { source: 'remote', own: r.list, list: mergeWithBundled(r.list, deps.bundled) } satisfies ActiveList;
}

/** Whether a trigger should fetch now (manual and install always; others respect the schedule). */
export function shouldCheck(trigger: Trigger, status: StoredStatus, now: number): boolean {
  if (trigger === 'manual' || trigger === 'install') return true;
  const sinceLast = status.lastCheck === null ? Infinity : now - status.lastCheck;
  if (sinceLast < MIN_INTERVAL_MINUTES * 60_000) return false;
  // Backing off after failures: wait for the scheduled retry.
  if (status.failures > 0 && status.nextCheck !== null && now < status.nextCheck) return false;
  if (trigger === 'alarm' && status.nextCheck !== null && now < status.nextCheck - 60_000) return false;
  return true;
}

/** Next automatic check: the interval ±10 % after success; 15, 30, 60 … minutes (capped) after failures. */
export function nextCheckTime(
  now: number,
  failures: number,
  intervalMinutes: number,
  random: number,
): number {
  const interval = clampInterval(intervalMinutes);
  const base =
    failures > 0 ? Math.min(interval, MIN_INTERVAL_MINUTES * 2 ** Math.min(failures - 1, 20)) : interval;
  const jitter = failures > 0 ? 1 + random * 0.2 : 0.9 + random * 0.2;
  return now + Math.round(Math.max(MIN_INTERVAL_MINUTES, base * jitter) * 60_000);
}

export interface CheckResult {
  /** true when a newer list was accepted (the active list changed) */
  changed: boolean;
  active: ActiveList;
  status: StoredStatus;
  /** 'accepted' | 'not-modified' | 'unchanged' | 'failed' | 'skipped' */
  outcome: 'accepted' | 'not-modified' | 'unchanged' | 'failed' | 'skipped';
}

/**
 * One check: fetch, verify, decide, persist. Accepts only a list that parses, is canonical, fits the
 * schema, is signed by a trusted key, has not expired and is newer than the active one; anything else
 * keeps the active list and records the failure (time, reason) with a backed-off next check.
 */
export async function runCheck(
  deps: RefreshDeps,
  config: RefreshConfig,
  active: ActiveList,
  trigger: Trigger,
): Promise<CheckResult> {
  try {
    return await check(deps, config, active, trigger);
  } catch (err) {
    // storage refused a write (quota) or similar: keep the list in force, say so in the status
    const status = await readStatus(deps.storage);
    const now = deps.now();
    const failures = status.failures + 1;
    const s: StoredStatus = {
      ...status,
      lastCheck: now,
      lastError: { time: now, reason: 'internal', detail: String(err).slice(0, 300) },
      failures,
      nextCheck: nextCheckTime(now, failures, config.intervalMinutes, deps.random()),
    };
    await deps.storage.set(STORAGE_STATUS, s).catch(() => undefined);
    return { changed: false, active, status: s, outcome: 'failed' };
  }
}

async function check(
  deps: RefreshDeps,
  config: RefreshConfig,
  active: ActiveList,
  trigger: Trigger,
): Promise<CheckResult> {
  const status = await readStatus(deps.storage);
  const now = deps.now();
  if (!config.url) {
    const s: StoredStatus = { ...status, nextCheck: null };
    return { changed: false, active, status: s, outcome: 'skipped' };
  }
  if (!shouldCheck(trigger, status, now)) return { changed: false, active, status, outcome: 'skipped' };

  const stored = await read(deps.storage, STORAGE_REMOTE, storedRemoteSchema);
  // Validators only make sense for the very file we hold, from the same URL.
  const validators =
    stored && active.source === 'remote' && stored.url === config.url
      ? { etag: stored.etag, lastModified: stored.lastModified }
      : {};
  const fetched = await fetchList(config.url, {
    fetch: deps.fetch,
    timeoutMs: deps.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxBytes: deps.maxBytes ?? DEFAULT_MAX_BYTES,
    maxRedirects: deps.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
    ...validators,
  });
  const done = deps.now();

  const fail = async (error: Omit<ListError, 'time'>): Promise<CheckResult> => {
    const failures = status.failures + 1;
    const s: StoredStatus = {
      lastCheck: done,
      lastSuccess: status.lastSuccess,
      lastError: { time: done, ...error },
      failures,
      nextCheck: nextCheckTime(done, failures, config.intervalMinutes, deps.random()),
    };
    await deps.storage.set(STORAGE_STATUS, s);
    return { changed: false, active, status: s, outcome: 'failed' };
  };
  const succeed = async (outcome: CheckResult['outcome'], next: ActiveList): Promise<CheckResult> => {
    const s: StoredStatus = {
      lastCheck: done,
      lastSuccess: done,
      // The last error stays visible (with its time) until a later failure replaces it.
      ...(status.lastError ? { lastError: status.lastError } : {}),
      failures: 0,
      nextCheck: nextCheckTime(done, 0, config.intervalMinutes, deps.random()),
    };
    await deps.storage.set(STORAGE_STATUS, s);
    return { changed: next !== active, active: next, status: s, outcome };
  };

  if (fetched.kind === 'error') return fail({ reason: fetched.reason, ...detail(fetched.detail) });
  if (fetched.kind === 'not-modified') return succeed('not-modified', active);

  const v = await verifySignedList(fetched.text, { keys: config.keys, now: done });
  if (!v.ok) return fail({ reason: v.reason, ...detail(v.detail) });
  if (v.list.version < active.own.version)
    return fail({ reason: 'rollback', detail: `version ${v.list.version} < ${active.own.version}` });
  if (v.list.version === active.own.version) {
    if (stored && active.source === 'remote' && stored.text === fetched.text) {
      const keep: StoredRemote = { ...stored, url: config.url, ...validatorsOf(fetched) };
      await deps.storage.set(STORAGE_REMOTE, keep);
    }
    return succeed('unchanged', active);
  }
  const keep: StoredRemote = { text: fetched.text, url: config.url, ...validatorsOf(fetched) };
  await deps.storage.set(STORAGE_REMOTE, keep);
  return succeed('accepted', { source: 'remote', own: v.list, list: mergeWithBundled(v.list, deps.bundled) });
}

function detail(d: string | undefined): { detail?: string } {
  return d ? { detail: d.slice(0, 300) } : {};
}

function validatorsOf(f: {
  etag?: string;
  lastModified?: string;
}): Pick<StoredRemote, 'etag' | 'lastModified'> {
  return { ...(f.etag ? { etag: f.etag } : {}), ...(f.lastModified ? { lastModified: f.lastModified } : {}) };
}

/** The status the popup and options page show. */
export function listStatus(
  active: ActiveList,
  status: StoredStatus,
  url: string,
  blockedCount: number,
): ListStatus {
  return {
    version: active.own.version,
    issued: active.own.issued,
    expires: active.own.expires,
    source: active.source,
    blockedCount,
    url,
    lastCheck: status.lastCheck,
    lastSuccess: status.lastSuccess,
    ...(status.lastError ? { lastError: status.lastError } : {}),
    nextCheck: status.nextCheck,
  };
}

/**
 * After the refresh interval changed: the next regular check moves to the last check plus the new
 * interval (never sooner than 15 minutes after the last check, nor in the past). Backoff stays as it is.
 */
export function reschedule(status: StoredStatus, now: number, intervalMinutes: number): StoredStatus {
  if (status.lastCheck === null || status.failures > 0) return status;
  const due = status.lastCheck + clampInterval(intervalMinutes) * 60_000;
  return { ...status, nextCheck: Math.max(due, now + 60_000) };
}
