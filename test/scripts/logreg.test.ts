// The logistic regression behind scripts/learn-page-model.ts: it must learn what a linear model can, the same
// way every time, and refuse input it cannot use.
import { describe, expect, it } from 'vitest';
import { logLoss, predictLogReg, trainLogReg } from '../../scripts/logreg';

/** A linearly separable toy set: positive when 2·a − b > 1, on a fixed grid (no randomness). */
function toy() {
  const X: number[][] = [];
  const y: number[] = [];
  for (let a = -3; a <= 3; a += 0.5)
    for (let b = -3; b <= 3; b += 0.5) {
      const margin = 2 * a - b - 1;
      if (Math.abs(margin) < 0.25) continue; // a gap between the classes
      // a constant column and a scaled copy of a: standardisation must cope with both
      X.push([a, b, 7, 100 * a]);
      y.push(margin > 0 ? 1 : 0);
    }
  return { X, y, features: ['a', 'b', 'constant', 'a×100'] };
}

describe('trainLogReg', () => {
  it('separates a linearly separable set', () => {
    const { X, y, features } = toy();
    const model = trainLogReg(X, y, features, { l2: 1e-4 });
    expect(model.converged).toBe(true);
    const wrong = X.filter((row, i) => (predictLogReg(model, row) > 0.5 ? 1 : 0) !== y[i]);
    expect(wrong).toEqual([]);
    expect(
      logLoss(
        X.map((r) => predictLogReg(model, r)),
        y,
      ),
    ).toBeLessThan(0.1);
    // the constant column carries nothing
    expect(model.weights[2]).toBe(0);
    // a counts for the positive class, b against it
    expect(model.weights[0] + model.weights[3]).toBeGreaterThan(0);
    expect(model.weights[1]).toBeLessThan(0);
  });

  it('is deterministic: the same rows give the same model, bit for bit', () => {
    const { X, y, features } = toy();
    expect(trainLogReg(X, y, features, { l2: 1e-2 })).toEqual(trainLogReg(X, y, features, { l2: 1e-2 }));
  });

  it('shrinks the weights as the L2 strength grows', () => {
    const { X, y, features } = toy();
    const norm = (l2: number) => Math.hypot(...trainLogReg(X, y, features, { l2 }).weights);
    expect(norm(1)).toBeLessThan(norm(1e-2));
    expect(norm(1e-2)).toBeLessThan(norm(1e-4));
  });

  it('learns the base rate when no feature says anything', () => {
    const X = [[1], [1], [1], [1]];
    const model = trainLogReg(X, [1, 1, 1, 0], ['constant']);
    expect(predictLogReg(model, [1])).toBeCloseTo(0.75, 4);
  });

  it('refuses rows it cannot use', () => {
    expect(() => trainLogReg([], [], ['a'])).toThrow(/no rows/);
    expect(() => trainLogReg([[1], [2]], [1], ['a'])).toThrow(/one label per row/);
    expect(() => trainLogReg([[1, 2], [2]], [1, 0], ['a', 'b'])).toThrow(/one value per feature/);
  });
});
