import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { codeEvents, type EventInput } from './code-events.js';
import { loadLexicon } from './lexicon.js';

// A verb's thing-object sense (data/senses.tsv) reads a common-noun object as a thing: "meet its targets", "released
// its forecast". People are no thing: "met senior commercial bankers" is a meeting, as "met the minister" is (#12,
// "turned down, other type: events/pattern-no-event", training wire gold, Brazil's debt talks). Sentences after the
// training gold and made-up ones, through the real pipeline up to the layers events read.
const lexicon = loadLexicon();
const pipeline = defaultPipeline({ layers: ['actors', 'discourse', 'quotes'] });

/** The events coded from `trigger`, as "EVENT actor->recipient". */
const coded = (text: string, trigger: string): string[] => {
  const doc = pipeline.run(makeDoc({ text, meta: { date: '2022-09-20' } }));
  return codeEvents(doc as EventInput, lexicon).events
    .filter((e) => doc.text.slice(e.trigger.start, e.trigger.end) === trigger)
    .map((e) => `${e.event} ${e.actors.map((a) => a.code).join('+')}->${e.recipients.map((r) => r.code).join('+')}`);
};

describe('an object of people is no thing', () => {
  it.each([
    ["Brazil's new central bank governor Francisco Gros met senior commercial bankers here on Wednesday.", 'met'],
    ['Brazilian Central Banker Francisco Gros met bankers last night to begin talks.', 'met'],
    ['The Mexican finance minister met foreign creditors here on Monday.', 'met'],
  ])('codes a consultation for "%s"', (text, trigger) => {
    const events = coded(text, trigger);
    expect(events.length).toBe(1);
    expect(events[0]).toMatch(/^CONSULT /);
  });

  it.each([
    ['The government can meet its budget deficit reduction targets.', 'meet'],
    ['Japan released its forecast on Monday.', 'released'],
  ])('still codes nothing for a thing: "%s"', (text, trigger) => {
    expect(coded(text, trigger)).toEqual([]);
  });
});
