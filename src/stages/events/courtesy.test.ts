import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const pashinyan: ActorSpec = { sent: 0, tokens: [0, 2], id: 'pashinyan', name: 'Nikol Pashinyan', code: 'ARM', sector: 'GOV', kind: 'person' };
const putin: ActorSpec = { sent: 0, tokens: [5, 6], id: 'putin', name: 'Vladimir Putin', code: 'RUS', sector: 'GOV', kind: 'person' };

/** "Nikol Pashinyan: Thank you, Mr Putin …" with the rest of the sentence after the vocative. */
const turn = (rest: string) => `
  Nikol Nikol PROPN NNP 0 root
  Pashinyan Pashinyan PROPN NNP 1 flat
  : : PUNCT : 4 punct
  Thank thank VERB VBP 1 parataxis
  you you PRON PRP 4 obj
  Putin Putin PROPN NNP 4 vocative
  ${rest}`;

describe('courtesy replies: a transcript turn\'s bare "Thank you"', () => {
  it.each([
    ['"Nikol Pashinyan: Thank you, Mr Putin."', '. . PUNCT . 4 punct', 'events/courtesy'],
    ['"… Thank you, Mr Putin, for your words."', `for for ADP IN 8 case
  words word NOUN NNS 6 nmod
  . . PUNCT . 4 punct`, undefined],
  ])('turns the thanks down only when they are for nothing (%s)', (_text, rest, ruleId) => {
    const coded = codeEvents(parsedDoc([turn(rest)], { actors: [pashinyan, putin] }), lexicon);
    expect(coded.rejected.find((r) => r.ruleId === 'events/courtesy')?.ruleId).toBe(ruleId);
    expect(coded.events.some((e) => e.event === 'SUPPORT')).toBe(ruleId === undefined);
  });

  it('keeps bare thanks outside a transcript turn ("Thank you, Britain!" in an address)', () => {
    const address = parsedDoc([`
      Thank thank VERB VBP 0 root
      you you PRON PRP 1 obj
      , , PUNCT , 4 punct
      Britain Britain PROPN NNP 1 vocative
      ! ! PUNCT . 1 punct`], { actors: [{ sent: 0, tokens: [3, 4], id: 'gbr', name: 'Britain', code: 'GBR', kind: 'country' }] });
    expect(codeEvents(address, lexicon).rejected.map((r) => r.ruleId)).not.toContain('events/courtesy');
  });
});
