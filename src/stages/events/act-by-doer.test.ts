import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';

// Made-up sentences through the real pipeline: the parser's attachments are what the rule must survive.
const pipeline = defaultPipeline({ layers: ['events'] });
const coded = (text: string) => (pipeline.run(makeDoc({ text, meta: { date: '2023-03-03' } })).layers.events?.events ?? [])
  .filter((e) => !e.negated)
  .map((e) => `${e.event} ${e.actors.map((a) => a.code).join('+')} -> ${e.recipients.map((r) => r.code).join('+')}`);

// #12 (session 52): an act noun's own "by" phrase names its doer, as a participle's does ("the invasion of Cyprus by
// Greece", "the use of water cannon by police"); a judgement of the act is addressed to that doer, not to whom the act
// was done or whom its phrases name.
describe('a judged act noun\'s own "by" phrase names whom the judgement is addressed to', () => {
  it.each([
    ['Turkey condemned the invasion of Cyprus by Greece.', 'ACCUSE TUR -> GRC'],
    ['Pakistan complained about the attacks by the United States in Waziristan.', 'ACCUSE PAK -> USA'],
  ])('"%s"', (text, event) => {
    expect(coded(text)).toContain(event);
  });

  it('a "by" phrase naming no actor names no party, nor does the act\'s victim ("the invasion of Cyprus by sea")', () => {
    // Since session 53 (judged-act.ts) the invaded is never the recipient of a judgement of the invasion.
    expect(coded('Turkey condemned the invasion of Cyprus by sea.')).toEqual(['ACCUSE TUR -> ']);
  });
});

// The training readout that the first version of the rule broke (whitehouse 2023-06-23): sympathy for a hostile act is
// for its victims, whoever the act's "by" phrase or participle names.
describe('condolences "for" a hostile act are not addressed to its doer', () => {
  it.each([
    'Sullivan extended sincere condolences to the Israeli people for the June 20 terrorist attack by Hamas that killed four Israeli civilians in the West Bank.',
    'Sullivan extended sincere condolences to the Israeli people for the terrorist attack carried out by Hamas.',
  ])('"%s"', (text) => {
    const support = coded(text).filter((e) => e.startsWith('SUPPORT'));
    expect(support).toContain('SUPPORT USA -> ISR');
  });
});

// Review b of session 52, #1: the class is matched by lemma too ("killings", "bombings"), and a doer found deeper in the
// object is passed over as well as one named by the act's own "by" phrase.
describe('sympathy "for" hostile acts named in the plural is not addressed to their doer', () => {
  it.each([
    ['Obama expressed sympathy for the killings by al-Shabaab.', 'SOM'],
    ['Obama offered condolences for the bombings by Islamic State.', 'IMG'],
  ])('"%s"', (text, doer) => {
    const support = coded(text).filter((e) => e.startsWith('SUPPORT'));
    expect(support.some((e) => e.includes(`-> ${doer}`))).toBe(false);
  });
});
