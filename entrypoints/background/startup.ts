/**
 * Work a worker start does not need before its first judgement (the rule sync, the list refresh check, the
 * allowance pruning, the report queue, the context menu) waits until the start-up has settled **and no page is
 * loading**, so it does not compete with the pages the browser loads first (issue #16, docs/performance.md).
 * Listeners are still registered at once; only the work itself is deferred.
 *
 * Measured before this rule: with a fixed 2 s delay the deferred work (about 15 ms of the worker's CPU plus the
 * browser's side of ~10 API calls on its main thread, where every request of a page is proxied while an
 * extension has the declarativeNetRequest permission) landed inside the first page load after a browser start,
 * which is when a restored session or a typed address loads.
 *
 * When: at the earliest STARTUP_DEFER_MS after the worker started, once no top-frame load is in flight and none
 * started or finished for QUIET_MS; at the latest STARTUP_LATEST_MS after it was asked for (a page
 * that never finishes loading must not put it off for good). A worker lives 30 s after its last event, so the
 * latest run comes before it can be stopped.
 */
export const STARTUP_DEFER_MS = 2_000;
export const QUIET_MS = 1_000;
export const STARTUP_LATEST_MS = 15_000;

interface Entry {
  what: string;
  fn: () => Promise<unknown> | void;
  latest: number;
}

const startedAt = Date.now();
const queue: Entry[] = [];
/** top-frame loads in flight, by tab */
const loading = new Set<number>();
let lastActivity = 0;
let timer: ReturnType<typeof setTimeout> | null = null;

function run(e: Entry): void {
  try {
    void Promise.resolve(e.fn()).catch((err: unknown) => console.warn(`[coupang-guard] ${e.what}`, err));
  } catch (err) {
    console.warn(`[coupang-guard] ${e.what}`, err);
  }
}

function drain(): void {
  timer = null;
  const now = Date.now();
  const quiet = loading.size === 0 && now - lastActivity >= QUIET_MS;
  const settled = now - startedAt >= STARTUP_DEFER_MS;
  const due = queue.filter((e) => (settled && quiet) || now >= e.latest);
  for (const e of due) queue.splice(queue.indexOf(e), 1);
  for (const e of due) run(e);
  schedule();
}

function schedule(): void {
  if (timer !== null) clearTimeout(timer);
  timer = null;
  if (queue.length === 0) return;
  const now = Date.now();
  let at = Math.min(...queue.map((e) => e.latest));
  // while a load is in flight only the latest bound applies; its end calls schedule() again
  if (loading.size === 0) at = Math.min(at, Math.max(startedAt + STARTUP_DEFER_MS, lastActivity + QUIET_MS));
  timer = setTimeout(drain, Math.max(0, at - now));
}

/** `latestMs`: the longest a load in progress may put it off (work a user can see: the context menu). */
export function afterStartup(
  what: string,
  fn: () => Promise<unknown> | void,
  latestMs = STARTUP_LATEST_MS,
): void {
  queue.push({ what, fn, latest: Date.now() + latestMs });
  schedule();
}

/** A top-frame load started (webNavigation.onBeforeNavigate) or committed in `tabId`. */
export function noteLoadStarted(tabId: number): void {
  loading.add(tabId);
  lastActivity = Date.now();
  if (queue.length) schedule();
}

/** A top-frame load in `tabId` finished, failed, or its tab is gone. */
export function noteLoadEnded(tabId: number): void {
  if (!loading.delete(tabId)) return;
  lastActivity = Date.now();
  if (queue.length) schedule();
}
