import { describe, expect, it } from 'vitest';
import { verbMatch as match } from '../../../test/support/verb-match.js';

describe('thing-clause: a warning of how things are is no threat (#12)', () => {
  it('turns down a clause whose subject is a thing, in any tense', () => {
    // "He warned that the budget deficit was running above target."
    const deficit = match(`
      He he PRON PRP 2 nsubj
      warned warn VERB VBD 0 root
      that that SCONJ IN 8 mark
      the the DET DT 6 det
      budget budget NOUN NN 6 compound
      deficit deficit NOUN NN 8 nsubj
      was be AUX VBD 8 aux
      running run VERB VBG 2 ccomp
      above above ADP IN 10 case
      target target NOUN NN 8 obl`, 1, [0]);
    expect(deficit?.code).toBe('---');
    // "He cautioned that care must be taken."
    const care = match(`
      He he PRON PRP 2 nsubj
      cautioned caution VERB VBD 0 root
      that that SCONJ IN 7 mark
      care care NOUN NN 7 nsubj:pass
      must must AUX MD 7 aux
      be be AUX VB 7 aux:pass
      taken take VERB VBN 2 ccomp`, 1, [0]);
    expect(care?.code).toBe('---');
  });

  it('turns down an expletive or extraposed subject and a clause subject the parser made the object', () => {
    // "he warned there were some short-term risks"
    const risks = match(`
      he he PRON PRP 2 nsubj
      warned warn VERB VBD 0 root
      there there PRON EX 4 expl
      were be VERB VBD 2 ccomp
      risks risk NOUN NNS 4 nsubj`, 1, [0]);
    expect(risks?.code).toBe('---');
    // "Volcker warned it is not sustainable to pile up foreign debt"
    const debt = match(`
      Volcker Volcker PROPN NNP 2 nsubj
      warned warn VERB VBD 0 root
      it it PRON PRP 6 nsubj
      is be AUX VBZ 6 cop
      not not PART RB 6 advmod
      sustainable sustainable ADJ JJ 2 ccomp
      to to PART TO 8 mark
      pile pile VERB VB 6 advcl
      debt debt NOUN NN 8 obj`, 1, [0]);
    expect(debt?.code).toBe('---');
    // "he warned future financial pressure on the industry will be severe"
    const pressure = match(`
      he he PRON PRP 2 nsubj
      warned warn VERB VBD 0 root
      pressure pressure NOUN NN 2 obj
      will will AUX MD 6 aux
      be be AUX VB 6 cop
      severe severe ADJ JJ 2 ccomp`, 1, [0]);
    expect(pressure?.code).toBe('---');
  });

  it('keeps the threat when the clause names a party, a pronoun for one, or a response', () => {
    // "Guillaume warned that France would flatly reject the reforms"
    const france = match(`
      Guillaume Guillaume PROPN NNP 2 nsubj
      warned warn VERB VBD 0 root
      that that SCONJ IN 6 mark
      France France PROPN NNP 6 nsubj
      would would AUX MD 6 aux
      reject reject VERB VB 2 ccomp
      reforms reform NOUN NNS 6 obj`, 1, [0, 3]);
    expect(france?.code).toBe('130');
    // "the union warned it would fight the price rises"
    const fight = match(`
      union union NOUN NN 2 nsubj
      warned warn VERB VBD 0 root
      it it PRON PRP 5 nsubj
      would would AUX MD 5 aux
      fight fight VERB VB 2 ccomp
      rises rise NOUN NNS 5 obj`, 1, [0]);
    expect(fight?.code).toBe('130');
    // "he warned that such moves were bound to bring retaliation"
    const retaliation = match(`
      he he PRON PRP 2 nsubj
      warned warn VERB VBD 0 root
      that that SCONJ IN 7 mark
      such such ADJ JJ 5 amod
      moves move NOUN NNS 7 nsubj
      were be AUX VBD 7 cop
      bound bound ADJ JJ 2 ccomp
      to to PART TO 9 mark
      bring bring VERB VB 7 xcomp
      retaliation retaliation NOUN NN 9 obj`, 1, [0]);
    expect(retaliation?.code).toBe('130');
  });
});
