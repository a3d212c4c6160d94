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

// Session 42, ev-wire (#12): a quoted question before its attribution (training wire: 5 stories coded an appeal).
describe('issue-12: a quoted question asked', () => {
  it('codes no appeal for \'"Will it work?" Japan asked\' (the quote ends on its question mark)', () => {
    const doc = parsedDoc([`
      " " PUNCT '' 4 punct
      Will will AUX MD 4 aux
      it it PRON PRP 4 nsubj
      work work VERB VB 8 ccomp
      ? ? PUNCT . 4 punct
      " " PUNCT '' 4 punct
      Japan Japan PROPN NNP 8 nsubj
      asked ask VERB VBD 0 root
      . . PUNCT . 8 punct`], { actors: [country([6, 7], 'JPN')] });
    const { events, rejected } = codeEvents(doc, lexicon);
    expect(events.filter((e) => e.event === 'REQUEST')).toEqual([]);
    expect(rejected.map((r) => r.ruleId)).toContain('events/asked-question');
  });

  it('codes no appeal for an attribution the sentence splitter cut off after the quoted question', () => {
    const doc = parsedDoc([`
      " " PUNCT '' 4 punct
      Can can AUX MD 4 aux
      we we PRON PRP 4 nsubj
      manage manage VERB VB 0 root
      ? ? PUNCT . 4 punct
      " " PUNCT '' 4 punct`, `
      Japan Japan PROPN NNP 2 nsubj
      asked ask VERB VBD 0 root
      . . PUNCT . 2 punct`], { actors: [{ ...country([0, 1], 'JPN'), sent: 1 }] });
    expect(codeEvents(doc, lexicon).events.filter((e) => e.event === 'REQUEST')).toEqual([]);
  });

  it('still codes an appeal after a quoted statement (\'"Lift the tariffs." Japan asked\' has no question mark)', () => {
    const doc = parsedDoc([`
      " " PUNCT '' 2 punct
      Lift lift VERB VB 0 root
      tariffs tariff NOUN NNS 2 obj
      . . PUNCT . 2 punct
      " " PUNCT '' 2 punct`, `
      Japan Japan PROPN NNP 2 nsubj
      asked ask VERB VBD 0 root
      . . PUNCT . 2 punct`], { actors: [{ ...country([0, 1], 'JPN'), sent: 1 }] });
    expect(codeEvents(doc, lexicon).events.map((e) => e.event)).toEqual(['REQUEST']);
  });
});

// Session 42 review of ev-wire: a yes/no question put to "you" asks for an act; an appeal after a quoted question
// is its own unless the sentence is only the question's attribution.
describe('issue-12: requests phrased as questions', () => {
  it('codes an appeal for \'"Can you send us more systems?" Ukraine asked\' (a request put as a question)', () => {
    const doc = parsedDoc([`
      " " PUNCT '' 4 punct
      Can can AUX MD 4 aux
      you you PRON PRP 4 nsubj
      send send VERB VB 11 ccomp
      us we PRON PRP 4 iobj
      more more ADJ JJR 7 amod
      systems system NOUN NNS 4 obj
      ? ? PUNCT . 4 punct
      " " PUNCT '' 4 punct
      Ukraine Ukraine PROPN NNP 11 nsubj
      asked ask VERB VBD 0 root
      . . PUNCT . 11 punct`], { actors: [country([9, 10], 'UKR')] });
    expect(codeEvents(doc, lexicon).events.map((e) => e.event)).toContain('REQUEST');
  });

  it('still codes no appeal for \'"Will it work?" Japan asked\' (no "you" asked to act)', () => {
    const doc = parsedDoc([`
      " " PUNCT '' 4 punct
      Will will AUX MD 4 aux
      it it PRON PRP 4 nsubj
      work work VERB VB 8 ccomp
      ? ? PUNCT . 4 punct
      " " PUNCT '' 4 punct
      Japan Japan PROPN NNP 8 nsubj
      asked ask VERB VBD 0 root
      . . PUNCT . 8 punct`], { actors: [country([6, 7], 'JPN')] });
    expect(codeEvents(doc, lexicon).events.filter((e) => e.event === 'REQUEST')).toEqual([]);
  });

  it('codes an appeal for \'… ?" Japan then asked Washington\'s help.\' (more than an attribution)', () => {
    const doc = parsedDoc([`
      " " PUNCT '' 2 punct
      What what PRON WP 3 nsubj
      happens happen VERB VBZ 0 root
      ? ? PUNCT . 3 punct
      " " PUNCT '' 3 punct`, `
      Japan Japan PROPN NNP 3 nsubj
      then then ADV RB 3 advmod
      asked ask VERB VBD 0 root
      Washington Washington PROPN NNP 6 nmod:poss
      's 's PART POS 4 case
      help help NOUN NN 3 obj
      . . PUNCT . 3 punct`], { actors: [{ ...country([0, 1], 'JPN'), sent: 1 }, { ...country([3, 4], 'USA'), sent: 1 }] });
    expect(codeEvents(doc, lexicon).events.map((e) => e.event)).toContain('REQUEST');
  });

  it('codes an appeal after a cut-off \'"Can you send us more systems?"\' (the question before asks an act)', () => {
    const doc = parsedDoc([`
      " " PUNCT '' 4 punct
      Can can AUX MD 4 aux
      you you PRON PRP 4 nsubj
      send send VERB VB 0 root
      us we PRON PRP 4 iobj
      systems system NOUN NNS 4 obj
      ? ? PUNCT . 4 punct
      " " PUNCT '' 4 punct`, `
      Ukraine Ukraine PROPN NNP 2 nsubj
      asked ask VERB VBD 0 root
      leaders leader NOUN NNS 2 obj
      . . PUNCT . 2 punct`], { actors: [{ ...country([0, 1], 'UKR'), sent: 1 }] });
    expect(codeEvents(doc, lexicon).events.map((e) => e.event)).toContain('REQUEST');
  });
});
