import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type * as StartupNs from '../../entrypoints/background/startup';

/**
 * entrypoints/background/startup.ts: the worker's deferred start-up work runs once the start has settled and no
 * page is loading (issue #16), and at the latest STARTUP_LATEST_MS after it was asked for.
 */
let s: typeof StartupNs;

beforeEach(async () => {
  vi.useFakeTimers();
  vi.setSystemTime(1_000_000);
  vi.resetModules();
  s = await import('../../entrypoints/background/startup');
});
afterEach(() => {
  vi.useRealTimers();
});

describe('afterStartup', () => {
  test('with no page loading: runs STARTUP_DEFER_MS after the start', () => {
    const fn = vi.fn();
    s.afterStartup('x', fn);
    vi.advanceTimersByTime(s.STARTUP_DEFER_MS - 1);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledOnce();
  });

  test('waits while a top-frame load is in flight, then for QUIET_MS after it ended', () => {
    const fn = vi.fn();
    s.afterStartup('x', fn);
    vi.advanceTimersByTime(1_500);
    s.noteLoadStarted(7);
    vi.advanceTimersByTime(3_000); // 4.5 s after the start, still loading
    expect(fn).not.toHaveBeenCalled();
    s.noteLoadEnded(7);
    vi.advanceTimersByTime(s.QUIET_MS - 1);
    expect(fn).not.toHaveBeenCalled();
    s.noteLoadStarted(8); // the next page (a reload) before the quiet time is up
    s.noteLoadEnded(8);
    vi.advanceTimersByTime(s.QUIET_MS - 1);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledOnce();
  });

  test('a page that never finishes loading cannot put it off past STARTUP_LATEST_MS', () => {
    const fn = vi.fn();
    s.noteLoadStarted(1);
    s.afterStartup('x', fn);
    vi.advanceTimersByTime(s.STARTUP_LATEST_MS - 1);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledOnce();
    expect(s.STARTUP_LATEST_MS).toBeLessThan(30_000); // before an idle worker is stopped
  });

  test('with its own latest bound (the context menu): at STARTUP_DEFER_MS even while a page loads', () => {
    const fn = vi.fn();
    s.noteLoadStarted(3);
    s.afterStartup('menu', fn, s.STARTUP_DEFER_MS);
    vi.advanceTimersByTime(s.STARTUP_DEFER_MS);
    expect(fn).toHaveBeenCalledOnce();
  });

  test('an end for a tab that was not loading changes nothing; every entry runs once; a throw is contained', () => {
    const a = vi.fn(() => {
      throw new Error('boom');
    });
    const b = vi.fn(() => Promise.reject(new Error('later')));
    const c = vi.fn();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    s.afterStartup('a', a);
    s.afterStartup('b', b);
    s.noteLoadEnded(42);
    vi.advanceTimersByTime(s.STARTUP_DEFER_MS);
    s.afterStartup('c', c); // asked for after the start settled: runs once quiet
    vi.advanceTimersByTime(60_000);
    expect([a, b, c].map((f) => f.mock.calls.length)).toEqual([1, 1, 1]);
  });
});
