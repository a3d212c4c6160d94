import { describe, expect, it } from 'vitest';
import { WordScores } from './word-scores.js';

describe('WordScores', () => {
  it('adds nothing for a word it does not remember', () => {
    const scores = Float64Array.from([1, 2, 3]);
    expect(new WordScores(3).addTo('talks', scores)).toBe(false);
    expect(Array.from(scores)).toEqual([1, 2, 3]);
  });

  it('adds the remembered sums to the scores', () => {
    const memory = new WordScores(3);
    memory.remember('talks', Float64Array.from([-32768, 0, 70000]));
    const scores = Float64Array.from([1, 2, 3]);
    expect(memory.addTo('talks', scores)).toBe(true);
    expect(Array.from(scores)).toEqual([-32767, 2, 70003]);
  });

  it('keeps every row as it grows past its first size', () => {
    const memory = new WordScores(2, 1000);
    for (let word = 0; word < 1000; word++) memory.remember(`w${word}`, Float64Array.from([word + 1, -(word + 1)]));
    for (const word of [0, 255, 256, 999]) {
      const scores = new Float64Array(2);
      expect(memory.addTo(`w${word}`, scores)).toBe(true);
      expect(Array.from(scores)).toEqual([word + 1, -(word + 1)]);
    }
  });

  it('starts over when every row is taken, and still remembers the newest word', () => {
    const memory = new WordScores(1, 2);
    memory.remember('a', Float64Array.from([1]));
    memory.remember('b', Float64Array.from([2]));
    memory.remember('c', Float64Array.from([3]));
    const scores = new Float64Array(1);
    expect(memory.addTo('a', scores)).toBe(false);
    expect(memory.addTo('c', scores)).toBe(true);
    expect(scores[0]).toBe(3);
  });
});
