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

describe('"rule out" rejects', () => {
  it.each([
    ['The British government has ruled out amending the present law.'],
    ['South Korea has ruled out a major revaluation of the won.'],
    ['Last week Nakasone ruled out Japanese military or financial help to patrol the waters of the Gulf.'],
  ])('"%s" codes an asserted REJECT', (text) => {
    expect(coded(text)).toContain('REJECT asserted');
  });

  it('codes no asserted REJECT when it is not ruled out: "the official refused to rule out Japanese retaliation"', () => {
    expect(coded('The Foreign Ministry official refused to rule out Japanese retaliation.')).not.toContain('REJECT asserted');
  });
});
