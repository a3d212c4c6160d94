import { describe, expect, it } from 'vitest';
import { runActors } from '../../../test/support/actors-run.js';
import { tokenize } from '../tokens/tokenize.js';
import { loadKb } from './kb.js';
import { matchAgent } from './phrase.js';
import { wordsOf } from './words.js';

describe('matchAgent', () => {
  const kb = loadKb();
  const agentAt = (text: string, word: string) => {
    const tokens = tokenize(text, [{ start: 0, end: text.length }]);
    const words = wordsOf(text, tokens);
    return matchAgent(kb, words, words.texts.indexOf(word))?.sectors[0];
  };

  it.each([
    ['Sen. Bob Packwood urged Japan to act.', 'Sen.', 'LEG'],
    ['Rep Jerry Huckaby told growers to halt increases.', 'Rep', 'LEG'],
    ['Gov. Mario Cuomo criticised the plan.', 'Gov.', 'GOV'],
  ])('reads an abbreviated title before a name: %s', (text, word, sector) => {
    expect(agentAt(text, word)).toBe(sector);
  });

  it.each([
    ['The economist Amartya Sen criticised the plan.', 'Sen'],
    ['It was signed by Sen.', 'Sen'],
  ])('reads no title where no name follows: %s', (text, word) => {
    expect(agentAt(text, word)).toBeUndefined();
  });
});

// Session 49, ev-demo2: phrases of the demo store's readouts (#12).
describe('issue-12: civilians of a body', () => {
  it('does not make "its citizens from Hezbollah" citizens of the body: the body is a mention of its own', () => {
    const result = runActors("The President affirmed Israel's right to protect its citizens from Hezbollah, which has fired thousands of missiles.");
    const texts = result.mentions.map((m) => result.text.slice(m.start, m.end));
    expect(texts).toContain('Hezbollah');
    expect(texts.some((t) => t.includes('citizens from'))).toBe(false);
  });
});
