import { z } from 'zod/mini';
import { MAX_REFRESH_MINUTES, MIN_REFRESH_MINUTES } from './defaults';
import { checkEndpointUrl, normalizeHostEntry } from './hosts';
import {
  SETTING_KEYS,
  type ProblemCode,
  type SettingKey,
  type Settings,
  type SettingsProblem,
} from './types';

/**
 * Per-key validation of policy and user settings. Each key is judged on its own: a bad value is
 * ignored (the caller falls back to the next source) and named as a problem; one bad key never
 * drops the others. Firefox passes policy values through unchecked and Chrome only checks types,
 * so everything is checked here. Never throws.
 */

export const MAX_HOST_ENTRIES = 10_000;
export const MAX_PUBLIC_KEYS = 20;
const MAX_KEY_CHARS = 4096;
const MAX_PROBLEMS = 50;

interface KeyResult<T> {
  /** undefined: the value was rejected (fall back) */
  value: T | undefined;
  problems: SettingsProblem[];
}

const stringArray = z.array(z.unknown());
const booleanLike = z.union([z.boolean(), z.literal(0), z.literal(1)]);
// z.number() refuses NaN and ±Infinity
const finiteNumber = z.number();

/** A short, printable rendering of an offending value for the options page (shown as text only). */
export function describeValue(value: unknown): string {
  let s: string;
  if (typeof value === 'string') s = value;
  else {
    try {
      s = JSON.stringify(value) ?? String(value);
    } catch {
      s = Object.prototype.toString.call(value);
    }
  }
  // eslint-disable-next-line no-control-regex
  s = s.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return s.length > 120 ? `${s.slice(0, 119)}…` : s;
}

function problem(key: string, code: ProblemCode, value?: unknown): SettingsProblem {
  return value === undefined ? { key, problem: code } : { key, problem: code, detail: describeValue(value) };
}

function hostList(key: SettingKey, raw: unknown): KeyResult<string[]> {
  const parsed = stringArray.safeParse(raw);
  if (!parsed.success) return { value: undefined, problems: [problem(key, 'wrong-type', raw)] };
  const problems: SettingsProblem[] = [];
  const seen = new Set<string>();
  for (const entry of parsed.data) {
    const host = normalizeHostEntry(entry);
    if (host === null) {
      if (problems.length < MAX_PROBLEMS) problems.push(problem(key, 'invalid-host', entry));
      continue;
    }
    if (seen.size >= MAX_HOST_ENTRIES) {
      problems.push(problem(key, 'too-many', MAX_HOST_ENTRIES));
      break;
    }
    seen.add(host);
  }
  return { value: [...seen], problems };
}

function endpoint(key: SettingKey, raw: unknown, allowNull: boolean): KeyResult<string | null> {
  if (raw === null && allowNull) return { value: null, problems: [] };
  if (typeof raw !== 'string') return { value: undefined, problems: [problem(key, 'wrong-type', raw)] };
  if (raw.trim() === '') return { value: allowNull ? null : '', problems: [] };
  const checked = checkEndpointUrl(raw);
  return checked.ok
    ? { value: checked.url, problems: [] }
    : { value: undefined, problems: [problem(key, checked.problem, raw)] };
}

/** Public keys as lib/lists reads them (SPKI base64, PEM or JWK JSON); lib/lists checks the key itself. */
function publicKeys(key: SettingKey, raw: unknown): KeyResult<string[]> {
  const parsed = stringArray.safeParse(raw);
  if (!parsed.success) return { value: undefined, problems: [problem(key, 'wrong-type', raw)] };
  const problems: SettingsProblem[] = [];
  const keys: string[] = [];
  for (const entry of parsed.data) {
    const s = typeof entry === 'string' ? entry.trim() : null;
    if (s === null || s.length === 0 || s.length > MAX_KEY_CHARS || !/^[\x20-\x7e\r\n\t]+$/.test(s)) {
      if (problems.length < MAX_PROBLEMS) problems.push(problem(key, 'invalid-key', entry));
      continue;
    }
    if (keys.length >= MAX_PUBLIC_KEYS) {
      problems.push(problem(key, 'too-many', MAX_PUBLIC_KEYS));
      break;
    }
    if (!keys.includes(s)) keys.push(s);
  }
  return { value: keys, problems };
}

function refreshMinutes(key: SettingKey, raw: unknown): KeyResult<number> {
  const parsed = finiteNumber.safeParse(raw);
  if (!parsed.success) return { value: undefined, problems: [problem(key, 'wrong-type', raw)] };
  const n = Math.round(parsed.data);
  const clamped = Math.min(MAX_REFRESH_MINUTES, Math.max(MIN_REFRESH_MINUTES, n));
  return { value: clamped, problems: clamped === parsed.data ? [] : [problem(key, 'clamped', raw)] };
}

function bool(key: SettingKey, raw: unknown): KeyResult<boolean> {
  // 0 / 1: a REG_DWORD written for Firefox on Windows arrives as a number.
  const parsed = booleanLike.safeParse(raw);
  if (!parsed.success) return { value: undefined, problems: [problem(key, 'wrong-type', raw)] };
  return { value: parsed.data === true || parsed.data === 1, problems: [] };
}

type Parser = (raw: unknown) => KeyResult<unknown>;

const PARSERS: Record<SettingKey, Parser> = {
  additionalOfficialDomains: (raw) => hostList('additionalOfficialDomains', raw),
  additionalBlockedDomains: (raw) => hostList('additionalBlockedDomains', raw),
  listUrl: (raw) => endpoint('listUrl', raw, false),
  listPublicKeys: (raw) => publicKeys('listPublicKeys', raw),
  refreshIntervalMinutes: (raw) => refreshMinutes('refreshIntervalMinutes', raw),
  allowContinue: (raw) => bool('allowContinue', raw),
  pageGuard: (raw) => bool('pageGuard', raw),
  pageGuardExceptions: (raw) => hostList('pageGuardExceptions', raw),
  reportUrl: (raw) => endpoint('reportUrl', raw, true),
  lockSettings: (raw) => bool('lockSettings', raw),
};

/** Keys a user may set on the options page; lockSettings is for policy only. */
export const USER_KEYS: readonly SettingKey[] = SETTING_KEYS.filter((k) => k !== 'lockSettings');

export function isSettingKey(key: string): key is SettingKey {
  return (SETTING_KEYS as readonly string[]).includes(key);
}

export interface ParsedSettings {
  values: Partial<Settings>;
  problems: SettingsProblem[];
}

/**
 * Validate a raw settings object (storage.managed or storage.local) key by key.
 * `source: 'user'` ignores lockSettings. Unknown keys are named (a typo in a policy is a problem).
 * `undefined` and `null` for an object mean "nothing set"; any other non-object is one problem.
 */
export function parseSettings(raw: unknown, source: 'policy' | 'user'): ParsedSettings {
  const values: Record<string, unknown> = {};
  const problems: SettingsProblem[] = [];
  if (raw === undefined || raw === null) return { values: {}, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { values: {}, problems: [problem('*', 'wrong-type', raw)] };
  }
  let unknownKeys = 0;
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!isSettingKey(key)) {
      if (unknownKeys++ < 20) problems.push(problem(describeValue(key), 'unknown-key'));
      continue;
    }
    if (source === 'user' && key === 'lockSettings') {
      problems.push(problem(key, 'not-user-setting'));
      continue;
    }
    if (value === undefined) continue;
    const result = PARSERS[key](value);
    if (result.value !== undefined) values[key] = result.value;
    for (const p of result.problems) if (problems.length < MAX_PROBLEMS) problems.push(p);
  }
  return { values: values as Partial<Settings>, problems };
}

/** Validate one key's value (the options page checks a field before saving). */
export function parseSettingValue<K extends SettingKey>(key: K, raw: unknown): KeyResult<Settings[K]> {
  return PARSERS[key](raw) as KeyResult<Settings[K]>;
}
