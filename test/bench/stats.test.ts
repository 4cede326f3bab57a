import { describe, expect, it } from 'vitest';
import { formatRatio, pairedDiffs, pairedRatios, quantile, rotate, summarize } from '../../bench/lib/stats';

describe('bench statistics', () => {
  it('quantiles interpolate between ranks and ignore non-finite values', () => {
    expect(quantile([3, 1, 2], 0.5)).toBe(2);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4, 5], 0.25)).toBe(2);
    expect(quantile([10, NaN, Infinity, 20], 0.5)).toBe(15);
    expect(quantile([], 0.5)).toBeNaN();
  });

  it('summarizes with median and quartiles', () => {
    expect(summarize([5, 1, 4, 2, 3])).toEqual({ n: 5, median: 3, q1: 2, q3: 4 });
    expect(summarize([NaN]).n).toBe(0);
  });

  it('pairs samples by index and drops pairs that cannot make a ratio', () => {
    expect(pairedRatios([2, 3, 0, 8, NaN], [1, 3, 5, 0, 1])).toEqual([2, 1]);
    expect(pairedRatios([1, 2, 3], [1])).toEqual([1]);
    expect(pairedDiffs([5, NaN, 1], [2, 1, 3])).toEqual([3, -2]);
  });

  it('a paired ratio follows the rounds, not the pooled medians', () => {
    // the machine got twice as slow half-way: pooled medians blur it, the pairs do not
    const ours = [11, 11, 22, 22];
    const base = [10, 10, 20, 20];
    expect(summarize(pairedRatios(ours, base)).median).toBeCloseTo(1.1, 10);
  });

  it('rotates so that every configuration leads a round', () => {
    expect(rotate(['a', 'b', 'c'], 0)).toEqual(['a', 'b', 'c']);
    expect(rotate(['a', 'b', 'c'], 1)).toEqual(['b', 'c', 'a']);
    expect(rotate(['a', 'b', 'c'], 5)).toEqual(['c', 'a', 'b']);
    expect(rotate([], 3)).toEqual([]);
  });

  it('formats a ratio with its interquartile range', () => {
    expect(formatRatio({ n: 3, median: 1.234, q1: 1.1, q3: 1.4 })).toBe('×1.23 [1.10–1.40]');
    expect(formatRatio(summarize([]))).toBe('n/a');
  });
});
