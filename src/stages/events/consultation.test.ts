import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();

/** "Putin held a meeting with Governor Alikhanov." or "Putin thanked Alikhanov.", then "Putin and Alikhanov discussed the situation." */
const MEETING = `
  Putin Putin PROPN NNP 2 nsubj
  held hold VERB VBD 0 root
  a a DET DT 4 det
  meeting meeting NOUN NN 2 obj
  with with ADP IN 7 case
  Governor Governor PROPN NNP 7 compound
  Alikhanov Alikhanov PROPN NNP 4 nmod
  . . PUNCT . 2 punct`;
const THANKS = `
  Putin Putin PROPN NNP 2 nsubj
  thanked thank VERB VBD 0 root
  Alikhanov Alikhanov PROPN NNP 2 obj
  . . PUNCT . 2 punct`;
const DISCUSSED = `
  Putin Putin PROPN NNP 4 nsubj
  and and CCONJ CC 3 cc
  Alikhanov Alikhanov PROPN NNP 1 conj
  discussed discuss VERB VBD 0 root
  the the DET DT 6 det
  situation situation NOUN NN 4 obj
  . . PUNCT . 4 punct`;
const rus = (sent: number, tokens: [number, number], id: string, name: string): ActorSpec => ({ sent, tokens, id, name, code: 'RUS', sector: 'GOV', kind: 'person' });

describe('a meeting of one country\'s officials in the first sentence', () => {
  it('makes a later consultation among that country\'s actors a restatement', () => {
    const doc = parsedDoc([MEETING, DISCUSSED], { actors: [
      rus(0, [0, 1], 'putin', 'Vladimir Putin'), rus(0, [5, 7], 'alikhanov', 'Anton Alikhanov'),
      rus(1, [0, 1], 'putin', 'Vladimir Putin'), rus(1, [2, 3], 'alikhanov', 'Anton Alikhanov'),
    ] });
    const coded = codeEvents(doc, lexicon);
    expect(coded.events.filter((e) => e.event === 'CONSULT').map((e) => e.sent)).toEqual([0]);
    expect(coded.rejected.map((r) => r.ruleId)).toContain('events/same-consultation');
  });

  it('leaves the consultation alone when the first sentence tells of no meeting', () => {
    const doc = parsedDoc([THANKS, DISCUSSED], { actors: [
      rus(0, [0, 1], 'putin', 'Vladimir Putin'), rus(0, [2, 3], 'alikhanov', 'Anton Alikhanov'),
      rus(1, [0, 1], 'putin', 'Vladimir Putin'), rus(1, [2, 3], 'alikhanov', 'Anton Alikhanov'),
    ] });
    const coded = codeEvents(doc, lexicon);
    expect(coded.events.filter((e) => e.event === 'CONSULT' && e.sent === 1)).toHaveLength(1);
  });
});

/** "Blinken met with the Presidents of Poland and Lithuania." */
const PLURAL_TITLE = `
  Blinken Blinken PROPN NNP 2 nsubj
  met meet VERB VBD 0 root
  with with ADP IN 5 case
  the the DET DT 5 det
  Presidents Presidents PROPN NNPS 2 obl
  of of ADP IN 7 case
  Poland Poland PROPN NNP 5 nmod
  and and CCONJ CC 9 cc
  Lithuania Lithuania PROPN NNP 7 conj
  . . PUNCT . 2 punct`;
/** "Blinken met with the President of Poland and the President of Lithuania." */
const TWO_TITLES = `
  Blinken Blinken PROPN NNP 2 nsubj
  met meet VERB VBD 0 root
  with with ADP IN 5 case
  the the DET DT 5 det
  President President PROPN NNP 2 obl
  of of ADP IN 7 case
  Poland Poland PROPN NNP 5 nmod
  and and CCONJ CC 10 cc
  the the DET DT 10 det
  President President PROPN NNP 5 conj
  of of ADP IN 12 case
  Lithuania Lithuania PROPN NNP 10 nmod
  . . PUNCT . 2 punct`;
const party = (code: string, tokens: [number, number], kind: 'person' | 'country'): ActorSpec => ({ sent: 0, tokens, id: code.toLowerCase(), name: code, code, sector: 'GOV', kind });

describe('partners named by a plural title', () => {
  it('makes "met with the Presidents of A and B" one meeting with each', () => {
    const doc = parsedDoc([PLURAL_TITLE], { actors: [party('USA', [0, 1], 'person'), party('POL', [3, 7], 'person'), party('LTU', [8, 9], 'country')] });
    const consults = codeEvents(doc, lexicon).events.filter((e) => e.event === 'CONSULT');
    expect(consults.map((e) => e.actors.map((a) => a.code).join('+'))).toEqual(['USA+POL', 'USA+LTU']);
  });

  it('keeps one joint meeting when each partner has a title of its own', () => {
    const doc = parsedDoc([TWO_TITLES], { actors: [party('USA', [0, 1], 'person'), party('POL', [3, 7], 'person'), party('LTU', [8, 12], 'person')] });
    const consults = codeEvents(doc, lexicon).events.filter((e) => e.event === 'CONSULT');
    expect(consults.map((e) => e.actors.map((a) => a.code).join('+'))).toEqual(['USA+POL+LTU']);
  });
});

/** "I spoke with Macron, Scholz and Rutte.", the later members hung on the speaker. */
const SPEAKER_LIST = `
  I I PRON PRP 2 nsubj
  spoke speak VERB VBD 0 root
  with with ADP IN 4 case
  Macron Macron PROPN NNP 2 obl
  , , PUNCT , 6 punct
  Scholz Scholz PROPN NNP 1 conj
  and and CCONJ CC 8 cc
  Rutte Rutte PROPN NNP 1 conj
  . . PUNCT . 2 punct`;
/** "I spoke with the President of Lithuania, Mr. Nausėda, Prime Minister Bennett and Prime Minister Johnson." as parsed. */
const SET_OFF_NAME = `
  I I PRON PRP 2 nsubj
  spoke speak VERB VBD 0 root
  with with ADP IN 5 case
  the the DET DT 5 det
  President President PROPN NNP 2 obl
  of of ADP IN 7 case
  Lithuania Lithuania PROPN NNP 5 nmod
  , , PUNCT , 2 punct
  Mr. Mr. PROPN NNP 10 compound
  Nausėda Nausėda PROPN NNP 2 obl
  , , PUNCT , 13 punct
  Prime Prime ADJ JJ 13 amod
  Minister Minister PROPN NNP 10 conj
  Bennett Bennett PROPN NNP 13 flat
  and and CCONJ CC 17 cc
  Prime Prime ADJ JJ 17 amod
  Minister Minister PROPN NNP 13 conj
  Johnson Johnson PROPN NNP 17 flat
  . . PUNCT . 2 punct`;
const codesOf = (text: string, actors: ActorSpec[]) => codeEvents(parsedDoc([text], { actors }), lexicon).events
  .filter((e) => e.event === 'CONSULT').map((e) => e.actors.map((a) => a.code).join('+'));

describe('a speaker\'s list of partners the parser breaks', () => {
  it('makes the members hung on "I" partners, one call each', () => {
    expect(codesOf(SPEAKER_LIST, [party('UKR', [0, 1], 'person'), party('FRA', [3, 4], 'person'), party('DEU', [5, 6], 'person'), party('NLD', [7, 8], 'person')]))
      .toEqual(['UKR+FRA', 'UKR+DEU', 'UKR+NLD']);
  });

  it('reads the list on past a name set off after the first title', () => {
    expect(codesOf(SET_OFF_NAME, [party('UKR', [0, 1], 'person'), party('LTU', [3, 7], 'person'), party('ISR', [11, 14], 'person'), party('GBR', [15, 18], 'person')]))
      .toEqual(['UKR+LTU', 'UKR+ISR', 'UKR+GBR']);
  });
});
