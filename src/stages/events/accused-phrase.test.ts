import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';

// Made-up sentences through the real pipeline: the parser's attachments are what the rule must survive.
const pipeline = defaultPipeline({ layers: ['events'] });
const accusations = (text: string) => (pipeline.run(makeDoc({ text, meta: { date: '2023-03-03' } })).layers.events?.events ?? [])
  .filter((e) => e.event === 'ACCUSE')
  .map((e) => ({ recipients: e.recipients.map((r) => [r.code, r.sector].filter(Boolean).join(' ')), location: e.location?.name }));

describe('accusation idioms: the target phrase is the recipient, never the location (session 46 review)', () => {
  it.each([
    ['China pointed the finger at Washington on Tuesday over the trade dispute.', ['USA GOV']],
    ['China pointed the finger at the United States on Tuesday.', ['USA']],
    ['Iran pointed the finger at Britain and France over the sanctions.', ['GBR', 'FRA']],
  ])('"%s": the capital or country after "at" is the recipient', (text, recipients) => {
    const [event] = accusations(text);
    expect(event.recipients).toEqual(recipients);
    expect(event.location).toBeUndefined();
  });

  it.each([
    ['Ukraine laid the blame for the attack by Russian troops on the Hungarian government on Monday.', ['HUN GOV']],
    ['France laid the blame on Germany for the delay.', ['DEU']],
  ])('"%s": the blame\'s "on" phrase is the recipient wherever the parser hangs it, not the deed\'s "for" phrase', (text, recipients) => {
    expect(accusations(text)[0].recipients).toEqual(recipients);
  });

  it.each([
    ['Israel put the blame for the attack on Gaza on Hamas.', ['PSE REB']],
    ['Russia put the blame for the strike on Kharkiv on the Polish government.', ['POL GOV']],
    ['Syria laid the blame for the bombing on Damascus on Turkish forces.', ['TUR MIL']],
    ['Israel laid the blame on Hamas for the attack on Gaza.', ['PSE REB']],
  ])('"%s": of two "on" phrases under the deed, the first is the deed\'s own target, the other the blamed', (text, recipients) => {
    expect(accusations(text)[0].recipients).toEqual(recipients);
  });

  it.each([
    ['China hit out at Washington over its trade policy.', ['USA GOV']],
    ['Russia lashed out at the United States on Monday.', ['USA']],
    ['Iran hit out at Britain and France over the sanctions.', ['GBR', 'FRA']],
    ['The Chinese government took aim at Washington over its trade policy.', ['USA GOV']],
    ['Turkey took aim at Greece on Tuesday.', ['GRC']],
  ])('"%s": an idiom with no noun ("hit out at", "took aim at") accuses the "at" phrase, never locates it', (text, recipients) => {
    const [event] = accusations(text);
    expect(event.recipients).toEqual(recipients);
    expect(event.location).toBeUndefined();
  });

  it.each([
    ['China hit out at the plan at a meeting in Washington.', 'Washington'],
    ['Russia lashed out at the sanctions in Moscow on Monday.', 'Moscow'],
  ])('"%s": a place in another phrase stays the location', (text, location) => {
    const [event] = accusations(text);
    expect(event.recipients).toEqual([]);
    expect(event.location).toBe(location);
  });

  it.each([
    ['The minister took the blame for the defeat.'],
    ['China took part in the talks in Washington.'],
    ['The rebels hit the town on Monday.'],
  ])('"%s": "take" and "hit" without the idiom accuse no one', (text) => {
    expect(accusations(text)).toEqual([]);
  });

  it.each([
    ['China pointed the finger at itself on Tuesday.'],
    ['China laid the blame for the crisis on Monday.'],
  ])('"%s": names no recipient when the phrase names no other side', (text) => {
    expect(accusations(text)[0].recipients).toEqual([]);
  });

  it('leaves an ordinary accusation\'s "at" place its location ("criticised the plan at a meeting in Washington")', () => {
    const [event] = accusations('Russia criticised the plan at a meeting in Washington.');
    expect(event.recipients).toEqual([]);
    expect(event.location).toBe('Washington');
  });

  it('leaves a meeting\'s "at" phrase its venue ("met at the United Nations")', () => {
    const events = pipeline.run(makeDoc({ text: 'President Biden met President Macron at the United Nations on Tuesday.', meta: { date: '2023-03-03' } })).layers.events?.events ?? [];
    expect(events.map((e) => e.event)).toContain('CONSULT');
    expect(events.flatMap((e) => e.recipients.map((r) => r.code))).not.toContain('IGOUNO');
    expect(events.flatMap((e) => e.reasons.map((r) => r.rule))).not.toContain('events/accused-place');
  });
});
