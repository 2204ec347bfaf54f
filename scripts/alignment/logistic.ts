/**
 * L2-regularised logistic regression fitted by Newton's method (iteratively
 * reweighted least squares) on standardised features: deterministic, no random
 * start, a few milliseconds for the few thousand candidates of the development
 * pairs. Used by `npm run fit` and the cross-validation only; the app applies the
 * result (shared/align/link-model.ts).
 */

/** A fitted model on standardised features. */
export interface Logistic {
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Solves `m x = v` (m symmetric positive definite, small) by Gaussian elimination with partial pivoting. */
export function solve(m: number[][], v: number[]): number[] {
  const n = v.length;
  const a = m.map((row, i) => [...row, v[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[p]![c]!)) p = r;
    [a[c], a[p]] = [a[p]!, a[c]!];
    const pivot = a[c]![c]!;
    if (Math.abs(pivot) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = a[r]![c]! / pivot;
      if (f !== 0) for (let k = c; k <= n; k++) a[r]![k]! -= f * a[c]![k]!;
    }
  }
  return a.map((row, i) => (Math.abs(row[i]!) < 1e-12 ? 0 : row[n]! / row[i]!));
}

/** Mean and standard deviation of each column (a constant column gets scale 1). */
function standardiser(rows: readonly ArrayLike<number>[], d: number): { mean: number[]; scale: number[] } {
  const mean = new Array<number>(d).fill(0);
  const scale = new Array<number>(d).fill(0);
  for (const r of rows) for (let k = 0; k < d; k++) mean[k]! += r[k]! / rows.length;
  for (const r of rows) for (let k = 0; k < d; k++) scale[k]! += (r[k]! - mean[k]!) ** 2 / rows.length;
  return { mean, scale: scale.map((v) => (v > 1e-12 ? Math.sqrt(v) : 1)) };
}

/** Fits P(y = 1 | x) = σ(bias + w·z), z the standardised row, minimising log loss + l2/2 · |w|². */
export function fitLogistic(rows: readonly ArrayLike<number>[], labels: readonly number[], l2: number, iterations = 30): Logistic {
  const d = rows[0]?.length ?? 0;
  const { mean, scale } = standardiser(rows, d);
  const z = rows.map((r) => [1, ...Array.from({ length: d }, (_, k) => (r[k]! - mean[k]!) / scale[k]!)]);
  let beta = new Array<number>(d + 1).fill(0);
  for (let it = 0; it < iterations; it++) {
    const g = new Array<number>(d + 1).fill(0);
    const h = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    z.forEach((x, n) => {
      const p = sigmoid(x.reduce((s, v, k) => s + v * beta[k]!, 0));
      const w = Math.max(p * (1 - p), 1e-9);
      for (let i = 0; i <= d; i++) {
        g[i]! += (p - labels[n]!) * x[i]!;
        for (let j = i; j <= d; j++) h[i]![j]! += w * x[i]! * x[j]!;
      }
    });
    for (let i = 0; i <= d; i++) for (let j = 0; j < i; j++) h[i]![j] = h[j]![i]!;
    for (let i = 1; i <= d; i++) {
      g[i]! += l2 * beta[i]!;
      h[i]![i]! += l2;
    }
    const step = solve(h, g);
    beta = beta.map((b, k) => b - step[k]!);
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  return { mean, scale, weights: beta.slice(1), bias: beta[0]! };
}

/** The fitted model's probability for one row. */
export function predictLogistic(m: Logistic, row: ArrayLike<number>): number {
  let s = m.bias;
  for (let k = 0; k < m.weights.length; k++) s += m.weights[k]! * ((row[k]! - m.mean[k]!) / m.scale[k]!);
  return sigmoid(s);
}
