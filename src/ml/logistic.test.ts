import { describe, expect, it } from 'vitest';
import { fitLogistic, predictLogistic } from './logistic.js';

describe('fitLogistic', () => {
  const examples = [
    ...Array.from({ length: 20 }, () => ({ features: ['bad', 'common'], positive: true })),
    ...Array.from({ length: 20 }, () => ({ features: ['good', 'common'], positive: false })),
    { features: ['rare'], positive: true },
  ];

  it('weighs a feature of positives up and one of negatives down', () => {
    const model = fitLogistic(examples);
    expect(predictLogistic(model, ['bad', 'common'])).toBeGreaterThan(0.8);
    expect(predictLogistic(model, ['good', 'common'])).toBeLessThan(0.2);
  });

  it('gives no weight to a feature seen fewer than minCount times', () => {
    expect(fitLogistic(examples, { minCount: 2 }).weights.rare).toBeUndefined();
  });

  it('fits an example of weight 2 as two copies of it', () => {
    const copies = [...examples, { features: ['bad', 'common'], positive: false }, { features: ['bad', 'common'], positive: false }];
    const weighted = [...examples, { features: ['bad', 'common'], positive: false, weight: 2 }];
    const score = (xs: typeof weighted) => predictLogistic(fitLogistic(xs), ['bad', 'common']);
    expect(score(weighted)).toBeCloseTo(score(copies), 4);
    expect(score(weighted)).toBeLessThan(score([...examples, { features: ['bad', 'common'], positive: false }]) - 0.01);
  });

  it('gives the same weights for the same examples', () => {
    expect(fitLogistic(examples)).toEqual(fitLogistic(examples));
  });

  it('gives an inherited name such as "constructor" no weight (only the model\'s own weights count)', () => {
    expect(predictLogistic({ bias: 0, weights: { bad: 1 } }, ['constructor', 'toString'])).toBe(0.5);
  });
});
