import { describe, expect, it } from 'vitest';
import { loadKb } from './kb.js';
import { resolvePhraseActor } from './phrase-actor.js';

describe('resolvePhraseActor', () => {
  const kb = loadKb();

  it.each([
    ["Israel's high court", undefined, 'ISR', 'JUD'],
    ['French Foreign Minister', '2021-03-01', 'FRA', 'GOV'],
    ['Doctors from two American aid groups', undefined, 'USA', 'MED'],
    ['President Bouteflikka', undefined, 'DZA', 'GOV'],
    ['Palestinians living in the West Bank', undefined, 'PSE', 'CVL'],
    ['human rights group', undefined, 'NGO', undefined],
    // A capital's old or foreign name that is another town's name is that town (build:actors).
    ['Philadelphia', undefined, 'USA', 'CVL'],
    ['Delhi', undefined, 'IND', 'CVL'],
    ['Georgetown', undefined, 'GUY', 'GOV'],
  ])('%s (%s) → %s %s', (text, day, code, sector) => {
    const actor = resolvePhraseActor(kb, text, day);
    expect([actor?.code, actor?.sector]).toEqual([code, sector]);
  });

  it('returns undefined for words that name no actor', () => {
    expect(resolvePhraseActor(kb, 'the weather today')).toBeUndefined();
  });
});
