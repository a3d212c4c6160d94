import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { parsedDoc } from '../../../test/support/parsed-doc.js';
import { verbMatch } from '../../../test/support/verb-match.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

// Opposition to a proposal or policy is its rejection (PLOVER REJECT), opposition to an actor disapproval
// (ACCUSE): data/verbs.txt OPPOSE, senses.tsv `oppose thing-object`, predicate-adjectives.tsv `opposed to` (#12).
const lexicon = loadLexicon();
const codeOf = (rows: string) => verbMatch(rows, 1, [0])?.code;

describe('opposition', () => {
  it.each([
    ['"opposed the bills" (CAMEO\'s "* BILL" is criticism, 111)', 'bills bill NOUN NNS 2 obj', '120'],
    ['"opposes the decision" (CAMEO 110)', 'decision decision NOUN NN 2 obj', '120'],
    ['"opposes the merger" (no CAMEO pattern: the thing-object sense)', 'merger merger NOUN NN 2 obj', '120'],
    ['"opposed the deployment" (the PLOVER gold\'s REJECT)', 'deployment deployment NOUN NN 2 obj', '120'],
    ['"opposed the plan" (CAMEO\'s own 127 stays)', 'plan plan NOUN NN 2 obj', '127'],
  ])('issue-12: opposing a proposal, policy or act rejects it (%s)', (_text, objectRow, code) => {
    expect(codeOf(`
      Britain Britain PROPN NNP 2 nsubj
      opposed oppose VERB VBD 0 root
      the the DET DT 4 det
      ${objectRow}`)).toBe(code);
  });

  it('issue-12: opposing aggression is disapproval of the aggressor, no rejected proposal (110)', () => {
    expect(codeOf(`
      Ukraine Ukraine PROPN NNP 2 nsubj
      opposed oppose VERB VBD 0 root
      Russian Russian ADJ JJ 4 amod
      aggression aggression NOUN NN 2 obj`)).toBe('110');
  });

  it('issue-12: opposing an actor is still disapproval (110)', () => {
    expect(verbMatch(`
      rebels rebel NOUN NNS 2 nsubj
      opposed oppose VERB VBD 0 root
      the the DET DT 4 det
      government government NOUN NN 2 obj`, 1, [0, 3])?.code).toBe('110');
  });

  it('issue-12: "is opposed to French mediation" rejects it as the verb does', () => {
    const doc = parsedDoc([`
      Israel Israel PROPN NNP 3 nsubj
      is be AUX VBZ 3 cop
      opposed opposed ADJ JJ 0 root
      to to ADP IN 5 case
      mediation mediation NOUN NN 3 obl
      . . PUNCT . 3 punct`], { actors: [{ sent: 0, tokens: [0, 1], id: 'isr', name: 'Israel', code: 'ISR' }] });
    expect(codeEvents(doc, lexicon).events.map((e) => `${e.event} ${e.cameo}`)).toEqual(['REJECT 120']);
  });
});

// Real parses: a thing opposed in a "to" phrase after the participle (data/verbs.txt OPPOSE "* (TO)"), and things that
// CAMEO's VERBAL_CONFLICT patterns for other verbs read as disapproval or support (OPPOSE "* ARREST" …).
describe('opposition, real parses', () => {
  const pipeline = defaultPipeline({ layers: ['events'] });
  it('issue-12: "countries opposed to the proposed tax" rejects the tax (120), no bare disapproval (110)', () => {
    const text = 'Spain has joined the group of European Community countries opposed to the proposed tax on vegetable oils and fats.';
    const coded = codeEvents(pipeline.run(makeDoc({ text, meta: { date: '1987-03-01' } })) as Parameters<typeof codeEvents>[0], lexicon);
    expect([...coded.events, ...coded.rejected].filter((e) => text.slice(e.trigger.start, e.trigger.end) === 'opposed')
      .map((e) => `${e.event} ${e.cameo}`)).toEqual(['REJECT 120']);
  });

  it('issue-12: "as opposed to" is "rather than", no opposition', () => {
    const text = 'The Paris Club groups Western governments -- as opposed to commercial banks -- which are owed money by poorer nations.';
    const coded = codeEvents(pipeline.run(makeDoc({ text, meta: { date: '1987-03-01' } })) as Parameters<typeof codeEvents>[0], lexicon);
    expect(coded.events.filter((e) => text.slice(e.trigger.start, e.trigger.end) === 'opposed')).toEqual([]);
  });

  it('issue-12: "they also oppose house arrests" rejects them (120), no support rallied (CAMEO\'s 053 for a protest)', () => {
    const text = 'The Liberal Democrats say they also oppose house arrests and questioned the human rights implications of the measure.';
    const coded = codeEvents(pipeline.run(makeDoc({ text, meta: { date: '2005-02-01' } })) as Parameters<typeof codeEvents>[0], lexicon);
    expect([...coded.events, ...coded.rejected].filter((e) => text.slice(e.trigger.start, e.trigger.end) === 'oppose')
      .map((e) => `${e.event} ${e.cameo}`)).toEqual(['REJECT 120']);
  });
});
