import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../lib/messages/rate';

describe('RateLimiter', () => {
  it('allows a burst, then the steady rate, per key', () => {
    const r = new RateLimiter(3, 2);
    expect([r.take(1, 0), r.take(1, 0), r.take(1, 0), r.take(1, 0)]).toEqual([true, true, true, false]);
    expect(r.take(2, 0)).toBe(true); // another tab has its own bucket
    expect(r.take(1, 400)).toBe(false); // 0.8 token
    expect(r.take(1, 500)).toBe(true); // 1 token after 500 ms at 2/s
    expect(r.take(1, 10_000)).toBe(true);
    expect([r.take(1, 10_000), r.take(1, 10_000), r.take(1, 10_000)]).toEqual([true, true, false]);
  });

  it('forgets a key, and bounds the number of keys it keeps', () => {
    const r = new RateLimiter(1, 1, 2);
    expect(r.take(1, 0)).toBe(true);
    expect(r.take(1, 0)).toBe(false);
    r.forget(1);
    expect(r.take(1, 0)).toBe(true);
    r.take(2, 0);
    r.take(3, 0); // over the bound: starts afresh
    expect(r.take(1, 0)).toBe(true);
  });
});
