import { describe, expect, it } from 'vitest';
import { parsedDoc } from '../../../test/support/parsed-doc.js';
import { makeDoc } from '../../core/document.js';
import type { DocumentWith } from '../../core/stage.js';
import { defaultPipeline } from '../../pipeline.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';
import { buildTree } from './tree.js';

// Made-up sentences through the real pipeline, whose parser makes "A" the root and "and B verb…" its conjunct;
// the rules' events before the learned filter (whose verdict is not theirs).
const lexicon = loadLexicon();
const pipeline = defaultPipeline({ layers: ['events'] });
const coded = (text: string) => codeEvents(pipeline.run(makeDoc({ text, meta: { date: '1987-03-02' } })) as Parameters<typeof codeEvents>[0], lexicon).events
  .map((e) => `${e.event} ${e.actors.map((a) => a.code).sort().join('+')}>${e.recipients.map((r) => r.code).sort().join('+')}`);

describe('a subject split at its "and" (opening-conjunct.ts, #12)', () => {
  it.each([
    ['Philippine officials and a 12-bank committee have been meeting for the past four weeks in New York.', 'CONSULT MNC+PHL>'],
    ['Japanese officials and a 10-bank committee have been meeting for two weeks in Tokyo.', 'CONSULT JPN+MNC>'],
    ['Greek officials and a Turkish delegation have been meeting for two days in Geneva.', 'CONSULT GRC+TUR>'],
    ['Venezuelan officials and an 11-bank committee have been negotiating for the past month in New York.', 'CONSULT MNC+VEN>'],
  ])('"%s": the first conjunct is a party of the act too', (text, expected) => {
    expect(coded(text)).toContain(expected);
  });

  it.each([
    ['Brazilian and U.S. trade officials held a three-day meeting today in Brasilia to discuss the issue.', 'CONSULT BRA+USA>'],
    ['Mexican and U.S. trade officials held a two-day meeting today in Mexico City to discuss the issue.', 'CONSULT MEX+USA>'],
    ['Canadian and U.S. officials held talks today in Ottawa on the lumber dispute.', 'CONSULT CAN+USA>'],
  ])('"%s": an opening nationality is a party of the subject\'s kind', (text, expected) => {
    expect(coded(text)).toContain(expected);
  });

  it.each([
    ['Israeli Foreign Minister Shimon Peres met Egyptian and Soviet officials in Geneva.', 'CONSULT EGY+ISR+SUN>'],
    ['Israeli Foreign Minister Shimon Peres met Palestinian and Soviet officials in Geneva.', 'CONSULT ISR+PSE+SUN>'],
    ['The Japanese minister met Chinese and Soviet officials in Moscow.', 'CONSULT CHN+JPN+SUN>'],
  ])('"%s": an object\'s first nationality read as the verb\'s complement is a party too', (text, expected) => {
    expect(coded(text)).toContain(expected);
  });

  it('leaves a subject the parser coordinated itself as it was', () => {
    expect(coded('Brazilian officials and a group of creditor banks have been negotiating for three weeks in New York.')).toContain('CONSULT BRA+MNC>');
  });
});

// The guards (review final2): sentences whose real parse has the split shape (a root, then "and", then a verb conjunct
// of it), where the repair must leave the verb a conjunct.
const parser = defaultPipeline({ layers: ['deps'] });
/** The verbs the raw parse makes conjuncts of the root, and whether the events tree keeps each one so. */
function splitVerbs(doc: DocumentWith<'tokens' | 'pos' | 'deps'>): { raw: number; kept: number } {
  const { deps, pos } = doc.layers;
  const split = deps.map((d, i) => i).filter((i) => deps[i].deprel === 'conj' && deps[i].head >= 0 && deps[deps[i].head].head === -1 && pos[i]?.upos === 'VERB');
  const tree = buildTree(doc);
  return { raw: split.length, kept: split.filter((i) => tree.deps[i].deprel === 'conj').length };
}

describe('the opening-conjunct repair leaves what is no split subject (opening-conjunct.ts guards)', () => {
  it.each([
    // The root has a clause of its own (CLAUSE_RELS: cop, nsubj): "Oil was cheap" is a clause, not a subject.
    'Oil was cheap and Saudi officials and a bank committee met in Riyadh.',
    // ", and" joining two clauses; the root is a verb, no noun phrase.
    'Greek officials arrived, and a Turkish delegation met them in Geneva.',
    // The noun phrase does not open the sentence: it is inside the clause of "said", the root.
    'He said Greek officials and a Turkish delegation have been meeting in Geneva.',
  ])('"%s" keeps the verb a conjunct', (text) => {
    const found = splitVerbs(parser.run(makeDoc({ text })) as DocumentWith<'tokens' | 'pos' | 'deps'>);
    expect(found.raw).toBeGreaterThan(0);
    expect(found.kept).toBe(found.raw);
  });

  // The real parse of "Philippine officials and a bank committee have been meeting in New York." (the parser gives the
  // comma form a shape the repair never sees), with and without a comma before the "and": ", and" joins clauses.
  const rows = (comma: boolean) => [`
    Philippine philippine ADJ JJ 2 amod
    officials official NOUN NNS 0 root${comma ? `
    , , PUNCT , 2 punct` : ''}
    and and CCONJ CC ${comma ? 10 : 9} cc
    a a DET DT ${comma ? 7 : 6} det
    bank bank NOUN NN ${comma ? 7 : 6} compound
    committee committee NOUN NN ${comma ? 10 : 9} nsubj
    have have AUX VBP ${comma ? 10 : 9} aux
    been be AUX VBN ${comma ? 10 : 9} aux
    meeting meet VERB VBG 2 conj
    in in ADP IN ${comma ? 13 : 12} case
    New New ADJ NNP ${comma ? 13 : 12} amod
    York York PROPN NNP ${comma ? 10 : 9} obl
    . . PUNCT . 2 punct`];

  it('joins the split subject with no comma, and leaves it after ", and"', () => {
    expect(splitVerbs(parsedDoc(rows(false)))).toEqual({ raw: 1, kept: 0 });
    expect(splitVerbs(parsedDoc(rows(true)))).toEqual({ raw: 1, kept: 1 });
  });
});
