import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

// roles.ts's claimant rule (fix-ev-lexicon): a rejected claim is addressed to whoever put it forward, named on the claim
// (possessive, name, nationality adjective, "from"/"by"), never to the claim's topic ("for", "about", "against").
const lexicon = loadLexicon();
const country = (tokens: [number, number], code: string): ActorSpec => ({ sent: 0, tokens, id: code.toLowerCase(), name: code, code });
const recipientsOf = (rows: string, actors: ActorSpec[]) => {
  const events = codeEvents(parsedDoc([rows], { actors }), lexicon).events.filter((e) => e.event === 'REJECT');
  expect(events).toHaveLength(1);
  return events[0].recipients.map((r) => r.code);
};

describe('roles: the claimant of a rejected claim', () => {
  it.each([
    ['"France rejected calls for sanctions against Iran": Iran is the topic', `
      France France PROPN NNP 2 nsubj
      rejected reject VERB VBD 0 root
      calls call NOUN NNS 2 obj
      for for ADP IN 5 case
      sanctions sanction NOUN NNS 3 nmod
      against against ADP IN 7 case
      Iran Iran PROPN NNP 5 nmod
      . . PUNCT . 2 punct`, [country([0, 1], 'FRA'), country([6, 7], 'IRN')], []],
    ['"Germany brushed aside claims about Iran\'s programme"', `
      Germany Germany PROPN NNP 2 nsubj
      brushed brush VERB VBD 0 root
      aside aside ADP IN 4 case
      claims claim NOUN NNS 2 obl
      about about ADP IN 8 case
      Iran Iran PROPN NNP 8 nmod:poss
      's 's PART POS 6 case
      programme programme NOUN NN 4 nmod
      . . PUNCT . 2 punct`, [country([0, 1], 'DEU'), country([5, 6], 'IRN')], []],
  ])('fix-ev-lexicon: the topic of a rejected claim is no recipient (%s)', (_text, rows, actors, expected) => {
    expect(recipientsOf(rows, actors)).toEqual(expected);
  });

  it.each([
    ['"Germany brushed aside the French proposal" ("aside" read as a preposition)', `
      Germany Germany PROPN NNP 2 nsubj
      brushed brush VERB VBD 0 root
      aside aside ADP IN 6 case
      the the DET DT 6 det
      French French ADJ JJ 6 amod
      proposal proposal NOUN NN 2 obl
      . . PUNCT . 2 punct`, [country([0, 1], 'DEU')], ['FRA']],
    ['"Iran rejected demands from France for talks on Syria"', `
      Iran Iran PROPN NNP 2 nsubj
      rejected reject VERB VBD 0 root
      demands demand NOUN NNS 2 obj
      from from ADP IN 5 case
      France France PROPN NNP 3 nmod
      for for ADP IN 7 case
      talks talk NOUN NNS 3 nmod
      on on ADP IN 9 case
      Syria Syria PROPN NNP 7 nmod
      . . PUNCT . 2 punct`, [country([0, 1], 'IRN'), country([4, 5], 'FRA'), country([8, 9], 'SYR')], ['FRA']],
  ])('fix-ev-lexicon: the claimant named on the claim is the recipient (%s)', (_text, rows, actors, expected) => {
    expect(recipientsOf(rows, actors)).toEqual(expected);
  });
});
