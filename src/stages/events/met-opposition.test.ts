import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

// #12, type flips CONSULT/REQUEST → REJECT: "met opposition from X" is no meeting. The subject's proposal met
// X's refusal (the training gold codes X REJECT (or ACCUSE, for disapproval) the subject), so the objection noun
// gives the type (verbs.txt MEET) and the "from" phrase the doer (received-acts.ts). Real parses, the rules'
// events before the filter.
const lexicon = loadLexicon();
const pipeline = defaultPipeline({ layers: ['events'] });
const coded = (text: string) => codeEvents(pipeline.run(makeDoc({ text, meta: { date: '1987-03-03' } })) as Parameters<typeof codeEvents>[0], lexicon).events
  .map((e) => `${text.slice(e.trigger.start, e.trigger.end)} ${e.event} ${e.actors.map((a) => a.code).join('+')} -> ${e.recipients.map((r) => r.code).join('+')}`);

describe('an objection met is the objector\'s act', () => {
  it.each([
    ['Japan met strong opposition from the United States to its proposal.', 'met REJECT USA -> JPN'],
    ['Brazil met with objections from France.', 'met with REJECT FRA -> BRA'],
    ['The Japanese government met resistance from the United States.', 'met REJECT USA -> JPN'],
    ['France\'s plan met with disapproval from Germany.', 'met with ACCUSE DEU -> FRA'],
  ])('"%s" codes %s', (text, event) => {
    expect(coded(text)).toContain(event);
  });

  it.each([
    ['The measure met widespread disapproval.'],
    ['Japan met opposition.'],
  ])('"%s" names no objector, so codes no meeting and no objection by the subject', (text) => {
    expect(coded(text)).toEqual([]);
  });

  // Training readouts: "opposition" modifying the person met is no objection met.
  it.each([
    ['Japan met France in Paris.', 'met'],
    ['National Security Advisor Jake Sullivan met yesterday with democratic opposition leader Svyatlana Tsikhanouskaya of Belarus.', 'met'],
  ])('"%s" still codes a meeting', (text, trigger) => {
    expect(coded(text).some((e) => e.startsWith(`${trigger} CONSULT`))).toBe(true);
  });
});
