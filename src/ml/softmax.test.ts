import { describe, expect, it } from 'vitest';
import { fitSoftmax, predictSoftmax } from './softmax.js';

describe('fitSoftmax', () => {
  const classes = ['AGREE', 'SUPPORT', 'CONSULT'];
  const examples = [
    ...Array.from({ length: 20 }, () => ({ features: ['lemma:sign', 'obj:agreement'], label: 'AGREE' })),
    ...Array.from({ length: 20 }, () => ({ features: ['lemma:sign', 'obj:letter'], label: 'SUPPORT' })),
    ...Array.from({ length: 20 }, () => ({ features: ['lemma:meet'], label: 'CONSULT' })),
    { features: ['rare'], label: 'AGREE' },
  ];

  it.each([
    [['lemma:sign', 'obj:agreement'], 'AGREE'],
    [['lemma:sign', 'obj:letter'], 'SUPPORT'],
    [['lemma:meet'], 'CONSULT'],
  ])('gives %j most probability for %s', (features, label) => {
    const p = predictSoftmax(fitSoftmax(examples, classes), features);
    expect(Object.entries(p).reduce((a, b) => (b[1] > a[1] ? b : a))[0]).toBe(label);
    expect(Object.values(p).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it('gives no weight to a feature seen fewer than minCount times, nor below minWeight', () => {
    expect(fitSoftmax(examples, classes, { minCount: 2 }).weights.rare).toBeUndefined();
    const weights = Object.values(fitSoftmax(examples, classes, { minWeight: 0.5 }).weights).flatMap((row) => Object.values(row));
    expect(weights.every((w) => Math.abs(w) >= 0.5)).toBe(true);
  });

  it('gives the same weights for the same examples', () => {
    expect(fitSoftmax(examples, classes)).toEqual(fitSoftmax(examples, classes));
  });
});
