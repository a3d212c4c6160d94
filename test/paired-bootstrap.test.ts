import { describe, expect, it } from 'vitest';
import { pairedBootstrap } from '../scripts/events/paired-bootstrap.js';

// The paired bootstrap that judges a learned step on unseen training gold (scripts/events/score-ids.ts).
const article = (found: number, falseEvents: number) => ({ required: 4, found, predicted: found + falseEvents, false: falseEvents });

describe('pairedBootstrap', () => {
  const base = Array.from({ length: 60 }, (_, i) => article(i % 3, 2));

  it('finds no difference between a coding and itself', () => {
    expect(pairedBootstrap(base, base, 500)).toEqual({ diff: 0, low: 0, high: 0, notAbove: 1 });
  });

  it('puts the whole interval above zero when every article gains', () => {
    const r = pairedBootstrap(base, base.map((t) => ({ ...t, predicted: t.predicted - 1, false: t.false - 1 })), 500);
    expect(r.diff).toBeGreaterThan(0);
    expect(r.low).toBeGreaterThan(0);
    expect(r.notAbove).toBe(0);
  });

  it('spans zero when one article gains and another loses as much', () => {
    const other = base.map((t, i) => (i === 0 ? { ...t, found: t.found + 1, predicted: t.predicted + 1 } : i === 3 ? { ...t, found: t.found - 1, predicted: t.predicted - 1 } : t));
    const r = pairedBootstrap(base, other, 500);
    expect(r.low).toBeLessThan(0);
    expect(r.high).toBeGreaterThan(0);
  });

  it('repeats with the same seed', () => {
    const other = base.map((t, i) => (i % 2 ? { ...t, false: t.false - 1, predicted: t.predicted - 1 } : t));
    expect(pairedBootstrap(base, other, 300, 7)).toEqual(pairedBootstrap(base, other, 300, 7));
  });
});
