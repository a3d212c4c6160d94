/**
 * A small L2-regularised logistic regression over named binary features, fitted by full-batch gradient descent
 * with per-weight (Adagrad) steps: no shuffling and no random start, so the same examples give the same weights.
 */

/**
 * One training example: its named features, whether it is positive, and how much it counts in the loss (1 when
 * absent): a weight of 2 fits as two copies of the example would, so a trainer can let each source of its data
 * count as its share should rather than as its size.
 */
export interface Example { readonly features: readonly string[]; readonly positive: boolean; readonly weight?: number }

/** A fitted model: the bias and the weight of each feature seen at least `minCount` times. */
export interface Logistic { readonly bias: number; readonly weights: Readonly<Record<string, number>> }

export interface FitOptions {
  /** L2 penalty per weight (the bias is not penalised). */
  readonly l2?: number;
  readonly iterations?: number;
  readonly rate?: number;
  /** Features seen in fewer examples get no weight. */
  readonly minCount?: number;
}

/** Fit a logistic model to `examples`. */
export function fitLogistic(examples: readonly Example[], options: FitOptions = {}): Logistic {
  const { l2 = 1, iterations = 400, rate = 0.5, minCount = 2 } = options;
  const counts = new Map<string, number>();
  for (const x of examples) for (const f of new Set(x.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts].filter(([, n]) => n >= minCount).map(([f]) => f).sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const rows = examples.map((x) => [...new Set(x.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined))]);
  const w = new Float64Array(names.length);
  const g2 = new Float64Array(names.length + 1);
  let bias = 0;
  for (let it = 0; it < iterations; it++) {
    const grad = new Float64Array(names.length);
    let gradBias = 0;
    rows.forEach((row, k) => {
      let z = bias;
      for (const i of row) z += w[i];
      const err = (1 / (1 + Math.exp(-z)) - (examples[k].positive ? 1 : 0)) * (examples[k].weight ?? 1);
      gradBias += err;
      for (const i of row) grad[i] += err;
    });
    for (let i = 0; i < names.length; i++) {
      const g = grad[i] + l2 * w[i];
      g2[i] += g * g;
      w[i] -= (rate * g) / Math.sqrt(g2[i] + 1e-8);
    }
    g2[names.length] += gradBias * gradBias;
    bias -= (rate * gradBias) / Math.sqrt(g2[names.length] + 1e-8);
  }
  const weights: Record<string, number> = {};
  names.forEach((f, i) => { if (Math.abs(w[i]) >= 0.005) weights[f] = Number(w[i].toFixed(3)); });
  return { bias: Number(bias.toFixed(3)), weights };
}

const WEIGHT_MAPS = new WeakMap<object, ReadonlyMap<string, number>>();

/**
 * The model's weights as a `Map`, made once per model (#13). Feature names are built per example (`lemma:${…}`), never
 * interned: a keyed load on the JSON object of a thousand weights looks each one up in V8's string table first, while
 * a `Map` hashes it once. Only the model's own weights count (an inherited `constructor` is no weight).
 */
function weightMap(weights: Readonly<Record<string, number>>): ReadonlyMap<string, number> {
  let map = WEIGHT_MAPS.get(weights);
  if (!map) WEIGHT_MAPS.set(weights, (map = new Map(Object.entries(weights))));
  return map;
}

/** The model's probability that an example with these features (each named once) is positive. */
export function predictLogistic(model: Logistic, features: readonly string[]): number {
  const weights = weightMap(model.weights);
  let z = model.bias;
  for (const f of features) z += weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}
