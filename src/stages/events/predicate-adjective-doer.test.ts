import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';

// Made-up sentences through the real pipeline: the parser's attachments are what the rule must survive.
const pipeline = defaultPipeline({ layers: ['events'] });
const coded = (text: string) => (pipeline.run(makeDoc({ text, meta: { date: '2023-03-03' } })).layers.events?.events ?? [])
  .filter((e) => !e.negated)
  .map((e) => `${e.event} ${e.actors.map((a) => a.code).join('+')} -> ${e.recipients.map((r) => r.code).join('+')}`);

describe('a feeling or judgement adjective whose phrase names an act done "by" a party is about that party (#12 participants)', () => {
  it.each([
    ['The Japanese Embassy said it was deeply disappointed by the tariffs announced by President Reagan.', 'ACCUSE JPN -> USA'],
    ['Germany said it was satisfied with the measures taken by the French government.', 'SUPPORT DEU -> FRA'],
  ])('"%s": the participle\'s "by" agent owns the act', (text, event) => {
    expect(coded(text)).toContain(event);
  });

  it('an act whose participle names no actor still names no one ("disappointed by the tariffs announced yesterday")', () => {
    expect(coded('The Japanese Embassy said it was deeply disappointed by the tariffs announced yesterday.').filter((e) => e.startsWith('ACCUSE'))).toEqual([]);
  });
});
