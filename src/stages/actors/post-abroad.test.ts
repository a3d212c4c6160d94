import { describe, expect, it } from 'vitest';
import { loadKb } from './kb.js';
import { resolvePhraseActor } from './phrase-actor.js';

describe('a post abroad belongs to the country that sends it (post-words.txt)', () => {
  const kb = loadKb();

  it.each([
    ['The U.S. Embassy in Moscow', 'USA', 'GOV'],
    ['The Japanese embassy in Beijing', 'JPN', 'GOV'],
    ['the French embassy in Tehran', 'FRA', 'GOV'],
    ['The British consulate in Istanbul', 'GBR', 'GOV'],
  ])('%s → %s %s', (text, code, sector) => {
    const actor = resolvePhraseActor(kb, text);
    expect([actor?.code, actor?.sector]).toEqual([code, sector]);
  });

});
