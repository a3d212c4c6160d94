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

  it('codes "Argentina had World Bank support" as SUPPORT of the World Bank for Argentina (a compounded giver)', () => {
    const doc = parsedDoc([`
      Argentina Argentina PROPN NNP 2 nsubj
      had have VERB VBD 0 root
      World World PROPN NNP 4 compound
      Bank Bank PROPN NNP 5 compound
      support support NOUN NN 2 obj
      . . PUNCT . 2 punct`], { actors: [actor([0, 1], 'ARG'), { ...actor([2, 4], 'IGOWBK'), sector: undefined }] });
    const events = codeEvents(doc, lexicon).events.filter((e) => e.event === 'SUPPORT');
    expect(events.map((e) => [e.actors.map((a) => a.code), e.recipients.map((r) => r.code)])).toEqual([[['IGOWBK'], ['ARG']]]);
  });
});

describe('codeEvents, aid or support received from no one named (events/no-giver)', () => {
  /** "Zambia has obtained enough loans to pay off its IMF arrears ." */
  const obtainedLoans = () => parsedDoc([`
    Zambia Zambia PROPN NNP 3 nsubj
    has have AUX VBZ 3 aux
    obtained obtain VERB VBN 0 root
    enough enough ADJ JJ 5 amod
    loans loan NOUN NNS 3 obj
    to to PART TO 7 mark
    pay pay VERB VB 3 advcl
    off off ADP RP 7 compound:prt
    its its PRON PRP$ 11 nmod:poss
    IMF IMF PROPN NNP 11 compound
    arrears arrears NOUN NNS 7 obj
    . . PUNCT . 3 punct`], { actors: [actor([0, 1], 'ZMB'), actor([9, 10], 'IMF')] });

  /** "the Philippines has received a loan from Japan ." */
  const receivedLoan = () => parsedDoc([`
    the the DET DT 2 det
    Philippines Philippines PROPN NNPS 4 nsubj
    has have AUX VBZ 4 aux
    received receive VERB VBN 0 root
    a a DET DT 6 det
    loan loan NOUN NN 4 obj
    from from ADP IN 8 case
    Japan Japan PROPN NNP 4 obl
    . . PUNCT . 4 punct`], { actors: [actor([1, 2], 'PHL'), actor([7, 8], 'JPN')] });

  it('codes no aid when the subject obtains loans from no one named (the receiver is not the giver)', () => {
    const result = codeEvents(obtainedLoans(), lexicon);
    expect(result.events.filter((e) => e.event === 'AID')).toEqual([]);
    expect(result.rejected?.some((r) => r.ruleId === 'events/no-giver')).toBe(true);
  });

  it('keeps aid received from a named giver', () => {
    const event = codeEvents(receivedLoan(), lexicon).events.find((e) => e.event === 'AID');
    expect(event?.actors.map((a) => a.code)).toEqual(['JPN']);
    expect(event?.recipients.map((r) => r.code)).toEqual(['PHL']);
  });
});
