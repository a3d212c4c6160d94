import { describe, expect, it } from 'vitest';
import { parsedDoc } from '../../../test/support/parsed-doc.js';
import { loadLexicon } from './lexicon.js';
import { buildTree } from './tree.js';
import { matchVerb } from './triggers.js';

const lexicon = loadLexicon();
/** The trigger of the verb at `verb` (sentence-local index) in a hand-parsed sentence. */
const match = (rows: string, verb: number) => {
  const tree = buildTree(parsedDoc([rows]), lexicon.forms);
  return matchVerb(tree, lexicon, verb);
};

describe('matchVerb', () => {
  it('fits a bare (FOR) pattern only to the verb\'s own phrase, not to one deep in its object', () => {
    // "they attacked targets, the term for tankers": no "attacked … for" criticism.
    const deep = match(`
      they they PRON PRP 2 nsubj
      attacked attack VERB VBD 0 root
      targets target NOUN NNS 2 obj
      , , PUNCT , 5 punct
      term term NOUN NN 3 appos
      for for ADP IN 7 case
      tankers tanker NOUN NNS 5 nmod
      . . PUNCT . 2 punct`, 1);
    expect(deep?.code).toMatch(/^19/);
    const own = match(`
      they they PRON PRP 2 nsubj
      attacked attack VERB VBD 0 root
      him he PRON PRP 2 obj
      for for ADP IN 5 case
      policies policy NOUN NNS 2 obl
      . . PUNCT . 2 punct`, 1);
    expect(own?.code).toBe('111');
  });

  it('keeps a hand-kept pattern over a CAMEO pattern that asks for no more words', () => {
    // CAMEO's "&MILITARY *" (192) fits the subject as well as dyad's "* POSTS" (190) fits the object.
    const m = match(`
      forces force NOUN NNS 2 nsubj
      captured capture VERB VBD 0 root
      posts post NOUN NNS 2 obj
      . . PUNCT . 2 punct`, 1);
    expect(m?.code).toBe('190');
    expect(m?.reason.rule).toBe('events/trigger-pattern');
  });

  it('reads argument structure for speech acts and sanctions', () => {
    const sovereignty = match(`
      he he PRON PRP 2 nsubj
      emphasised emphasise VERB VBD 0 root
      commitment commitment NOUN NN 2 obj
      to to ADP IN 5 case
      sovereignty sovereignty NOUN NN 3 nmod
      . . PUNCT . 2 punct`, 1);
    expect(sovereignty?.code).toBe('051');
    const tariffs = match(`
      it it PRON PRP 2 nsubj
      imposed impose VERB VBD 0 root
      tariffs tariff NOUN NNS 2 obj
      . . PUNCT . 2 punct`, 1);
    expect(tariffs?.code).toBe('163');
    const about = match(`
      he he PRON PRP 2 nsubj
      asked ask VERB VBD 0 root
      him he PRON PRP 2 obj
      about about ADP IN 5 case
      children child NOUN NNS 2 obl
      . . PUNCT . 2 punct`, 1);
    expect(about?.code).toBe('---');
  });

  it('codes a halted trade as a sanction, but not a halted meeting', () => {
    const importing = match(`
      Botswana Botswana PROPN NNP 3 nsubj
      has have AUX VBZ 3 aux
      stopped stop VERB VBN 0 root
      importing import VERB VBG 3 xcomp
      meat meat NOUN NN 4 obj
      . . PUNCT . 3 punct`, 2);
    expect(importing?.code).toBe('163');
    const talks = match(`
      they they PRON PRP 2 nsubj
      suspended suspend VERB VBD 0 root
      talks talk NOUN NNS 2 obj
      . . PUNCT . 2 punct`, 1);
    expect(talks?.code).not.toBe('163');
  });

  it('codes talks named in a phrase of another verb, with their partner', () => {
    const m = match(`
      Thatcher Thatcher PROPN NNP 2 nsubj
      left leave VERB VBD 0 root
      Bonn Bonn PROPN NNP 2 obj
      after after ADP IN 5 case
      talks talk NOUN NNS 2 obl
      with with ADP IN 7 case
      Kohl Kohl PROPN NNP 5 nmod
      . . PUNCT . 2 punct`, 1);
    expect(m?.code).toBe('040');
    expect(m?.noun).toBe(4);
    const alone = match(`
      Thatcher Thatcher PROPN NNP 2 nsubj
      left leave VERB VBD 0 root
      after after ADP IN 4 case
      talks talk NOUN NNS 2 obl
      . . PUNCT . 2 punct`, 1);
    expect(alone).toBeUndefined();
  });
});
