/**
 * Small statistics for benchmarks that compare configurations measured in the same run: medians, quartiles and
 * the median of paired ratios (each sample of A divided by the sample of B taken in the same round, so slow
 * phases of a busy machine cancel out instead of landing on one side).
 */

/** Quantile by linear interpolation between closest ranks (the common "type 7" definition); NaN when empty. */
export function quantile(xs: readonly number[], q: number): number {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const pos = (s.length - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo);
}

export interface Summary {
  n: number;
  median: number;
  q1: number;
  q3: number;
}

/** Median and interquartile range of the finite values. */
export function summarize(xs: readonly number[]): Summary {
  const finite = xs.filter((x) => Number.isFinite(x));
  return {
    n: finite.length,
    median: quantile(finite, 0.5),
    q1: quantile(finite, 0.25),
    q3: quantile(finite, 0.75),
  };
}

/**
 * Ratios a[i] / b[i] of samples paired by index (same round, same load); pairs with a missing, non-finite or
 * non-positive value on either side are left out rather than turned into 0 or Infinity.
 */
export function pairedRatios(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (Number.isFinite(x) && Number.isFinite(y) && x > 0 && y > 0) out.push(x / y);
  }
  return out;
}

/** Differences a[i] - b[i] of samples paired by index (finite pairs only). */
export function pairedDiffs(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (Number.isFinite(x) && Number.isFinite(y)) out.push(x - y);
  }
  return out;
}

/** The i-th rotation of `items`: round i starts with a different configuration, so none is always first. */
export function rotate<T>(items: readonly T[], i: number): T[] {
  const k = items.length === 0 ? 0 : ((i % items.length) + items.length) % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}

/** "×1.23 [1.10–1.40]" for a ratio summary; "n/a" when there is nothing to show. */
export function formatRatio(s: Summary): string {
  if (!Number.isFinite(s.median)) return 'n/a';
  return `×${s.median.toFixed(2)} [${s.q1.toFixed(2)}–${s.q3.toFixed(2)}]`;
}
