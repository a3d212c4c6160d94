import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

// A perfect the parser hung on its object as a participle (clause-rules.ts `isParticipleModifier`): "Over the weekend
// Baker had criticised West German economic policies, saying …" parsed with "criticised" an `amod` of "policies" that
// still holds its subject and "had".
const lexicon = loadLexicon();
const actors: ActorSpec[] = [{ sent: 0, tokens: [0, 1], id: 'baker', name: 'Baker', code: 'USA', sector: 'GOV' }];

/** "Baker <aux> criticised policies , saying they were restrictive ." with "criticised" an `amod` of "policies". */
const criticised = (aux: string[]) => parsedDoc([[
  `Baker Baker PROPN NNP ${aux.length + 2} nsubj`,
  ...aux.map((a) => `${a} ${a === 'had' ? 'have' : a} AUX VBD ${aux.length + 2} aux`),
  `criticised criticise VERB VBN ${aux.length + 3} amod`,
  `policies policy NOUN NNS ${aux.length + 8} obl`,
  `, , PUNCT , ${aux.length + 3} punct`,
  `saying say VERB VBG ${aux.length + 8} mark`,
  `they they PRON PRP ${aux.length + 8} nsubj`,
  `were be AUX VBD ${aux.length + 8} cop`,
  'restrictive restrictive ADJ JJ 0 root',
  `. . PUNCT . ${aux.length + 8} punct`,
].join('\n')], { actors });

describe('a perfect misread as a participle of its object', () => {
  it('is the finite verb when it holds its own subject and "had"', () => {
    const { events, rejected } = codeEvents(criticised(['had']), lexicon);
    expect(events.some((e) => e.event === 'ACCUSE' && e.actors.some((a) => a.code === 'USA'))).toBe(true);
    expect(rejected.some((r) => r.ruleId === 'events/participle')).toBe(false);
  });

  it('stays a participle without the perfect\'s auxiliary', () => {
    const { rejected } = codeEvents(criticised([]), lexicon);
    expect(rejected.some((r) => r.ruleId === 'events/participle')).toBe(true);
  });
});
