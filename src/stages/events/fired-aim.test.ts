import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

// Made-up sentences through the real pipeline, before the learned filter (whose verdict is not the rules').
const pipeline = defaultPipeline({ layers: ['events'] });
const lexicon = loadLexicon();
const coded = (text: string) => codeEvents(pipeline.run(makeDoc({ text, meta: { date: '2023-03-03' } })) as Parameters<typeof codeEvents>[0], lexicon).events
  .map((e) => `${e.event} ${e.actors.map((a) => a.code).join('+')}>${e.recipients.map((r) => r.code).join('+')}`);

describe('"took aim at": fire, not criticism, from forces or at a site (session 47 review of ev-idioms, finding 3)', () => {
  it.each([
    'Israeli jets took aim at Hezbollah targets in southern Lebanon.',
    'Ukrainian forces took aim at Russian positions near Bakhmut.',
    'The rebels took aim at government positions outside the city.',
  ])('codes no accusation: %s', (text) => {
    expect(coded(text).some((e) => e.startsWith('ACCUSE'))).toBe(false);
  });

  it.each([
    ['The Chinese government took aim at Washington over its trade policy.', 'ACCUSE CHN>'],
    ['Turkey took aim at Greece on Tuesday.', 'ACCUSE TUR>'],
  ])('keeps the criticism of a political side (its "at" recipient is added later, accused-phrase.ts): %s', (text, expected) => {
    expect(coded(text)).toContain(expected);
  });

  // Session 47 review final1, findings 1-2: two-sided site words, and a force criticising a government.
  it.each([
    ["Turkey took aim at the European Union's climate targets.", 'ACCUSE TUR>'],
    ["The senator took aim at the president's base in Ohio.", 'ACCUSE USA'],
    ["Germany took aim at the government's line on migration, criticising Italy.", 'ACCUSE DEU>'],
    ["Pakistan's army took aim at the prime minister over the budget cuts.", 'ACCUSE PAK'],
  ])('keeps the criticism of a political target or by a military critic: %s', (text, expected) => {
    expect(coded(text).some((e) => e.startsWith(expected))).toBe(true);
  });
});
