import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { parseItVerbs } from './it-subject.js';

// A subject "it" inside its sentence, with no actor named before it there, continues the coded body or state that
// was the subject of the sentence before (`it-subject.ts`; training gold reuters-8077/8202: "The United States …
// But it has asked Congress …"; reuters-12013 "In December 1985, it signed …").
describe('"it" as a subject after a body named as the subject before', () => {
  it.each([
    ['The World Bank met Kenyan officials on Monday. But it has asked Congress to give it more money.', 'asked', 'REQUEST IGO->USA'],
    ['The World Bank met Kenyan officials on Monday. In December, it signed a deal with Ecuador.', 'signed', 'AGREE IGO->ECU'],
    // Rv-d #1/#7 of session 58: a verb that names no one only in its impersonal frame ("it follows that", "it takes
    // two years") keeps a doer "it" in its doing sense.
    ['The European Union criticised Kenya on Monday. But it is taking steps and has sanctioned Nairobi.', 'sanctioned', 'SANCTION IGO->KEN'],
    ["The European Union criticised Kenya on Monday. In March it will follow Washington and expel Kenya's ambassador.", 'expel', 'THREATEN IGO->KEN'],
    ['The European Union criticised Kenya on Monday. On Tuesday it remained in talks with Nairobi.', 'talks', 'CONSULT IGO+KEN->'],
  ])('%s', (text, trigger, expected) => {
    expect(codedAt(text, trigger, '1987-03-01')).toContain(expected);
  });

  it.each([
    // A person is never "it"; an expletive "it" names no one; a passive "it" is no doer.
    ['Chancellor Kohl visited Paris on Monday. But it has asked Congress to give it more money.', 'asked'],
    ['The World Bank approved a loan to Kenya on Monday. But it is important to ask Congress for money.', 'ask'],
    ['The World Bank approved a loan to Kenya on Monday. But it seems to have asked Congress for money.', 'asked'],
    // Review a #8: a singular thing the subject acted on ("a missile", "a plan") is as near an "it" as the subject.
    ['Iran unveiled a new ballistic missile on Monday. During the test, it struck a target 1,000 km away.', 'struck'],
    ['The United States proposed a ceasefire plan on Monday. If accepted, it would end the fighting in Gaza.', 'end'],
  ])('leaves no doer: %s', (text, trigger) => {
    expect(codedAt(text, trigger, '1987-03-01').filter((e) => !/^\S+ ->/.test(e))).toEqual([]);
  });
});

describe('"it" after a thing named as a subject in its own sentence', () => {
  it('is the thing, not the body before: "Bravery … as it guarantees"', () => {
    const text = 'Ukraine defended Kyiv on Monday. Bravery is the first of human qualities as it guarantees all others.';
    expect(codedAt(text, 'guarantees', '2022-04-01')).toEqual([]);
  });

  it('takes a capital as its government: "Washington has threatened … But it has asked"', () => {
    const text = 'Washington has threatened to scuttle the capital replenishment for the bank. But it has asked Congress to give it authority to finance its share.';
    expect(codedAt(text, 'asked', '1987-04-01')).toContain('REQUEST USA->USA');
  });
});

describe('data/it-verbs.tsv', () => {
  it('refuses a malformed row, naming the line (E170)', () => {
    expect(() => parseItVerbs('full\tseems\n', 'x.tsv')).toThrow(/^E170: .*line 1.*expected/);
    expect(() => parseItVerbs('empty\tseems\nempty\tseems\n', 'x.tsv')).toThrow(/^E170: .*line 2.*listed twice/);
    expect(() => parseItVerbs('empty\tseem\nframed\tseem\n', 'x.tsv')).toThrow(/^E170: .*line 2.*both/);
  });
});

// Rv-a #7 of session 57: the verbs are lemmas, so every form of one names no one ("it may happen", "it is
// taking"), not only the forms once listed; read through the discourse layer of the real tagger and parser.
describe('"it" of an empty verb in the discourse layer', () => {
  const pipeline = defaultPipeline({ layers: ['discourse'] });
  const itMentions = (text: string) => (pipeline.run(makeDoc({ text, meta: { date: '1987-03-01' } })).layers.discourse?.mentions ?? [])
    .filter((m) => text.slice(m.start, m.end).toLowerCase() === 'it');

  it('reads the body before into a doer "it"', () => {
    const text = 'The World Bank met Kenyan officials on Monday. But it has asked Congress for more money.';
    expect(itMentions(text).map((m) => m.code)).toEqual(['IGO']);
  });

  // Rv-d #1/#7: the doing sense of a verb that names no one only in its impersonal frame (the events stage codes no
  // "punish" nor an "appeared to threaten", so the layer is read here).
  it.each([
    'The World Bank met Kenyan officials on Monday. But it is looking to punish Nairobi.',
    'The World Bank met Kenyan officials on Monday. In March it means to punish Nairobi.',
    'The World Bank met Kenyan officials on Monday. On Tuesday it appeared to threaten Nairobi.',
  ])('reads the body before into the "it" of a framed verb in its doing sense: %s', (text) => {
    expect(itMentions(text).map((m) => m.code)).toEqual(['IGO']);
  });

  it.each([
    'The World Bank met Kenyan officials on Monday. But it may happen that Congress refuses the money.',
    'The World Bank met Kenyan officials on Monday. But it is taking two years to build the dam.',
    'The World Bank met Kenyan officials on Monday. But it will emerge that Congress refused the money.',
    // Rv-d #1: the impersonal frame of a verb that also has a doing sense: a clause after it, or a time it takes.
    'The World Bank met Kenyan officials on Monday. But it remains unclear whether Congress will pay.',
    'The World Bank met Kenyan officials on Monday. But it looks as if Congress will refuse.',
    'The World Bank met Kenyan officials on Monday. But it appears that Congress will pay.',
    'The World Bank met Kenyan officials on Monday. But it will take months to punish Nairobi.',
  ])('reads no one into the "it" of any form of an empty verb: %s', (text) => {
    expect(itMentions(text)).toEqual([]);
  });
});
