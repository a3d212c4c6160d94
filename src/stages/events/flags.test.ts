import { describe, expect, it } from 'vitest';
import { parsedDoc } from '../../../test/support/parsed-doc.js';
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
