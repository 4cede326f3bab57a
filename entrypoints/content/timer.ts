/**
 * Timers a page cannot cancel. setTimeout ids are shared with the page in both browsers, so a page can
 * clearTimeout(1 … 100000) and kill a content script's pending work; an AbortSignal.timeout is an object
 * only we hold.
 */
export function after(ms: number, fn: () => void): void {
  try {
    AbortSignal.timeout(Math.max(0, Math.round(ms))).addEventListener('abort', fn, { once: true });
  } catch {
    setTimeout(fn, ms);
  }
}
