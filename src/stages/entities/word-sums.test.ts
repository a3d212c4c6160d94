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

  it('gives a slot again, with nothing made, once all are given, but not one of the sentence looked up', () => {
    const sums = new RememberedSums(scorer, 3, 4);
    const [start, end, first] = [word(0), word(9), word(1)];
    expect(Array.from(sums.sentenceSlots([first], 1, start, end).subarray(0, 5))).toEqual([0, 0, 1, 2, 2]);
    sums.made[1] = 1;
    sums.prevOf[1] = 0;
    expect(sums.sentenceSlots([word(2)], 1, start, end)[2]).toBe(3);
    // All four given: the next goes to the first word (slot 1), not to the start mark, looked up in this sentence.
    expect(sums.sentenceSlots([word(3)], 1, start, end)[2]).toBe(1);
    expect(sums.made[1]).toBe(0);
    expect(sums.prevOf[1]).toBe(NOT_SUMMED);
  });

  it('holds at most 4,096 word slots by default, its table no bigger after a run of new word types (#13)', () => {
    const sums = new RememberedSums(scorer, 3);
    const [start, end] = [word(0), word(9)];
    for (let s = 0; s < 300; s++) sums.sentenceSlots(Array.from({ length: 40 }, (_, i) => word(s * 40 + i)), 40, start, end);
    expect(sums.table.length).toBe(sums.wordRow(4096, 0));
  });

  it('keeps a word type its slot through 4,095 others and gives it a new one, nothing made, after 4,096, by default (#13)', () => {
    // The table's size rounds up to a power of two, so only when a slot is given again pins the bound (review rv-b).
    const sums = new RememberedSums(scorer, 3);
    const first = word(7);
    const slot = sums.slotOf(first);
    sums.made[slot] = 1;
    for (let k = 0; k < 4095; k++) sums.slotOf(word(100 + k));
    expect(sums.slotOf(first)).toBe(slot);
    sums.slotOf(word(99));
    const again = sums.slotOf(first);
    expect(again).not.toBe(slot);
    expect(sums.made[again]).toBe(0);
  });

  it('keeps every word type of a sentence its slot while the sentence is looked up', () => {
    const sums = new RememberedSums(scorer, 3, 4);
    const [start, end, a, b, c] = [word(0), word(9), word(1), word(2), word(3)];
    sums.sentenceSlots([a, b], 2, start, end);
    // Slots full: c may not take the start mark's or a's, looked up before it.
    const slots = Array.from(sums.sentenceSlots([a, c], 2, start, end).subarray(0, 6));
    expect(new Set(slots.slice(1, 5)).size).toBe(4);
    expect([slots[0], slots[2], slots[3], slots[4]]).toEqual([start.slot, a.slot, c.slot, end.slot]);
    // A sentence of more word types than slots: the table grows rather than give one of them.
    const many = [1, 2, 3, 4, 5, 6].map(word);
    const all = Array.from(sums.sentenceSlots(many, 6, start, end).subarray(1, 9));
    expect(new Set(all).size).toBe(8);
    expect(all.slice(1, 7)).toEqual(many.map((w) => w.slot));
  });
});
