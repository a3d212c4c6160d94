import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { verbMatch } from '../../../test/support/verb-match.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

// rule-words.tsv act-measure, triggers.ts nounKey: a noun that measures an act ("two days of talks", "a series of
// discussions", "a wave of strikes") stands for the act its "of" phrase names; a measure of anything else is none.
const lexicon = loadLexicon();
const actor = (tokens: [number, number], code: string): ActorSpec => ({ sent: 0, tokens, id: `${code}${tokens[0]}`, name: code, code, sector: 'GOV' });

/** "Lawson returned after two days of <noun> with Baker ." */
const returned = (noun: string, lemma: string) => `
  Lawson Lawson PROPN NNP 2 nsubj
  returned return VERB VBD 0 root
  after after ADP IN 5 case
  two two NUM CD 5 nummod
  days day NOUN NNS 2 obl
  of of ADP IN 7 case
  ${noun} ${lemma} NOUN NNS 5 nmod
  with with ADP IN 9 case
  Baker Baker PROPN NNP 5 nmod
  . . PUNCT . 2 punct`;

/** "Ministers held a <measure> of <noun> ." */
const held = (measure: string, noun: string, lemma: string) => `
  Ministers minister NOUN NNS 2 nsubj
  held hold VERB VBD 0 root
  a a DET DT 4 det
  ${measure} ${measure} NOUN NN 2 obj
  of of ADP IN 6 case
  ${noun} ${lemma} NOUN NNS 4 nmod
  . . PUNCT . 2 punct`;

describe('acts named through a measure noun', () => {
  it('reads "returned after two days of talks with Baker" as the talks', () => {
    const match = verbMatch(returned('talks', 'talk'), 1, [0, 8]);
    expect(match?.code).toBe('040');
    expect(match?.noun).toBe(4);
  });

  it('codes the talks with the traveller and the partner as parties (as "returned after talks with Baker")', () => {
    const doc = parsedDoc([returned('talks', 'talk')], { actors: [actor([0, 1], 'GBR'), actor([8, 9], 'USA')] });
    const event = codeEvents(doc, lexicon).events.find((e) => e.event === 'CONSULT');
    expect([...(event?.actors ?? []), ...(event?.recipients ?? [])].map((a) => a.code).sort()).toEqual(['GBR', 'USA']);
  });

  it.each([
    ['series', 'discussions', 'discussion', '040'],
    ['round', 'talks', 'talk', '040'],
    ['wave', 'strikes', 'strike', '143'],
  ])('reads "held a %s of %s" as the act', (measure, noun, lemma, code) => {
    expect(verbMatch(held(measure, noun, lemma), 1)?.code).toBe(code);
  });

  it('reads nothing from a measure of no act ("after two days of gains", "held a series of bonds")', () => {
    expect(verbMatch(returned('gains', 'gain'), 1, [0, 8])).toBeUndefined();
    expect(verbMatch(held('series', 'bonds', 'bond'), 1)).toBeUndefined();
  });
});
