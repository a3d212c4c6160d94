import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

// verbs.txt block REJECT: "rule out" is a refusal of what it takes (CAMEO files +RULE_OUT in REFUSE with no code
// of its own, so "ruled out amending the law" coded nothing: 5 required REJECT items of the training gold had no
// trigger). Real parses, the rules' events before the filter.
const lexicon = loadLexicon();
const pipeline = defaultPipeline({ layers: ['events'] });
const coded = (text: string) => codeEvents(pipeline.run(makeDoc({ text, meta: { date: '2024-03-03' } })) as Parameters<typeof codeEvents>[0], lexicon).events
  .map((e) => `${e.event} ${e.negated ? 'negated' : 'asserted'}`);
const byTrigger = (text: string) => {
  const doc = pipeline.run(makeDoc({ text, meta: { date: '2024-03-03' } })) as Parameters<typeof codeEvents>[0];
  return codeEvents(doc, lexicon).events.map((e) => `${text.slice(e.trigger.start, e.trigger.end)} ${e.event} ${e.negated ? 'negated' : 'asserted'}`);
};

describe('"rule out" rejects', () => {
  it.each([
    ['The British government has ruled out amending the present law.'],
    ['South Korea has ruled out a major revaluation of the won.'],
    ['Last week Nakasone ruled out Japanese military or financial help to patrol the waters of the Gulf.'],
  ])('"%s" codes an asserted REJECT', (text) => {
    expect(coded(text)).toContain('REJECT asserted');
  });

  // Session 52 review a, findings 10 and 11: REJECT's declined-to-say patterns ("* STATE", "* NAME") no longer
  // take "rule out"'s objects; refusing or declining to rule out rejects nothing, with a coded actor.
  it.each([
    ['Netanyahu ruled out a Palestinian state.'],
    ['Japan ruled out military help to the United States.'],
    ['Biden ruled out naming a new envoy to Moscow.'],
  ])('"%s" codes an asserted REJECT on "ruled out"', (text) => {
    expect(byTrigger(text).filter((e) => e.startsWith('ruled'))).toEqual(['ruled out REJECT asserted']);
  });

  it.each([
    ['The Japanese foreign minister refused to rule out retaliation.'],
    ['Putin declined to rule out a nuclear strike.'],
  ])('"%s" codes no REJECT: the option is kept open', (text) => {
    expect(byTrigger(text).filter((e) => e.includes('REJECT'))).toEqual([]);
  });
});
