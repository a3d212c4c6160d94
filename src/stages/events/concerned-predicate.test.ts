import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';
import { parsedDoc } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

// Made-up sentences through the real pipeline (predicate-adjectives.tsv rows for "concerned"): being concerned about
// another side or its act is the diplomatic "expressed concern about" said of oneself, disapproval (ACCUSE, #12).
const DATE = '1987-03-03';
const lexicon = loadLexicon();
const japan = { sent: 0, tokens: [0, 1] as [number, number], id: 'jpn', name: 'Japan', code: 'JPN', kind: 'country' as const };
const usa = { sent: 0, tokens: [4, 5] as [number, number], id: 'usa', name: 'U.S.', code: 'USA', kind: 'country' as const };
const summary = (doc: ReturnType<typeof parsedDoc>) => codeEvents(doc, lexicon).events
  .map((e) => `${e.event} ${e.actors.map((a) => a.code).join('+')}->${e.recipients.map((r) => r.code).join('+')}`);

describe('issue-12: "was concerned about/over/with" another side\'s act is ACCUSE of that side', () => {
  it.each([
    ['The EC commissioner said he was concerned about provisions in the U.S. Senate bill.', 'ACCUSE IGO->USA'],
    ['Japan is deeply concerned over the U.S. tariffs.', 'ACCUSE JPN->USA'],
    ['Canada said it was concerned at the U.S. decision to impose tariffs.', 'ACCUSE CAN->USA'],
    // Training wire gold reuters-17371 (ACCUSE IND → the Asian Development Bank): concern with a side's own act.
    ['India\'s delegate said: "We are concerned with the World Bank\'s preoccupation with dialogue."', 'ACCUSE IND->IGO'],
  ])('"%s"', (text, event) => {
    expect(codedAt(text, 'concerned', DATE).map((e) => e.replace(/(\w{3})(GOV|LEG)\b/g, '$1'))).toContain(event);
  });

  // Training wire gold: "was very concerned about the farmers' situation", "about the state of Brazil's economy", "about
  // the future of the EC Common Agricultural Policy" are worry for a side, no disapproval (rule-words `standing-noun`).
  it.each([
    'Japan said it was concerned about the state of Brazil\'s economy.',
    'France said it was concerned about the future of the European Community\'s farm policy.',
  ])('a side\'s state or prospect is no act disapproved of: "%s"', (text) => {
    expect(codedAt(text, 'concerned', DATE)).toEqual([]);
  });

  it('a concern about a thing no side owns names no one ("concerned about the weak dollar")', () => {
    expect(codedAt('Japan is concerned about the weak dollar.', 'concerned', DATE)).toEqual([]);
  });

  // A party named only as a place, the object of a locative ("fighting in Sudan"), is where the cause is, not the side
  // judged (as the statement step reads it, statement-stance.test.ts). Hand-made parses: the parser hangs the locative
  // on the noun only some of the time.
  it.each([
    ['fighting', [], []],
    ['U.S. moves', [usa], ['ACCUSE JPN->USA']],
  ] as const)('a place named in a locative is no judged side: "Japan is concerned about %s in Sudan"', (cause, sides, expected) => {
    // Heads count from 1; Sudan is token 6 after "fighting", 7 after "U.S. moves" (from 0).
    const rows = cause === 'fighting'
      ? 'about about ADP IN 5 case\n      fighting fighting NOUN NN 3 obl'
      : 'about about ADP IN 6 case\n      U.S. U.S. PROPN NNP 6 compound\n      moves move NOUN NNS 3 obl';
    const noun = cause === 'fighting' ? 5 : 6;
    const doc = parsedDoc([`
      Japan Japan PROPN NNP 3 nsubj
      is be AUX VBZ 3 cop
      concerned concerned ADJ JJ 0 root
      ${rows}
      in in ADP IN ${noun + 2} case
      Sudan Sudan PROPN NNP ${noun} nmod
      . . PUNCT . 3 punct`], { actors: [japan, ...sides, { sent: 0, tokens: [noun + 1, noun + 2], id: 'sdn', name: 'Sudan', code: 'SDN', kind: 'country' }] });
    expect(summary(doc)).toEqual(expected);
  });
});
