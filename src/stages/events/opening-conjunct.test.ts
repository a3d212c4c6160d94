import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

// Made-up sentences through the real pipeline, whose parser makes "A" the root and "and B verb…" its conjunct;
// the rules' events before the learned filter (whose verdict is not theirs).
const lexicon = loadLexicon();
const pipeline = defaultPipeline({ layers: ['events'] });
const coded = (text: string) => codeEvents(pipeline.run(makeDoc({ text, meta: { date: '1987-03-02' } })) as Parameters<typeof codeEvents>[0], lexicon).events
  .map((e) => `${e.event} ${e.actors.map((a) => a.code).sort().join('+')}>${e.recipients.map((r) => r.code).sort().join('+')}`);

describe('a subject split at its "and" (opening-conjunct.ts, #12)', () => {
  it.each([
    ['Philippine officials and a 12-bank committee have been meeting for the past four weeks in New York.', 'CONSULT MNC+PHL>'],
    ['Japanese officials and a 10-bank committee have been meeting for two weeks in Tokyo.', 'CONSULT JPN+MNC>'],
    ['Greek officials and a Turkish delegation have been meeting for two days in Geneva.', 'CONSULT GRC+TUR>'],
    ['Venezuelan officials and an 11-bank committee have been negotiating for the past month in New York.', 'CONSULT MNC+VEN>'],
  ])('"%s": the first conjunct is a party of the act too', (text, expected) => {
    expect(coded(text)).toContain(expected);
  });

  it.each([
    ['Brazilian and U.S. trade officials held a three-day meeting today in Brasilia to discuss the issue.', 'CONSULT BRA+USA>'],
    ['Mexican and U.S. trade officials held a two-day meeting today in Mexico City to discuss the issue.', 'CONSULT MEX+USA>'],
    ['Canadian and U.S. officials held talks today in Ottawa on the lumber dispute.', 'CONSULT CAN+USA>'],
  ])('"%s": an opening nationality is a party of the subject\'s kind', (text, expected) => {
    expect(coded(text)).toContain(expected);
  });

  it.each([
    ['Israeli Foreign Minister Shimon Peres met Egyptian and Soviet officials in Geneva.', 'CONSULT EGY+ISR+SUN>'],
    ['Israeli Foreign Minister Shimon Peres met Palestinian and Soviet officials in Geneva.', 'CONSULT ISR+PSE+SUN>'],
    ['The Japanese minister met Chinese and Soviet officials in Moscow.', 'CONSULT CHN+JPN+SUN>'],
  ])('"%s": an object\'s first nationality read as the verb\'s complement is a party too', (text, expected) => {
    expect(coded(text)).toContain(expected);
  });

  it('leaves a subject the parser coordinated itself as it was', () => {
    expect(coded('Brazilian officials and a group of creditor banks have been negotiating for three weeks in New York.')).toContain('CONSULT BRA+MNC>');
  });
});
