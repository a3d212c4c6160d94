import { describe, expect, it } from 'vitest';
import { lastRuler, royalAddressAt, titleFollows } from './royal-address.js';
import { splitWords } from './split-words.js';
import { wordsOf } from './words.js';

const wordsIn = (text: string) => wordsOf(text, splitWords(text));

describe('royalAddressAt', () => {
  it.each([
    ['His Majesty thanked him', 2, false],
    ['His Royal Highness spoke', 3, false],
    ['His Majesty King Abdullah II met him', 2, true],
    ['Her Majesty Queen Elizabeth II spoke', 2, true],
  ])('"%s" is a form of address of %i words (title after it: %s)', (text, length, titled) => {
    const words = wordsIn(text);
    const address = royalAddressAt(words, 0);
    expect(address && [address.last - address.first, titleFollows(words, address)]).toEqual([length, titled]);
  });

  it.each(['his majesty', 'His office said', 'her highness'])('"%s" is none', (text) => {
    expect(royalAddressAt(wordsIn(text), 0)).toBeUndefined();
  });
});

describe('lastRuler', () => {
  it('takes the last person named as a ruler, not the last person', () => {
    const king = { person: true, words: ['king', 'abdullah', 'ii'], name: 'Abdullah II' };
    const president = { person: true, office: 'president', words: ['president', 'biden'], name: 'Joe Biden' };
    expect(lastRuler([king, president])?.name).toBe('Abdullah II');
  });

  it('finds none when no ruler was named', () => {
    expect(lastRuler([{ person: true, office: 'president', words: ['biden'] }])).toBeUndefined();
  });
});
