import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';

// A verb's thing-object sense (data/senses.tsv) reads a common-noun object as a thing: "meet its targets", "released
// its forecast". People are no thing: "met senior commercial bankers" is a meeting, as "met the minister" is (#12,
// "turned down, other type: events/pattern-no-event", training wire gold, Brazil's debt talks). Sentences after the
// training gold and made-up ones, through the real pipeline up to the layers events read.

/** The events coded from `trigger`, as "EVENT actor->recipient". */
const coded = (text: string, trigger: string): string[] => codedAt(text, trigger, '2022-09-20');

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
