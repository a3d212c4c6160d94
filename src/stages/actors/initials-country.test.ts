import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';

// A country's initials ("U.K.", "UK") are listed as an adjective ("UK officials"), and a bare adjective before any
// word was dropped as a modifier, so "The U.K. rejected the plan" had no actor (session 60, ev-acronym (b)). Through
// the real tagger and parser: initials standing alone are the country; before a noun, a name or a hyphen they modify it.
const pipeline = defaultPipeline({ layers: ['actors'] });
const mentions = (text: string) =>
  (pipeline.run(makeDoc({ text, meta: { date: '2023-05-01' } })).layers.actors ?? [])
    .map((m) => `${text.slice(m.start, m.end)}=${m.code ?? ''}${m.sector ?? ''}`);

describe('a country\'s initials standing alone', () => {
  it.each([
    ['The U.K. rejected the plan.', 'rejected', 'REJECT GBR->'],
    ['The UK has welcomed the decision by India and Pakistan.', 'welcomed', 'SUPPORT GBR->IND+PAK'],
    ['Kenya condemned the UK on Monday.', 'condemned', 'ACCUSE KEN->GBR'],
  ])('are the country: %s', (text, trigger, expected) => {
    expect(codedAt(text, trigger, '2023-05-01')).toContain(expected);
  });

  it.each([
    ['UK officials met the Indian delegation on Monday.', 'UK=GBR'],
    ['The UK-based charity Oxfam criticised the decision.', 'UK=GBR'],
    ['Nissan\'s U.K. Produced cars sold well.', 'U.K.=GBR'],
    ['The U.S., UK and European partners are enhancing their engagement.', 'UK=GBR'],
  ])('modify the word after them: %s', (text, absent) => {
    expect(mentions(text)).not.toContain(absent);
  });

  it.each([
    ['Police across the UK arrested 20 people.', 'arrested', 'COERCE GBR->'],
  ])('after a locative preposition are a place, as the name is: %s', (text, trigger, absent) => {
    expect(codedAt(text, trigger, '2023-05-01')).not.toContain(absent);
  });
});
