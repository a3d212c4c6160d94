import { describe, expect, it } from 'vitest';
import { parsedDoc } from '../../../test/support/parsed-doc.js';
import { verbMatch } from '../../../test/support/verb-match.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';
import { repairStativeParticiples } from './stative-participle.js';
import { buildTree } from './tree.js';

const lexicon = loadLexicon();
const bonn = { sent: 0, tokens: [0, 1] as const, id: 'deu', name: 'Bonn', code: 'DEU', sector: 'GOV' };
const paris = { sent: 0, tokens: [2, 3] as const, id: 'fra', name: 'Paris', code: 'FRA', sector: 'GOV' };

/** "Bonn and Paris are opposed to a proposal" as the parser reads it: a passive participle with a "to" phrase. */
const opposedTo = (agentRows = '') => parsedDoc([`
  Bonn Bonn PROPN NNP 5 nsubj:pass
  and and CCONJ CC 3 cc
  Paris Paris PROPN NNP 1 conj
  are be AUX VBP 5 aux:pass
  opposed oppose VERB VBN 0 root
  to to ADP IN 8 case
  a a DET DT 8 det
  proposal proposal NOUN NN 5 obl${agentRows}
  . . PUNCT . 5 punct`], { actors: [bonn, paris] });

describe('stance participles (stative-participle.ts)', () => {
  it('issue-12: "X are opposed to a proposal" is X\'s stance: REJECT by X, no passive with no actor', () => {
    const events = codeEvents(opposedTo(), lexicon).events;
    expect(events.map((e) => `${e.event} ${e.actors.map((a) => a.code).sort().join('+')}`)).toEqual(['REJECT DEU+FRA']);
  });

  it('issue-12: the repair makes the participle an adjective with a copula and a subject', () => {
    const tree = repairStativeParticiples(buildTree(opposedTo()));
    expect([tree.pos[4]?.upos, tree.lemmas[4], tree.deps[3].deprel, tree.deps[0].deprel]).toEqual(['ADJ', 'opposed', 'cop', 'nsubj']);
  });

  it('a participle with a "by" agent stays a passive ("was opposed by lawyers")', () => {
    const tree = buildTree(opposedTo(`
  by by ADP IN 10 case
  lawyers lawyer NOUN NNS 5 obl`));
    expect(repairStativeParticiples(tree)).toBe(tree);
  });

  it('issue-12: remaining opposed rejects (verbs.txt REMAIN, not CAMEO ENDURE\'s 110)', () => {
    expect(verbMatch(`
      Britain Britain PROPN NNP 2 nsubj
      remains remain VERB VBZ 0 root
      opposed oppose VERB VBN 2 xcomp
      to to ADP IN 6 case
      the the DET DT 6 det
      plan plan NOUN NN 3 obl`, 1, [0])?.code).toBe('120');
  });
});
