/** Resolve with `p`, or reject after `ms` with a message naming what took too long. */
export function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Ask `fn` until `ok` accepts its value. Each attempt is bounded too, so one call that never answers (a page
 * that is being replaced, a message nobody answers) cannot hang the test past its deadline.
 */
export async function poll<T>(
  fn: () => Promise<T> | T,
  ok: (v: T) => boolean,
  timeoutMs = 10_000,
  what = 'condition',
): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastErr: unknown;
  while (Date.now() < end) {
    try {
      const value = await within(Promise.resolve().then(fn), Math.max(1000, end - Date.now()), what);
      last = value;
      if (ok(value)) return value;
    } catch (err) {
      lastErr = err;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(
    `timed out after ${timeoutMs} ms waiting for ${what}; last value: ${JSON.stringify(last)}${lastErr ? `; last error: ${String(lastErr)}` : ''}`,
  );
}

/**
 * The id of the newest tab whose address contains `part`, or -1: a tab an earlier (failed) test left open must not
 * stand in for this one.
 */
export function newestTabWith(tabs: readonly { id: number; url: string }[], part: string): number {
  let best = -1;
  for (const t of tabs) if (t.url.includes(part) && t.id > best) best = t.id;
  return best;
}
