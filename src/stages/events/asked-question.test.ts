import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const country = (tokens: [number, number], code: string): ActorSpec => ({ sent: 0, tokens, id: code.toLowerCase(), name: code, code });

describe('issue-12: a question asked', () => {
  it('codes no appeal for "asked what …" (a question, not a request)', () => {
    const doc = parsedDoc([`
      Japan Japan PROPN NNP 2 nsubj
      asked ask VERB VBD 0 root
      what what PRON WP 5 obj
      Washington Washington PROPN NNP 5 nsubj
      wanted want VERB VBD 2 ccomp
      . . PUNCT . 2 punct`], { actors: [country([0, 1], 'JPN'), country([3, 4], 'USA')] });
    const { events, rejected } = codeEvents(doc, lexicon);
    expect(events.filter((e) => e.event === 'REQUEST')).toEqual([]);
    expect(rejected.map((r) => r.ruleId)).toContain('events/asked-question');
  });

  it('still codes asking a party to act as an appeal (REQUEST)', () => {
    const doc = parsedDoc([`
      Poland Poland PROPN NNP 2 nsubj
      asked ask VERB VBD 0 root
      Germany Germany PROPN NNP 2 obj
      to to PART TO 5 mark
      supply supply VERB VB 2 xcomp
      tanks tank NOUN NNS 5 obj
      . . PUNCT . 2 punct`], { actors: [country([0, 1], 'POL'), country([2, 3], 'DEU')] });
    expect(codeEvents(doc, lexicon).events.map((e) => e.event)).toEqual(['REQUEST']);
  });
});
