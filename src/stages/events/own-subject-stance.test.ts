import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { codeEvents, type EventInput } from './code-events.js';
import type { RescueCandidate } from './event-rescue.js';
import { loadLexicon } from './lexicon.js';

// Made-up sentences through the real pipeline up to the layers events read: the parser's attachments are what the
// statement-content step must survive. Readings are collected (no model), so the test says which recipient each
// reading names, not whether a model keeps it.
const lexicon = loadLexicon();
const pipeline = defaultPipeline({ layers: ['actors', 'discourse', 'quotes'] });
const recipients = (text: string): string[] => {
  const collect: RescueCandidate[] = [];
  codeEvents(pipeline.run(makeDoc({ text, meta: { date: '1987-04-03' } })) as EventInput, lexicon, { collect });
  const said = collect.filter((c) => c.rule === 'events/statement');
  return [...new Set(said.flatMap((c) => c.events.flatMap((e) => e.recipients.map((r) => r.code ?? '?'))))];
};

describe('statement contents whose subject is the speakers\' own side (#12, statement-only misses with no recipient)', () => {
  it.each([
    ['The Canadian government said Ottawa would continue to apply a duty on U.S. corn imports.', ['USA']],
    ['Ecuadorean President Leon Febres Cordero said Ecuador was suspending payments to Brazil.', ['BRA']],
    // "We are concerned with the Bank's preoccupation" is now a direct ACCUSE of the Bank (concerned-predicate.test.ts,
    // as the training gold reuters-17371 codes it), so no statement reading is left; "uneasy" has no row of its own.
    ['India\'s delegate said: "We are uneasy with the World Bank\'s preoccupation with dialogue."', ['IGO']],
  ])('"%s": the other side the content names is the recipient', (text, expected) => {
    expect(recipients(text)).toEqual(expected);
  });

  // One case per way the guard gives none (review of ev-recip, finding 3).
  it.each([
    // An own subject and no other side: a place after a locative ("in Sudan") is no actor, so nothing is named.
    ['The Canadian government said Ottawa would continue to apply the duty.'],
    ['Britain said Britain was concerned about the fighting in Sudan.'],
  ])('"%s": no reading when the subject is the speakers\' own side and the content names no other side', (text) => {
    expect(recipients(text)).toEqual([]);
  });

  it('"Britain said they were wasteful for France.": no reading when the subject is a pronoun no one was found for', () => {
    expect(recipients('Britain said they were wasteful for France.')).toEqual([]);
  });

  it('"Britain said Britain and France had been responsible for huge waste by Germany.": no reading when the subject mixes sides', () => {
    expect(recipients('Britain said Britain and France had been responsible for huge waste by Germany.')).toEqual([]);
  });
});

describe('a side named only as the standard of a comparison is no recipient (review of ev-recip, finding 1)', () => {
  it.each([
    ['France said its economy grew faster than Germany\'s last year.'],
    ['Japan said its growth would outpace China\'s this year.'],
    ['Japan said its exports would exceed those of China.'],
  ])('"%s": no reading', (text) => {
    expect(recipients(text)).toEqual([]);
  });

  it('keeps a side after "like" meaning "such as": one of the sides meant, not a standard', () => {
    expect(recipients('Argentina said the debt was a heavy burden for countries like Brazil.')).toEqual(['BRA']);
  });
});
