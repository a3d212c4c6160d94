import { describe, expect, it } from 'vitest';
import type { Scorer } from '../../ml/linear-model.js';
import type { OwnScores } from './features.js';
import { LABEL_COUNT } from './labels.js';
import { NOT_SUMMED, OWN_ROW, RememberedSums } from './word-sums.js';

// Each key's weight for class y is key + y.
const scorer: Scorer = {
  addScores(keys, from, to, scores) {
    for (let f = from; f < to; f++) for (let y = 0; y < LABEL_COUNT; y++) scores[y] += keys[f] + y;
  },
};
const word = (key: number): OwnScores => ({ keys: Uint32Array.of(key), slot: -1 });

describe('RememberedSums', () => {
  it('keeps a word type its slot and sums as the table grows', () => {
    const sums = new RememberedSums(scorer, 3);
    const first = word(7);
    const slot = sums.slotOf(first);
    sums.sum(first.keys, 0, 1, sums.wordRow(slot, OWN_ROW));
    sums.made[slot] = 1;
    // Past the first 256 slots the table grows.
    for (let k = 0; k < 600; k++) sums.slotOf(word(k));
    expect(sums.slotOf(first)).toBe(slot);
    expect(sums.made[slot]).toBe(1);
    expect(Array.from(sums.table.subarray(sums.wordRow(slot, OWN_ROW), sums.wordRow(slot, OWN_ROW) + 3))).toEqual([7, 8, 9]);
  });

  it('gives a slot again, with nothing made, once all are given', () => {
    const sums = new RememberedSums(scorer, 3, 4);
    const first = word(1);
    const slot = sums.slotOf(first);
    sums.made[slot] = 1;
    sums.prevOf[slot] = 0;
    const others = [word(2), word(3), word(4), word(5)];
    const given = others.map((w) => sums.slotOf(w));
    expect(given).toEqual([1, 2, 3, 0]);
    expect(sums.made[0]).toBe(0);
    expect(sums.prevOf[0]).toBe(NOT_SUMMED);
    // The first word lost its slot: it is given another.
    expect(sums.slotOf(first)).toBe(1);
    expect(sums.slotOf(others[3])).toBe(0);
  });
});
