import { describe, expect, it } from 'vitest';
import { storyKey } from '../scripts/events/cross-fit-folds.js';
import { openingShingles, overlapOf, revisionPairs, storyGroups } from '../scripts/events/story-groups.js';

// Revised copies of one story (scripts/events/story-groups.ts): the trainers' and the cross-fit's folds keep them together.
const body = 'He told an informal meeting of trade ministers that the wide gap between the rich and the poor nations would grow. '
  + 'Delegates said the talks would resume in Geneva next month, when officials from 92 countries are due to set an agenda for the new round. ';
const first = `TAUPO, New Zealand, March 23 - Debt among African countries will continue to grow and their economies remain stifled unless developed countries lower their interest rates, Nigeria's trade minister said.\n\n${body}`;
const revised = `TAUPO, New Zealand, March 24, Reuter - Debt among African countries will continue to grow and their economies will remain stifled unless developed countries lower their interest rates, Nigeria's trade minister said today.\n\n${body}`;
const other = `TAUPO, New Zealand, March 23 - Japan has assured a meeting of trade ministers it is making every effort to expand domestic demand and to restructure its economy, its trade representative said.\n\nThe United States said it would press Tokyo to open its markets to foreign rice and to American construction firms.`;

describe('storyGroups', () => {
  it('joins a revised copy whose lead the story key tells apart', () => {
    expect(storyKey(revised)).not.toBe(storyKey(first));
    const [a, b, c] = storyGroups([first, revised, other]);
    expect(b).toBe(a);
    expect(c).not.toBe(a);
  });

  it('names a group by its smallest story key, whatever the order of the texts', () => {
    const forward = storyGroups([first, revised]);
    expect(storyGroups([revised, first])).toEqual([forward[1], forward[0]]);
    expect(forward[0]).toBe([storyKey(first), storyKey(revised)].sort()[0]);
  });

  it('joins through a third text, and keeps texts with one story key together', () => {
    const cut = revised.slice(0, revised.indexOf('Delegates'));
    const groups = storyGroups([first, cut, revised, first]);
    expect(new Set(groups).size).toBe(1);
  });

  it('does not join stories that share a phrase or two', () => {
    expect(revisionPairs([first, other])).toEqual([]);
    expect(overlapOf(openingShingles(first), openingShingles(other))).toBeLessThan(0.5);
    expect(overlapOf(new Set(), openingShingles(first))).toBe(0);
  });
});
