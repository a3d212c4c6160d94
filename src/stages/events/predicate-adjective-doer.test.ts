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

// Review c of session 51: the participle's "by" doer is shared by roles.ts and predicate-adjectives.ts (participle-doer.ts).
describe('a participle\'s "by" phrase names no doer of a judged act when it names a source, a publisher or the subject\'s side', () => {
  it.each([
    // #1: a participle of reporting (rule-words source-participle) names who told of the noun.
    ['France was disappointed by the figures reported by the United Nations.', 'ACCUSE'],
    // #2: a noun of reports or figures (rule-words report-noun) names no act of its publisher.
    ['Germany was disappointed by the statistics released by the European Commission.', 'ACCUSE'],
    // #3: a doer of the subject's own side leaves the judgement with no party.
    ['Japan was satisfied with the deal reached by Japanese negotiators with China.', 'SUPPORT'],
  ])('"%s": no %s addressed to the "by" agent, nor one with no recipient', (text, event) => {
    const judged = coded(text).filter((e) => e.startsWith(event));
    expect(judged.filter((e) => e.endsWith('-> ') || e.includes('-> EU') || e.includes('-> IGO'))).toEqual([]);
  });

  // #6: the verb's obl branch of roles.ts (recipientsOf) has its own case.
  it('a verb\'s phrase naming an act by a participle\'s "by" agent is addressed to that doer', () => {
    expect(coded('Pakistan complained about the drone strikes carried out by the United States in Waziristan.')).toContain('ACCUSE PAK -> USA');
  });
});
