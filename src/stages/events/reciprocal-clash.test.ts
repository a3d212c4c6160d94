import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const gbr = (tokens: [number, number], id: string, sector: string): ActorSpec => ({ sent: 0, tokens, id, name: id, code: 'GBR', sector });
const sides = (doc: ReturnType<typeof parsedDoc>) => codeEvents(doc, lexicon).events.map((e) => [e.event, e.actors.map((a) => a.name), e.recipients.map((r) => r.name)]);

// Review of session 40 (#12): a reciprocal clash keeps both sides however the parse links them.
describe('issue-12: both sides of a clash', () => {
  it('keeps a second subject the parser split off ("Labour and the Tories clashed over tax")', () => {
    const doc = parsedDoc([`
      Labour Labour PROPN NNP 5 nsubj
      and and CCONJ CC 5 cc
      the the DET DT 4 det
      Tories Tories PROPN NNPS 5 nsubj
      clashed clash VERB VBD 0 root
      over over ADP IN 7 case
      tax tax NOUN NN 5 obl
      . . PUNCT . 5 punct`], { actors: [gbr([0, 1], 'labour', 'PTY'), gbr([2, 4], 'tories', 'OPP')] });
    expect(sides(doc)).toEqual([['ACCUSE', ['labour', 'tories'], []]]);
  });

  it('keeps a "with" partner of the same country and sector ("Tony Blair clashed with Gordon Brown over the budget")', () => {
    const doc = parsedDoc([`
      Blair Blair PROPN NNP 2 nsubj
      clashed clash VERB VBD 0 root
      with with ADP IN 4 case
      Brown Brown PROPN NNP 2 obl
      over over ADP IN 7 case
      the the DET DT 7 det
      budget budget NOUN NN 2 obl
      . . PUNCT . 2 punct`], { actors: [gbr([0, 1], 'blair', 'GOV'), gbr([3, 4], 'brown', 'GOV')] });
    expect(sides(doc)).toEqual([['ACCUSE', ['blair'], ['brown']]]);
  });

  it('leaves a one-sided act alone ("Blair attacked Brown": no reciprocal verb)', () => {
    const doc = parsedDoc([`
      Blair Blair PROPN NNP 2 nsubj
      attacked attack VERB VBD 0 root
      Brown Brown PROPN NNP 2 obj
      . . PUNCT . 2 punct`], { actors: [gbr([0, 1], 'blair', 'GOV'), gbr([2, 3], 'brown', 'GOV')] });
    expect(sides(doc).map((s) => s[2])).toEqual([[]]);
  });
});
