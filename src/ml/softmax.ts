/**
 * A small L2-regularised multiclass logistic (softmax) regression over named binary features, fitted by
 * full-batch gradient descent with per-weight (Adagrad) steps, as logistic.ts fits its two-class model: no
 * shuffling and no random start, so the same examples give the same weights. Weights are kept by feature and
 * class, rounded, and dropped when near zero, so a model is a table anyone can read.
 */

/** One training example: its named features and its class. */
export interface LabelledExample { readonly features: readonly string[]; readonly label: string }

/** A fitted model: its classes, a bias per class and, per feature seen at least `minCount` times, its weight for each class. */
export interface Softmax {
  readonly classes: readonly string[];
  readonly bias: Readonly<Record<string, number>>;
  readonly weights: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

export interface SoftmaxFitOptions {
  /** L2 penalty per weight (the biases are not penalised). */
  readonly l2?: number;
  readonly iterations?: number;
  readonly rate?: number;
  /** Features seen in fewer examples get no weight. */
  readonly minCount?: number;
  /** Weights smaller than this are dropped from the fitted table (a smaller model file; they barely move a score). */
  readonly minWeight?: number;
}

/** Fit a softmax model to `examples` over `classes` (every label must be one of them). */
export function fitSoftmax(examples: readonly LabelledExample[], classes: readonly string[], options: SoftmaxFitOptions = {}): Softmax {
  const { l2 = 1, iterations = 300, rate = 0.5, minCount = 2, minWeight = 0.005 } = options;
  const k = classes.length;
  const classIndex = new Map(classes.map((c, i) => [c, i]));
  const counts = new Map<string, number>();
  for (const x of examples) for (const f of new Set(x.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts].filter(([, n]) => n >= minCount).map(([f]) => f).sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const rows = examples.map((x) => [...new Set(x.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined))]);
  const labels = examples.map((x) => classIndex.get(x.label) ?? -1);
  // Row-major: feature f's weight for class c is w[f * k + c]; the biases are the last k entries.
  const w = new Float64Array((names.length + 1) * k);
  const g2 = new Float64Array(w.length);
  const biasAt = names.length * k;
  const p = new Float64Array(k);
  for (let it = 0; it < iterations; it++) {
    const grad = new Float64Array(w.length);
    rows.forEach((row, n) => {
      if (labels[n] < 0) return;
      probabilities(w, row, k, biasAt, p);
      p[labels[n]] -= 1;
      for (let c = 0; c < k; c++) {
        grad[biasAt + c] += p[c];
        for (const f of row) grad[f * k + c] += p[c];
      }
    });
    for (let i = 0; i < w.length; i++) {
      const g = i < biasAt ? grad[i] + l2 * w[i] : grad[i];
      if (g === 0) continue;
      g2[i] += g * g;
      w[i] -= (rate * g) / Math.sqrt(g2[i] + 1e-8);
    }
  }
  const bias: Record<string, number> = {};
  classes.forEach((c, i) => { bias[c] = Number(w[biasAt + i].toFixed(3)); });
  const weights: Record<string, Record<string, number>> = {};
  names.forEach((f, fi) => {
    const row: Record<string, number> = {};
    classes.forEach((c, ci) => { if (Math.abs(w[fi * k + ci]) >= minWeight) row[c] = Number(w[fi * k + ci].toFixed(3)); });
    if (Object.keys(row).length) weights[f] = row;
  });
  return { classes, bias, weights };
}

/** Softmax of the summed weights of `row` (feature indices) into `out`. */
function probabilities(w: Float64Array, row: readonly number[], k: number, biasAt: number, out: Float64Array): void {
  let max = -Infinity;
  for (let c = 0; c < k; c++) {
    let z = w[biasAt + c];
    for (const f of row) z += w[f * k + c];
    out[c] = z;
    if (z > max) max = z;
  }
  let sum = 0;
  for (let c = 0; c < k; c++) { out[c] = Math.exp(out[c] - max); sum += out[c]; }
  for (let c = 0; c < k; c++) out[c] /= sum;
}

/** The model's probability of each class for an example with these features (each named once). */
export function predictSoftmax(model: Softmax, features: readonly string[]): Record<string, number> {
  const z = model.classes.map((c) => model.bias[c] ?? 0);
  for (const f of features) {
    const row = model.weights[f];
    if (row) model.classes.forEach((c, i) => { z[i] += row[c] ?? 0; });
  }
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return Object.fromEntries(model.classes.map((c, i) => [c, e[i] / sum]));
}
