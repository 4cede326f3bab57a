/**
 * Work a worker start does not need before its first judgement (the rule sync, the list refresh check, the
 * allowance pruning, the report queue, the context menu) waits this long after the background starts, so it
 * does not compete with the first page the browser loads (issue #16, docs/performance.md). Listeners are
 * still registered at once; only the work itself is deferred. A service worker lives at least 30 s after its
 * last event, so the timer fires.
 */
export const STARTUP_DEFER_MS = 2_000;

export function afterStartup(what: string, fn: () => Promise<unknown> | void): void {
  setTimeout(() => {
    try {
      void Promise.resolve(fn()).catch((err: unknown) => console.warn(`[coupang-guard] ${what}`, err));
    } catch (err) {
      console.warn(`[coupang-guard] ${what}`, err);
    }
  }, STARTUP_DEFER_MS);
}
