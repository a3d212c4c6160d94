import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const actor = (tokens: [number, number], code: string): ActorSpec => ({ sent: 0, tokens, id: `${code}${tokens[0]}`, name: code, code, sector: 'GOV' });

/** "Kuwait has the full support of Saudi Arabia ." */
const hasSupport = () => parsedDoc([`
  Kuwait Kuwait PROPN NNP 2 nsubj
  has have VERB VBZ 0 root
  the the DET DT 5 det
  full full ADJ JJ 5 amod
  support support NOUN NN 2 obj
  of of ADP IN 8 case
  Saudi Saudi PROPN NNP 8 compound
  Arabia Arabia PROPN NNP 5 nmod
  . . PUNCT . 2 punct`], { actors: [actor([0, 1], 'KWT'), actor([6, 8], 'SAU')] });

/** "Egypt received a call from Israel ." */
const receivedCall = () => parsedDoc([`
  Egypt Egypt PROPN NNP 2 nsubj
  received receive VERB VBD 0 root
  a a DET DT 4 det
  call call NOUN NN 2 obj
  from from ADP IN 6 case
  Israel Israel PROPN NNP 4 nmod
  . . PUNCT . 2 punct`], { actors: [actor([0, 1], 'EGY'), actor([5, 6], 'ISR')] });

describe('codeEvents, acts told from the side that receives them', () => {
  it('codes "Kuwait has the full support of Saudi Arabia" as SUPPORT of Saudi Arabia for Kuwait', () => {
    const event = codeEvents(hasSupport(), lexicon).events.find((e) => e.event === 'SUPPORT');
    expect(event?.actors.map((a) => a.code)).toEqual(['SAU']);
    expect(event?.recipients.map((r) => r.code)).toEqual(['KWT']);
    expect(event?.reasons.some((r) => r.rule === 'events/received-act')).toBe(true);
  });

  it('leaves a received call a consultation of both sides', () => {
    const event = codeEvents(receivedCall(), lexicon).events.find((e) => e.event === 'CONSULT');
    expect(event?.reasons.some((r) => r.rule === 'events/received-act')).toBe(false);
  });
});
