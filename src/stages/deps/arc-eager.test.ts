import { describe, expect, it } from 'vitest';
import { LEFT, ParseState, REDUCE, RIGHT, SHIFT } from './arc-eager.js';

/** A state over `n` words after the given transitions (labels 0). */
function after(n: number, ...transitions: number[]): ParseState {
  const state = new ParseState(n);
  for (const t of transitions) state.apply(t, 0);
  return state;
}

describe('ParseState.onlyValid', () => {
  it.each([
    ['an empty stack', after(3), SHIFT],
    ['an empty stack after a reduce', after(3, SHIFT, RIGHT, REDUCE, REDUCE), SHIFT],
    ['a headless top with the buffer exhausted', after(2, SHIFT, SHIFT), LEFT],
    ['a top with a head and the buffer exhausted', after(2, SHIFT, RIGHT), REDUCE],
    ['a choice between shift, arcs and reduce', after(3, SHIFT), -1],
  ])('on %s is %i', (_, state, expected) => {
    expect(state.onlyValid()).toBe(expected);
  });

  it('names the only transition isValid accepts whenever there is no choice', () => {
    const state = after(4, SHIFT, RIGHT, SHIFT);
    while (!state.isFinal) {
      const valid = [SHIFT, REDUCE, LEFT, RIGHT].filter((t) => state.isValid(t));
      expect(state.onlyValid()).toBe(valid.length === 1 ? valid[0] : -1);
      state.apply(valid[valid.length - 1], 0);
    }
  });
});
