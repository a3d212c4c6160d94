import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';

// Made-up sentences through the real pipeline: the parser's attachments are what the rule must survive.
const pipeline = defaultPipeline({ layers: ['events'] });
const events = (text: string) => pipeline.run(makeDoc({ text, meta: { date: '2023-03-03' } })).layers.events?.events ?? [];
const coded = (text: string) => events(text)
  .map((e) => `${e.event} ${e.cameo} ${e.actors.map((a) => a.code).join('+')} -> ${e.recipients.map((r) => r.code).join('+')}`);

// #12 (session 53): a past participle describing a noun ("the sanctions imposed by the US on Japan") acts on that noun,
// as "imposed sanctions" does: the noun is its object for the verb's patterns, its doer the "by" phrase, its recipient
// the "on"/"to"/"against" phrase. Before, the participle fitted only its bare verb code (COERCE 170, AGREE 030).
describe('the noun a reduced relative describes is the participle\'s object', () => {
  it.each([
    ['Tokyo rejected the sanctions imposed on Japan by the United States.', 'SANCTION 163 USA -> JPN'],
    ['The embargo imposed by the United Nations on Iraq was lifted.', 'SANCTION 163 IGO -> IRQ'],
    ['The plant was saved by a 220 mln dlr loan offered by Ottawa.', 'AGREE 0331 CAN -> '],
    // Review c #4, #5: the parser hangs the participle's own "to"/"on" phrase on its "by" agent, a noun too.
    ['The weapons supplied by Iran to Hezbollah were seized.', 'AID 072 IRN -> LBN'],
    ['The sanctions lifted by the United States on Cuba were reimposed.', 'RETREAT 085 USA -> CUB'],
    ['The sanctions imposed by the United States on Cuba were lifted.', 'SANCTION 163 USA -> CUB'],
  ])('"%s"', (text, event) => {
    expect(coded(text)).toContain(event);
  });

  it.each([
    'The delegation led by Foreign Minister Lavrov arrived in Ankara.',
    'The committee headed by Senator Smith met on Tuesday.',
  ])('a participle of leading codes no event on the noun it describes: "%s"', (text) => {
    expect(events(text).map((e) => text.slice(e.trigger.start, e.trigger.end))).not.toContain(text.includes('led') ? 'led' : 'headed');
  });

  // Review c #3 (session 53): a sentence whose root is the noun, its verb parsed as a participle on it ("Tensions
  // escalated between …"), tells of the noun as subject, as triggers.ts reads an outbreak: nothing acts on the noun.
  it.each([
    'Tensions escalated between China and Taiwan.',
  ])('a verb parsed as a participle on the sentence\'s root noun does not act on it: "%s"', (text) => {
    expect(coded(text)).toEqual([]);
  });
});
