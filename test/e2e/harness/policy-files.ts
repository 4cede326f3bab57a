import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CHROME_EXTENSION_ID, GECKO_ID } from './paths';

/** Where each browser reads its machine-wide policy; injectable so the logic can be tested on a temporary folder. */
export interface PolicyPaths {
  /** the harness's own file in Chromium's managed policy folder (every *.json there is read) */
  chromium: string;
  /** Firefox's one policies.json, which may also hold a machine's real policies */
  firefox: string;
}

export const POLICY_PATHS: PolicyPaths = {
  chromium: '/etc/chromium/policies/managed/coupang-guard-e2e.json',
  firefox: '/etc/firefox/policies/policies.json',
};
export const CHROMIUM_POLICY_FILE = POLICY_PATHS.chromium;
export const FIREFOX_POLICY_FILE = POLICY_PATHS.firefox;

/**
 * Every policy file the harness writes carries this top-level key, so a file left behind by a killed run can be
 * told from a policy someone else wrote. Firefox reads only `policies` from policies.json; Chromium lists the key
 * as an unknown policy and applies the rest.
 */
export const TEST_MARKER = '_coupangGuardTest';

interface Marker {
  /** the process that wrote the file (a file whose writer still runs is a run in progress) */
  pid: number;
  written: string;
  /** what the file held before the first test write (null: there was no file) */
  before: string | null;
}

type Restore = { file: string; run: () => void };
/** Restores not yet run, oldest first: put back in reverse order at exit or on a signal. */
const pending: Restore[] = [];
let exitHooked = false;

/**
 * Writes a managed policy for the extension where the browser reads it and returns a function that puts
 * back exactly what was there before (also called on failure by the harness, and at process exit or on
 * SIGINT/SIGTERM/SIGHUP if nobody did). A file the harness wrote over its own earlier one (a policy changed
 * during a test) is put back with that earlier one's restore.
 */
export function installPolicy(
  browser: 'chromium' | 'firefox',
  policy: Record<string, unknown>,
  paths: PolicyPaths = POLICY_PATHS,
): () => void {
  const file = browser === 'chromium' ? paths.chromium : paths.firefox;
  const before = existsSync(file) ? readFileSync(file, 'utf8') : null;
  const earlier = before === null ? null : markerOf(parse(before));
  // a test file another (dead) run left is not put back: what it kept is
  const restoreTo = earlier && earlier.pid !== process.pid ? earlier.before : before;
  const marker: Marker = {
    pid: process.pid,
    written: new Date().toISOString(),
    // over the harness's own file: the original is what that one kept; Chromium's file is always the harness's own
    before: browser === 'chromium' ? null : earlier ? earlier.before : before,
  };
  const content =
    browser === 'chromium'
      ? { [TEST_MARKER]: marker, '3rdparty': { extensions: { [CHROME_EXTENSION_ID]: policy } } }
      : { ...mergeFirefox(marker.before, policy), [TEST_MARKER]: marker };
  hookExit();
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(content, null, 2));
  const entry: Restore = {
    file,
    run: () => {
      // The Chromium file is the harness's own: always remove it, so a run killed half-way cannot leave its
      // policy behind for the next run to "restore". policies.json may hold a machine's real policies: put it back.
      if (restoreTo === null || browser === 'chromium') rmSync(file, { force: true });
      else writeFileSync(file, restoreTo);
    },
  };
  pending.push(entry);
  return () => {
    const at = pending.indexOf(entry);
    if (at < 0) return; // already put back (twice, or by an outer restore of the same file)
    // writes over this one that nobody put back are undone with it
    for (let i = pending.length - 1; i >= at; i--) if (pending[i]!.file === file) pending.splice(i, 1);
    entry.run();
  };
}

/** Put back every file still written, newest first; synchronous, as it runs in 'exit' and signal handlers. */
export function restoreAllPolicies(): void {
  while (pending.length > 0) {
    const entry = pending.pop()!;
    for (let i = pending.length - 1; i >= 0; i--) if (pending[i]!.file === entry.file) pending.splice(i, 1);
    try {
      entry.run();
    } catch (err) {
      console.error(`coupang-guard e2e: could not put back ${entry.file}: ${String(err)}`);
    }
  }
}

function hookExit(): void {
  if (exitHooked) return;
  exitHooked = true;
  process.on('exit', restoreAllPolicies);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    const onSignal = () => {
      restoreAllPolicies();
      process.off(signal, onSignal);
      // Alone, a listener keeps the process alive: end it by the signal as it would have ended without us.
      // Where another listener (a test runner's) handles the signal, leave the ending to it.
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    };
    process.on(signal, onSignal);
  }
  // A test runner's worker whose runner was killed runs on alone, its browser under our policy, while the runner's
  // e2e lock is already free for the next run: end it the way the runner ends its workers.
  if (process.connected) process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
}

/** Keep any other policies already in policies.json; only our extension's 3rdparty entry changes. */
function mergeFirefox(before: string | null, policy: Record<string, unknown>): Record<string, unknown> {
  const doc = (before === null ? null : parse(before)) ?? {};
  delete doc[TEST_MARKER];
  const policies = ((doc.policies as Record<string, unknown> | undefined) ??= {});
  const third = (policies['3rdparty'] ??= {}) as { Extensions?: Record<string, unknown> };
  third.Extensions = { ...(third.Extensions ?? {}), [GECKO_ID]: policy };
  return doc;
}

/** A policy file's text; '' where it cannot be read (then it is not known to be ours, and left alone). */
function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function parse(text: string): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(text);
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function markerOf(doc: Record<string, unknown> | null): Marker | null {
  const m = doc?.[TEST_MARKER] as Partial<Marker> | undefined;
  return m && typeof m.pid === 'number' && (typeof m.before === 'string' || m.before === null)
    ? (m as Marker)
    : null;
}

const pidAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

export interface StrayPolicy {
  file: string;
  /** `removed`/`restored`: a test file of a run that is gone, cleaned up; `refused`: the run must not start */
  outcome: 'removed' | 'restored' | 'refused';
  message: string;
}

/**
 * Looks for test policy files left behind (a run killed before it could put them back) before any browser
 * starts. A file whose marker proves it is a test file of a run that is gone is removed, or policies.json put
 * back to what it held before that run. A file that sets a policy for the extension without the marker (an
 * older harness's leftover, or a real policy for Coupang Guard on this machine), or a test file whose writer
 * still runs, is left alone and named: the tests would run under its policy, so the run must not start. Any
 * other policy file is someone else's and is not touched.
 */
export function sweepStrayPolicies(
  paths: PolicyPaths = POLICY_PATHS,
  alive: (pid: number) => boolean = pidAlive,
): StrayPolicy[] {
  const found: StrayPolicy[] = [];
  const chromiumDir = dirname(paths.chromium);
  const chromiumFiles = existsSync(chromiumDir)
    ? readdirSync(chromiumDir)
        .filter((f) => f.endsWith('.json'))
        .map((f) => join(chromiumDir, f))
    : [];
  for (const file of chromiumFiles) {
    const doc = parse(readText(file));
    const marker = markerOf(doc);
    const ours = basename(file) === basename(paths.chromium);
    const setsUs = doc !== null && hasPath(doc, ['3rdparty', 'extensions', CHROME_EXTENSION_ID]);
    if (marker && !alive(marker.pid)) {
      rmSync(file, { force: true });
      found.push({
        file,
        outcome: 'removed',
        message: `removed ${file}, a test policy left by an e2e run that is gone (pid ${marker.pid}, ${marker.written})`,
      });
    } else if (marker) {
      found.push(refuse(file, inProgress(marker), `rm ${file}`));
    } else if (ours || setsUs) {
      found.push(
        refuse(
          file,
          `it sets a Chromium policy for Coupang Guard (${CHROME_EXTENSION_ID}) and has no "${TEST_MARKER}" ` +
            'marker, so it is not known to be a test file (an older harness wrote unmarked ones)',
          `rm ${file}`,
        ),
      );
    }
  }

  const ff = paths.firefox;
  if (existsSync(ff)) {
    const doc = parse(readText(ff));
    const marker = markerOf(doc);
    if (marker && !alive(marker.pid)) {
      if (marker.before === null) rmSync(ff, { force: true });
      else writeFileSync(ff, marker.before);
      found.push({
        file: ff,
        outcome: marker.before === null ? 'removed' : 'restored',
        message:
          (marker.before === null
            ? `removed ${ff}, a test policy`
            : `put back the policies ${ff} held before a test policy was merged into it by`) +
          ` left by an e2e run that is gone (pid ${marker.pid}, ${marker.written})`,
      });
    } else if (marker) {
      found.push(refuse(ff, inProgress(marker), `rm ${ff}`));
    } else if (doc !== null && hasPath(doc, ['policies', '3rdparty', 'Extensions', GECKO_ID])) {
      found.push(
        refuse(
          ff,
          `it sets a Firefox policy for Coupang Guard (${GECKO_ID}) and has no "${TEST_MARKER}" marker, so it ` +
            'is not known to be a test file (an older harness wrote unmarked ones)',
          `rm ${ff}   (if it holds other policies this machine needs, delete only ` +
            `policies["3rdparty"].Extensions["${GECKO_ID}"] instead)`,
        ),
      );
    }
  }
  return found;
}

const inProgress = (m: Marker) =>
  `it is a test policy of an e2e run that is still running (pid ${m.pid}, since ${m.written}); run e2e ` +
  'under `flock /tmp/cg-e2e.lock` so runs do not overlap';

function refuse(file: string, why: string, fix: string): StrayPolicy {
  return {
    file,
    outcome: 'refused',
    message: `${file}: ${why}. The browsers would run the tests under its policy. If no e2e run is in progress and it is a leftover, remove it: ${fix}`,
  };
}

function hasPath(doc: Record<string, unknown>, keys: string[]): boolean {
  let at: unknown = doc;
  for (const k of keys) {
    if (at === null || typeof at !== 'object' || !(k in at)) return false;
    at = (at as Record<string, unknown>)[k];
  }
  return true;
}
