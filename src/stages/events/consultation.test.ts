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
