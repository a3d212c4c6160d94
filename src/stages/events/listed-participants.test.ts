import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();

/** "Biden held a call with European leaders." */
const CALL = `
  Biden Biden PROPN NNP 2 nsubj
  held hold VERB VBD 0 root
  a a DET DT 4 det
  call call NOUN NN 2 obj
  with with ADP IN 7 case
  European European ADJ JJ 7 amod
  leaders leader NOUN NNS 4 nmod
  . . PUNCT . 2 punct`;
/** "Participants included Macron and Scholz." */
const LIST = `
  Participants participant NOUN NNS 2 nsubj
  included include VERB VBD 0 root
  Macron Macron PROPN NNP 2 obj
  and and CCONJ CC 5 cc
  Scholz Scholz PROPN NNP 3 conj
  . . PUNCT . 2 punct`;
const person = (sent: number, tokens: [number, number], code: string, name: string): ActorSpec => ({ sent, tokens, id: name.toLowerCase(), name, code, sector: 'GOV', kind: 'person' });
const biden = person(0, [0, 1], 'USA', 'Biden');

const consults = (actors: ActorSpec[]) => codeEvents(parsedDoc([CALL, LIST], { actors }), lexicon).events
  .filter((e) => e.event === 'CONSULT').map((e) => e.actors.map((a) => a.code).join('+'));

describe('participants listed after a group call', () => {
  it('makes the lead\'s call one with each listed country', () => {
    expect(consults([biden, person(1, [2, 3], 'FRA', 'Macron'), person(1, [4, 5], 'DEU', 'Scholz')])).toEqual(['USA+FRA', 'USA+DEU']);
  });

  it('leaves the call alone when the list names one other country', () => {
    expect(consults([biden, person(1, [2, 3], 'FRA', 'Macron'), person(1, [4, 5], 'USA', 'Scholz')])).toEqual(['USA']);
  });
});
