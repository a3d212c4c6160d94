import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';

// "UK" and "U.K." are GBR's name and its adjective: read as the adjective, "The UK has welcomed" made no mention, as
// a modifier would ("further UK support"). As a verb's subject it is the country (session 52, ev-holders; training
// gold bbc-politics-139 "The UK has welcomed", bbc-politics-383 "said the UK should not ignore"). Real parses.
const pipeline = defaultPipeline({ layers: ['actors'] });
const mentions = (text: string) =>
  (pipeline.run(makeDoc({ text, meta: { date: '2005-03-01' } })).layers.actors ?? [])
    .map((m) => `${text.slice(m.start, m.end)}=${m.code ?? ''}${m.sector ?? ''}`);

describe('an abbreviated country name as a subject', () => {
  it.each([
    ['The UK has welcomed the plan.', 'The UK=GBR'],
    ['The U.K. has welcomed the plan.', 'The U.K.=GBR'],
    ['Sir Menzies Campbell said the UK should not ignore the warnings.', 'the UK=GBR'],
  ])('is the country: %s', (text, expected) => {
    expect(mentions(text)).toContain(expected);
  });

  it.each([
    ['Ministers promised further UK support for the talks.', 'UK'],
    ['UK troops left Basra on Monday.', 'UK troops'],
    // A capitalised wire text: "Produced" is tagged a verb, but a verb after its subject is lower case.
    ["Nissan has reached agreement to boost the local content in Nissan's U.K. Produced cars to 60 pct.", 'U.K.'],
  ])('stays a modifier before a noun: %s', (text, words) => {
    expect(mentions(text).filter((m) => m.startsWith(`${words}=`) && m !== `${words}=GBRMIL`)).toEqual([]);
  });
});
