import { describe, expect, it } from 'vitest';
import { runActors as run } from '../../../test/support/actors-run.js';
import { splitWords } from './split-words.js';
import { namesWater } from './water-name.js';
import { wordsOf } from './words.js';

const wordsIn = (text: string) => wordsOf(text, splitWords(text));

describe('namesWater', () => {
  it.each([
    ['in the South China Sea', 3, 4, true],
    ['to the Gulf of Mexico', 4, 5, true],
    ['into the Sea of Japan', 4, 5, true],
    ['China and Mexico met', 0, 1, false],
    ['Japan sea trade', 0, 1, false],
  ])('"%s", words %i–%i: %s', (text, first, last, water) => {
    expect(namesWater(wordsIn(text), { first, last })).toBe(water);
  });
});

describe('actors in the name of a sea', () => {
  it('makes no country of "China" in "the South China Sea" or "Mexico" in "the Gulf of Mexico"', () => {
    const { text, mentions } = run('He backed freedom of navigation in the South China Sea. Ships sailed to the Gulf of Mexico. Mexico agreed.');
    expect(mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Mexico']);
  });
});

describe('issue-12: actors in the name of a river (session 49, ev-demo2)', () => {
  it('makes no country of "the Columbia River" in "the Columbia River Treaty", nor of "Jordan" in "the Jordan River"', () => {
    const { text, mentions } = run('He backed the modernization of the Columbia River Treaty. Ships crossed the Jordan River. Canada agreed.');
    expect(mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Canada']);
  });
});
