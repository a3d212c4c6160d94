import { describe, expect, it } from 'vitest';
import { verbMatch } from '../../../test/support/verb-match.js';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';

// Wrong-type rows of data/senses.tsv (session 27, ev-clauses) on hand-parsed sentences: each row is
// a class of constructions, not one article's sentence (lexicon-data.test.ts holds the earlier ones).
const codeOf = (rows: string, verb: number, actors: readonly number[] = []) => verbMatch(rows, verb, actors)?.code;

describe('data/senses.tsv', () => {
  it.each([
    ['"conferred the military rank on a colonel"', 'rank rank NOUN NN 2 obj', '---'],
    ['"conferred on additional details"', 'details detail NOUN NNS 2 obl', '040'],
  ])('issue-12: conferring a rank or title awards it; conferring on a matter consults (%s)', (_text, argumentRow, code) => {
    expect(codeOf(`
      President President PROPN NNP 2 nsubj
      conferred confer VERB VBD 0 root
      ${argumentRow}`, 1) ?? '---').toBe(code);
  });
});

// Rows of session 28 (ev-nothing2): talk with a party named only by a "to" phrase or a coordinated subject.
describe('data/senses.tsv: speak', () => {
  it.each([
    ['"spoke to President López Obrador"', 'Obrador Obrador PROPN NNP 2 obl', [0, 4], '040'],
    ['"spoke to reporters"', 'reporters reporter NOUN NNS 2 obl', [0], '---'],
  ])('issue-12: talk addressed to an actor consults it (%s)', (_text, addresseeRow, actors, code) => {
    expect(codeOf(`
      Biden Biden PROPN NNP 2 nsubj
      spoke speak VERB VBD 0 root
      to to ADP IN 5 case
      President President PROPN NNP 5 compound
      ${addresseeRow}`, 1, actors) ?? '---').toBe(code);
  });

  it.each([
    ['"Biden and Sánchez spoke today"', 'Sánchez Sánchez PROPN NNP 1 conj', [0, 2], '040'],
    ['"Biden and his staff spoke today"', 'staff staff NOUN NN 1 conj', [0], '---'],
  ])('issue-12: named parties speaking together consult (%s)', (_text, conjunctRow, actors, code) => {
    expect(codeOf(`
      Biden Biden PROPN NNP 4 nsubj
      and and CCONJ CC 3 cc
      ${conjunctRow}
      spoke speak VERB VBD 0 root
      today today NOUN NN 4 obl:tmod`, 3, actors) ?? '---').toBe(code);
  });

  it('issue-12: a plural noun alone names no two sides ("the people spoke")', () => {
    expect(codeOf(`
      the the DET DT 2 det
      people people NOUN NNS 3 nsubj
      spoke speak VERB VBD 0 root`, 2, [1]) ?? '---').toBe('---');
  });
});

// Session 47 (ev-flips): a ban on another country's goods is an embargo (CAMEO 163, PLOVER SANCTION), not CAMEO's
// administrative sanction (172, COERCE): the training wire gold codes "has banned a Czechoslovakian milk powder" and "banned
// two brands of Austrian powdered milk" SANCTION, each coded COERCE before.
describe('data/senses.tsv: ban with a foreign thing as object (real parses)', () => {
  const pipeline = defaultPipeline({ layers: ['events'] });
  const banning = (text: string) => (pipeline.run(makeDoc({ text, meta: { date: '2023-03-03' } })).layers.events?.events ?? [])
    .filter((e) => /^bann?/.test(text.slice(e.trigger.start, e.trigger.end))).map((e) => [e.event, e.recipients.map((r) => r.code).join('+')]);

  it.each([
    ['The United Arab Emirates has banned a Czechoslovakian milk powder because checks showed unacceptable radiation levels.', [['SANCTION', 'CSK']]],
    ['The UAE three weeks ago banned two brands of Austrian powdered milk for the same reasons.', [['SANCTION', 'AUT']]],
    ['Russia banned Polish apples and Dutch flowers last year.', [['SANCTION', 'POL']]],
  ])('issue-12: "%s" is an embargo', (text, events) => {
    expect(banning(text)).toEqual(events);
  });

  it.each([
    'The government banned smoking in public places.',
    'Ukraine banned Russian journalists from the region.',
    // PLOVER GSR dev: "has banned Ugandan opposition candidates from participating" is COERCE ban (a party's people).
    'President Yoweri Museveni has banned Ugandan opposition candidates from participating in the upcoming elections.',
    // Review final2: a practice, media, a dog breed and organisations are no goods (the noun, not the nationality, decides).
    'Russia banned American adoptions of Russian children.',
    'Iran banned Turkish soap operas on state television.',
    'Singapore banned German shepherd dogs from public housing estates.',
    'Britain moved to ban Japanese financial institutions from London.',
  ])('issue-12: "%s" is no embargo', (text) => {
    expect(banning(text).filter(([event]) => event === 'SANCTION')).toEqual([]);
  });
});
