// L2-regularised logistic regression, trained by accelerated (Nesterov) full-batch gradient descent. Plain
// TypeScript, no dependency, deterministic: the same rows give the same weights, bit for bit. Used by
// scripts/learn-page-model.ts (the page guard's learned-model measurement); tested in test/scripts/logreg.test.ts.

export interface LogRegModel {
  /** feature names, in column order */
  features: string[];
  /** per-column mean and scale of the training rows: a row is standardised before the weights apply */
  mean: number[];
  scale: number[];
  /** weights on the standardised columns, and the bias */
  weights: number[];
  bias: number;
  /** the L2 strength it was trained with (on the mean log-loss) */
  l2: number;
  /** gradient steps taken, and whether the gradient's norm fell below the tolerance before the cap */
  iterations: number;
  converged: boolean;
}

export interface TrainOptions {
  /** L2 strength λ on the mean log-loss: loss = mean(logloss) + λ/2 · |w|² (the bias is not penalised) */
  l2?: number;
  /** stop when the gradient's norm falls below this */
  tolerance?: number;
  maxIterations?: number;
}

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** Column means and scales (standard deviation; 1 for a constant column, so it stays 0 after centring). */
function standardiser(X: number[][], d: number): { mean: number[]; scale: number[] } {
  const n = X.length;
  const mean = new Array<number>(d).fill(0);
  const scale = new Array<number>(d).fill(0);
  for (const row of X) for (let j = 0; j < d; j++) mean[j] += row[j];
  for (let j = 0; j < d; j++) mean[j] /= n;
  for (const row of X) for (let j = 0; j < d; j++) scale[j] += (row[j] - mean[j]) ** 2 / n;
  for (let j = 0; j < d; j++) {
    // a constant column centres to exactly 0 (its weight then stays 0)
    if (X.every((row) => row[j] === X[0][j])) mean[j] = X[0][j];
    scale[j] = scale[j] > 1e-12 ? Math.sqrt(scale[j]) : 1;
  }
  return { mean, scale };
}

/** The largest eigenvalue of ZᵀZ/n by power iteration from a fixed start (deterministic). */
function largestEigen(Z: Float64Array[], d: number): number {
  const n = Z.length;
  let v = new Float64Array(d).fill(1 / Math.sqrt(Math.max(1, d)));
  let lambda = 0;
  for (let it = 0; it < 100; it++) {
    const next = new Float64Array(d);
    for (const z of Z) {
      let dot = 0;
      for (let j = 0; j < d; j++) dot += z[j] * v[j];
      for (let j = 0; j < d; j++) next[j] += (z[j] * dot) / n;
    }
    const norm = Math.sqrt(next.reduce((s, x) => s + x * x, 0));
    if (norm < 1e-15) return 0;
    for (let j = 0; j < d; j++) next[j] /= norm;
    if (Math.abs(norm - lambda) < 1e-9 * Math.max(1, norm)) return norm;
    lambda = norm;
    v = next;
  }
  return lambda;
}

/** Trains on rows `X` (numbers, any scale) with labels `y` (1 or 0). */
export function trainLogReg(
  X: number[][],
  y: number[],
  features: string[],
  opts: TrainOptions = {},
): LogRegModel {
  const l2 = opts.l2 ?? 1e-2;
  const tolerance = opts.tolerance ?? 1e-7;
  const maxIterations = opts.maxIterations ?? 20_000;
  const n = X.length;
  const d = features.length;
  if (n === 0) throw new Error('trainLogReg: no rows');
  if (y.length !== n) throw new Error('trainLogReg: one label per row');
  if (X.some((r) => r.length !== d)) throw new Error('trainLogReg: one value per feature in every row');
  const { mean, scale } = standardiser(X, d);
  const Z = X.map((r) => Float64Array.from(r, (x, j) => (x - mean[j]) / scale[j]));
  // Step 1/L with L the gradient's Lipschitz constant: ¼·λmax(ZᵀZ/n) for the weights (and ¼ for the bias,
  // whose column is all ones and orthogonal to the centred columns) plus λ.
  const L = 0.25 * Math.max(1, largestEigen(Z, d)) + l2;
  const step = 1 / L;
  // Nesterov's accelerated gradient on θ = (w, b); x holds the iterate, v the look-ahead point.
  let w = new Float64Array(d);
  let b = 0;
  let vw = new Float64Array(d);
  let vb = 0;
  let t = 1;
  const gw = new Float64Array(d);
  let iterations = 0;
  let converged = false;
  for (; iterations < maxIterations; iterations++) {
    gw.fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      const z = Z[i];
      let s = vb;
      for (let j = 0; j < d; j++) s += vw[j] * z[j];
      const e = (sigmoid(s) - y[i]) / n;
      gb += e;
      for (let j = 0; j < d; j++) gw[j] += e * z[j];
    }
    let norm = gb * gb;
    for (let j = 0; j < d; j++) {
      gw[j] += l2 * vw[j];
      norm += gw[j] * gw[j];
    }
    if (Math.sqrt(norm) < tolerance) {
      w = vw;
      b = vb;
      converged = true;
      break;
    }
    const nw = new Float64Array(d);
    for (let j = 0; j < d; j++) nw[j] = vw[j] - step * gw[j];
    const nb = vb - step * gb;
    const tNext = (1 + Math.sqrt(1 + 4 * t * t)) / 2;
    const k = (t - 1) / tNext;
    const aw = new Float64Array(d);
    for (let j = 0; j < d; j++) aw[j] = nw[j] + k * (nw[j] - w[j]);
    vb = nb + k * (nb - b);
    vw = aw;
    w = nw;
    b = nb;
    t = tNext;
  }
  return { features: [...features], mean, scale, weights: [...w], bias: b, l2, iterations, converged };
}

/** The model's probability that a row is positive. */
export function predictLogReg(model: LogRegModel, row: number[]): number {
  let s = model.bias;
  for (let j = 0; j < model.weights.length; j++)
    s += (model.weights[j] * (row[j] - model.mean[j])) / model.scale[j];
  return sigmoid(s);
}

/** Mean log-loss of probabilities `p` against labels `y` (clipped away from 0 and 1). */
export function logLoss(p: number[], y: number[]): number {
  const eps = 1e-12;
  return (
    p.reduce((s, pi, i) => s - (y[i] ? Math.log(Math.max(pi, eps)) : Math.log(Math.max(1 - pi, eps))), 0) /
    p.length
  );
}
