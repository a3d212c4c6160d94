import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const actors: ActorSpec[] = [
  { sent: 0, tokens: [0, 1], id: 'russia', name: 'Russia', code: 'RUS' },
  { sent: 0, tokens: [7, 8], id: 'zelensky', name: 'Volodymyr Zelensky', code: 'UKR', sector: 'GOV' },
];
/** "Russia poses a threat to Europe, Zelensky said." */
const doc = parsedDoc([`
  Russia Russia PROPN NNP 2 nsubj
  poses pose VERB VBZ 9 ccomp
  a a DET DT 4 det
  threat threat NOUN NN 2 obj
  to to ADP IN 6 case
  Europe Europe PROPN NNP 4 nmod
  , , PUNCT , 2 punct
  Zelensky Zelensky PROPN NNP 9 nsubj
  said say VERB VBD 0 root
  . . PUNCT . 9 punct`], { actors });

describe('the teller of a posed threat', () => {
  it('codes "X poses a threat", said by S, as S accusing X', () => {
    const accusation = codeEvents(doc, lexicon).events.find((e) => e.event === 'ACCUSE');
    expect(accusation?.actors.map((a) => a.code)).toEqual(['UKR']);
    expect(accusation?.recipients.map((a) => a.code)).toEqual(['RUS']);
  });
});
