import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';

// Made-up sentences through the real pipeline: the parser hangs the medium's "in" phrase on the act's object.
const pipeline = defaultPipeline({ layers: ['events'] });
const recipientsOf = (text: string) => (pipeline.run(makeDoc({ text, meta: { date: '2023-03-03' } })).layers.events?.events ?? [])
  .map((e) => `${e.event} ${e.recipients.map((r) => [r.code, r.sector].filter(Boolean).join(' ')).join('+')}`);

describe('the medium a statement is made in names no recipient (session 47 review)', () => {
  it.each([
    ["Iran's foreign minister criticised the plan in a Lebanese newspaper interview.", 'ACCUSE '],
    ['The Iranian foreign minister rejected the proposal in an Israeli newspaper interview.', 'REJECT '],
    ['China criticised the deal in a Japanese newspaper interview on Monday.', 'ACCUSE '],
    ['The Iranian president condemned the decision in a French television interview.', 'ACCUSE '],
  ])('"%s": the nationality of the interview, newspaper or broadcast is no side', (text, expected) => {
    expect(recipientsOf(text)).toEqual([expected]);
  });

  it.each([
    ['Russia criticised recent rises in Japanese interest rates.', 'ACCUSE JPN'],
    ['Russia criticised the role of Turkish forces in Syria.', 'ACCUSE TUR MIL'],
    ['Iran condemned the decision in a statement to the Iraqi parliament.', 'ACCUSE IRQ LEG'],
    // A medium reached by "of" or a possessive is what is criticised, not where (review of ev-idioms, finding 4).
    ['China criticised the contents of a Japanese television broadcast.', 'ACCUSE JPN'],
  ])('"%s": what the act is about, and the audience a statement is made to, stay', (text, expected) => {
    expect(recipientsOf(text)).toContain(expected);
  });
});
