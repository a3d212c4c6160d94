import { describe, expect, it } from 'vitest';
import { parsedDoc } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const speaker = (sent: number, at: number) => ({ sent, tokens: [at, at + 1] as [number, number], id: 'escalante', name: 'Luis Escalante', code: 'CRI', sector: 'GOV' });
const codes = (ps: readonly { code?: string }[]) => ps.map((p) => p.code);
const accusations = (doc: ReturnType<typeof parsedDoc>) => codeEvents(doc, lexicon).events.filter((e) => e.event === 'ACCUSE').map((e) => [...codes(e.actors), '->', ...codes(e.recipients)]);

/** "The ICO system is [not] unfair, Escalante said.": a verdict on a thing the compound names the maker of. */
const system = (negated = false) => parsedDoc([`
  The the DET DT 3 det
  ICO ICO PROPN NNP 3 compound
  system system NOUN NN ${negated ? 6 : 5} nsubj
  is be AUX VBZ ${negated ? 6 : 5} cop
  ${negated ? 'not not PART RB 6 advmod\n  ' : ''}unfair unfair ADJ JJ 0 root
  , , PUNCT , ${negated ? 6 : 5} punct
  Escalante Escalante PROPN NNP ${negated ? 9 : 8} nsubj
  said say VERB VBD ${negated ? 6 : 5} parataxis
  . . PUNCT . ${negated ? 6 : 5} punct`], { actors: [
  { sent: 0, tokens: [1, 2] as [number, number], id: 'ico', name: 'ICO', code: 'ICO' },
  speaker(0, negated ? 7 : 6),
] });

/** "The situation in Ukraine is unacceptable, Escalante said.": a place names no one judged. */
const situation = () => parsedDoc([`
  The the DET DT 2 det
  situation situation NOUN NN 6 nsubj
  in in ADP IN 4 case
  Ukraine Ukraine PROPN NNP 2 nmod
  is be AUX VBZ 6 cop
  unacceptable unacceptable ADJ JJ 0 root
  , , PUNCT , 6 punct
  Escalante Escalante PROPN NNP 9 nsubj
  said say VERB VBD 6 parataxis
  . . PUNCT . 6 punct`], { actors: [
  { sent: 0, tokens: [3, 4] as [number, number], id: 'ukr', name: 'Ukraine', code: 'UKR' },
  speaker(0, 7),
] });

describe('verdicts told in reported speech', () => {
  it('issue-12: a speaker\'s adjective of fault on what another side made is the speaker\'s ACCUSE of that side', () => {
    expect(accusations(system())).toEqual([['CRI', '->', 'ICO']]);
    expect(codeEvents(system(), lexicon).events[0].cameo).toBe('111');
  });

  it('blames no one for a negated verdict or a thing only placed in a side', () => {
    expect(accusations(system(true))).toEqual([]);
    expect(accusations(situation())).toEqual([]);
  });
});
