// A small logistic regression: fitted by Newton's method with an L2 penalty on standardised features, scored by
// cross-validation. Enough for a handful of retrieval signals; no dependency, repeatable to the last digit.

/** A fitted model as stored in its JSON file. */
export interface LogisticModel {
  /** Feature names, in the order of `weights`, `mean` and `scale`. */
  features: string[];
  weights: number[];
  bias: number;
  /** Standardisation: (x - mean) / scale per feature. */
  mean: number[];
  scale: number[];
}

/** One training example: feature values by name and its label (1 = positive). */
export interface Example {
  x: Record<string, number>;
  y: 0 | 1;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The model's probability that `x` is positive; a feature missing from `x` counts as its training mean. */
export function probability(model: LogisticModel, x: Record<string, number>): number {
  let z = model.bias;
  model.features.forEach((f, i) => {
    const value = x[f] ?? model.mean[i]!;
    z += model.weights[i]! * ((value - model.mean[i]!) / model.scale[i]!);
  });
  return sigmoid(z);
}

/** Solves the small linear system a·x = b (Gaussian elimination with partial pivoting). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c += 1) {
    let pivot = c;
    for (let r = c + 1; r < n; r += 1) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    for (let r = 0; r < n; r += 1) {
      if (r === c || m[c]![c] === 0) continue;
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k += 1) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => row[n]! / (row[i]! || 1));
}

/** Fits a model on `examples` over `features` (L2 penalty `lambda` on the weights, not the bias). */
export function fitLogistic(examples: Example[], features: string[], lambda = 1): LogisticModel {
  if (examples.length === 0) throw new Error('fitLogistic: no examples');
  const columns = features.map((f) => examples.map((e) => e.x[f] ?? 0));
  const mean = columns.map((c) => c.reduce((s, v) => s + v, 0) / c.length);
  const scale = columns.map((c, i) => Math.sqrt(c.reduce((s, v) => s + (v - mean[i]!) ** 2, 0) / c.length) || 1);
  const rows = examples.map((e) => [1, ...features.map((f, i) => ((e.x[f] ?? 0) - mean[i]!) / scale[i]!)]);
  const d = features.length + 1;
  let beta = new Array<number>(d).fill(0);
  for (let iteration = 0; iteration < 50; iteration += 1) {
    const gradient = new Array<number>(d).fill(0);
    const hessian = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    rows.forEach((row, n) => {
      const p = sigmoid(row.reduce((s, v, j) => s + v * beta[j]!, 0));
      const w = p * (1 - p);
      for (let j = 0; j < d; j += 1) {
        gradient[j]! += (p - examples[n]!.y) * row[j]!;
        for (let k = 0; k < d; k += 1) hessian[j]![k]! += w * row[j]! * row[k]!;
      }
    });
    for (let j = 1; j < d; j += 1) {
      gradient[j]! += lambda * beta[j]!;
      hessian[j]![j]! += lambda;
    }
    const step = solve(hessian, gradient);
    beta = beta.map((b, j) => b - step[j]!);
    if (Math.max(...step.map(Math.abs)) < 1e-9) break;
  }
  return { features, bias: beta[0]!, weights: beta.slice(1), mean, scale };
}

/** Out-of-fold probabilities from k-fold cross-validation (folds by position: example i is in fold i mod k). */
export function crossValidatedProbabilities(examples: Example[], features: string[], folds = 5, lambda = 1): number[] {
  const out = new Array<number>(examples.length).fill(0);
  for (let fold = 0; fold < folds; fold += 1) {
    const train = examples.filter((_, i) => i % folds !== fold);
    const model = fitLogistic(train, features, lambda);
    examples.forEach((e, i) => {
      if (i % folds === fold) out[i] = probability(model, e.x);
    });
  }
  return out;
}
