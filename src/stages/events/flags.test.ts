import { describe, expect, it } from 'vitest';
import { parsedDoc } from '../../../test/support/parsed-doc.js';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { packOf } from '../../lang/pack.js';
import { clauseFlags } from './flags.js';
import { buildTree } from './tree.js';

/** "Iraq demanded that Iran <verb> attacks ." with the verb's tag and its subject's tag. */
const demanded = (verb: string, xpos: string, subject = 'Iran', subjectTag = 'NNP') => {
  const doc = parsedDoc([`
    Iraq Iraq PROPN NNP 2 nsubj
    demanded demand VERB VBD 0 root
    that that SCONJ IN 5 mark
    ${subject} ${subject} ${subjectTag === 'PRP' ? 'PRON' : 'PROPN'} ${subjectTag} 5 nsubj
    ${verb} stop VERB ${xpos} 2 ccomp
    attacks attack NOUN NNS 5 obj
    . . PUNCT . 2 punct`]);
  return clauseFlags(buildTree(doc), packOf(doc), 4, { reported: false });
};

describe('clauseFlags, subjunctive', () => {
  it('takes a bare verb after a singular subject in a "that" clause as a demanded act, not a fact', () => {
    const flags = demanded('stop', 'VB');
    expect(flags.hypothetical).toBe(true);
    expect(flags.reasons.map((r) => r.rule)).toContain('flags/subjunctive');
  });

  it.each([
    ['a past tense', 'stopped', 'VBD', 'Iran', 'NNP'],
    ['a present tense', 'stops', 'VBZ', 'Iran', 'NNP'],
    ['a plural subject, whose present has the bare form', 'stop', 'VBP', 'they', 'PRP'],
  ])('keeps %s a fact', (_, verb, xpos, subject, tag) => {
    expect(demanded(verb, xpos, subject, tag).hypothetical).toBe(false);
  });
});

/** "Japan has not agreed , because the council insisted ." parsed as the parser does: the reason clause a conjunct. */
const reasonConjunct = (subject: boolean) => {
  const doc = parsedDoc([`
    Japan Japan PROPN NNP 4 nsubj
    has have AUX VBZ 4 aux
    not not PART RB 4 advmod
    agreed agree VERB VBN 0 root
    , , PUNCT , 9 punct
    because because SCONJ IN 9 mark
    ${subject ? 'the the DET DT 8 det' : 'then then ADV RB 9 advmod'}
    ${subject ? 'council council NOUN NN 9 nsubj' : 'quickly quickly ADV RB 9 advmod'}
    insisted insist VERB VBD 4 conj
    . . PUNCT . 4 punct`]);
  return clauseFlags(buildTree(doc), packOf(doc), 8, { reported: false });
};

describe('clauseFlags, negation scope over conjuncts', () => {
  it('keeps a conjunct with its own subject out of the first clause\'s "not"', () => {
    expect(reasonConjunct(true).negated).toBe(false);
  });

  it('carries the "not" into a conjunct that shares the first one\'s subject', () => {
    expect(reasonConjunct(false).negated).toBe(true);
  });
});

/** "Sara Lee called for no sacrifices ." or "… with no warning .": a "for" phrase is what a call asks for. */
const calledFor = (preposition: string) => {
  const doc = parsedDoc([`
    Lee Lee PROPN NNP 2 nsubj
    called call VERB VBD 0 root
    ${preposition} ${preposition} ADP IN 5 case
    no no DET DT 5 det
    sacrifices sacrifice NOUN NNS 2 obl
    . . PUNCT . 2 punct`]);
  return clauseFlags(buildTree(doc), packOf(doc), 1, { reported: false });
};

describe('clauseFlags, negated "for" phrase', () => {
  it('takes "called for no sacrifices" as negated through its object', () => {
    const flags = calledFor('for');
    expect(flags.negated).toBe(true);
    expect(flags.objectOnly).toBe(true);
  });

  it('keeps a "no" in another prepositional phrase from negating the act', () => {
    expect(calledFor('with').negated).toBe(false);
  });
});

/** "Talks stall <even> when Russia attacks .": "when" with a simple present is a condition unless "even" makes it a concession. */
const whenAttacks = (even: boolean) => {
  const doc = parsedDoc([`
    Talks talk NOUN NNS 2 nsubj
    stall stall VERB VBP 0 root
    ${even ? 'even even ADV RB 6 advmod' : 'now now ADV RB 2 advmod'}
    when when ADV WRB 6 advmod
    Russia Russia PROPN NNP 6 nsubj
    attacks attack VERB VBZ 2 advcl
    . . PUNCT . 2 punct`]);
  return clauseFlags(buildTree(doc), packOf(doc), 5, { reported: false });
};

describe('clauseFlags, concessive "even when"', () => {
  it('keeps "even when Russia attacks" a fact', () => {
    expect(whenAttacks(true).hypothetical).toBe(false);
  });

  it('takes "when Russia attacks" as a condition', () => {
    expect(whenAttacks(false).hypothetical).toBe(true);
  });
});

describe('clauseFlags on real parses, negators of near-negation and of two words', () => {
  const pipeline = defaultPipeline({ layers: ['deps'] });
  /** The flags of the clause headed by `verb` in `text`, parsed by the pipeline. */
  const flagsOf = (text: string, verb: string) => {
    const doc = pipeline.run(makeDoc({ text })) as Parameters<typeof buildTree>[0];
    const tree = buildTree(doc);
    return clauseFlags(tree, packOf(doc), tree.words.indexOf(verb), { reported: false });
  };

  it.each([
    ['Israel no longer needs to halt its offensive.', 'needs'],
    ['Iran hardly cooperated with the inspectors.', 'cooperated'],
    ['Iran scarcely cooperated with the inspectors.', 'cooperated'],
  ])('"%s" is negated', (text, verb) => {
    expect(flagsOf(text, verb).negated).toBe(true);
  });

  it.each([
    ['Iran must pay the debt no later than Friday.', 'pay'],
    ['Israel needs to halt its offensive.', 'needs'],
    ['Israel not only attacked Gaza but also bombed Lebanon on Tuesday.', 'attacked'],
    ['The rebels not merely shelled the town but also seized its airport.', 'shelled'],
  ])('"%s" is not', (text, verb) => {
    expect(flagsOf(text, verb).negated).toBe(false);
  });
});
