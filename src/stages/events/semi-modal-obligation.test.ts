import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const country = (tokens: [number, number], code: string): ActorSpec => ({ sent: 0, tokens, id: code.toLowerCase(), name: code, code });
const requests = (doc: ReturnType<typeof parsedDoc>) => codeEvents(doc, lexicon).events
  .filter((e) => e.event === 'REQUEST')
  .map((e) => `${e.actors.map((a) => a.code).join('+')}->${e.recipients.map((r) => r.code).join('+')}`);

// The parses are the parser's own (`dyad code --format json`), training-gold shapes: "Treasury Secretary James Baker
// said that commercial banks need to develop more flexibility", "He said Italy eventually would have to abandon its
// higher margin of fluctuation" (REQUEST of the obliged side).
describe('a reported obligation by "need to" / "have to"', () => {
  it('asks the subject of "needed to" for the act', () => {
    const doc = parsedDoc([`
      The the DET DT 3 det
      United United PROPN NNP 3 amod
      States States PROPN NNPS 4 nsubj
      said say VERB VBD 0 root
      that that SCONJ IN 7 mark
      Japan Japan PROPN NNP 7 nsubj
      needed need VERB VBD 4 ccomp
      to to PART TO 9 mark
      open open VERB VB 7 xcomp
      its its PRON PRP$ 11 nmod:poss
      markets market NOUN NNS 9 obj
      . . PUNCT . 4 punct`], { actors: [country([0, 3], 'USA'), country([5, 6], 'JPN')] });
    expect(requests(doc)).toEqual(['USA->JPN']);
  });

  it('asks the party the parser hung on "said" as its object when the clause has no subject ("said Italy would have to abandon")', () => {
    const doc = parsedDoc([`
      The the DET DT 3 det
      United United PROPN NNP 3 amod
      States States PROPN NNPS 4 nsubj
      said say VERB VBD 0 root
      Japan Japan PROPN NNP 4 obj
      would would AUX MD 7 aux
      have have VERB VB 4 ccomp
      to to PART TO 9 mark
      open open VERB VB 7 xcomp
      its its PRON PRP$ 11 nmod:poss
      markets market NOUN NNS 9 obj
      . . PUNCT . 4 punct`], { actors: [country([0, 3], 'USA'), country([4, 5], 'JPN')] });
    expect(requests(doc)).toEqual(['USA->JPN']);
  });

  it('does the same for a modal ("Britain said Japan must open its markets")', () => {
    const doc = parsedDoc([`
      Britain Britain PROPN NNP 2 nsubj
      said say VERB VBD 0 root
      Japan Japan PROPN NNP 2 obj
      must must AUX MD 5 aux
      open open VERB VB 2 ccomp
      its its PRON PRP$ 7 nmod:poss
      markets market NOUN NNS 5 obj
      . . PUNCT . 2 punct`], { actors: [country([0, 1], 'GBR'), country([2, 3], 'JPN')] });
    expect(requests(doc)).toEqual(['GBR->JPN']);
  });

  it('asks nothing when no obligation is stated ("did not need to", "needed more time")', () => {
    const denied = parsedDoc([`
      The the DET DT 3 det
      United United PROPN NNP 3 amod
      States States PROPN NNPS 4 nsubj
      said say VERB VBD 0 root
      Japan Japan PROPN NNP 8 nsubj
      did do AUX VBD 8 aux
      not not PART RB 8 advmod
      need need VERB VB 4 ccomp
      to to PART TO 10 mark
      open open VERB VB 8 xcomp
      its its PRON PRP$ 12 nmod:poss
      markets market NOUN NNS 10 obj
      . . PUNCT . 4 punct`], { actors: [country([0, 3], 'USA'), country([4, 5], 'JPN')] });
    const thing = parsedDoc([`
      The the DET DT 3 det
      United United PROPN NNP 3 amod
      States States PROPN NNPS 4 nsubj
      said say VERB VBD 0 root
      Japan Japan PROPN NNP 6 nsubj
      needed need VERB VBD 4 ccomp
      more more ADJ JJR 8 amod
      time time NOUN NN 6 obj
      . . PUNCT . 4 punct`], { actors: [country([0, 3], 'USA'), country([4, 5], 'JPN')] });
    expect(requests(denied)).toEqual([]);
    expect(requests(thing)).toEqual([]);
  });

  it('puts none on the patient of a passive infinitive ("said that Japan had to be convinced")', () => {
    const doc = parsedDoc([`
      Britain Britain PROPN NNP 2 nsubj
      said say VERB VBD 0 root
      that that SCONJ IN 5 mark
      Japan Japan PROPN NNP 5 nsubj
      had have VERB VBD 2 ccomp
      to to PART TO 8 mark
      be be AUX VB 8 aux:pass
      convinced convince VERB VBN 5 xcomp
      . . PUNCT . 2 punct`], { actors: [country([0, 1], 'GBR'), country([3, 4], 'JPN')] });
    expect(requests(doc)).toEqual([]);
  });
});
