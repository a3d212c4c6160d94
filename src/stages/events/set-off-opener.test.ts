import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';

// Sentences through the real pipeline: the parser misreads a name set off by commas before its verb in more than one
// way (the name as the appositive's subject, as a vocative, as a participle's subject), and the rule must survive each.
const pipeline = defaultPipeline({ layers: ['events'] });
const coded = (text: string) => (pipeline.run(makeDoc({ text, meta: { date: '1987-04-08' } })).layers.events?.events ?? [])
  .filter((e) => !e.negated)
  .map((e) => `${e.event} ${e.actors.map((a) => a.code).join('+')} -> ${e.recipients.map((r) => r.code).join('+')}`);

// #12 (session 53, no-actor): "X, <appositive or participial phrase>, <verb>" opens many wire sentences, and the parser
// often leaves the verb without X as its subject, so the act was turned down for having no actor.
describe('a name opening the sentence, set off by commas before its verb, is the verb\'s doer', () => {
  it.each([
    // the name read as the subject of the appositive noun
    ['Saudi Arabia, the world\'s biggest oil exporter, has asked all oil-producing countries to help stabilise oil prices.', 'REQUEST SAU'],
    // the name read as the subject of the participle
    ['The U.S. Government, trying to stem protectionist pressure at home, has called on South Korea to open more markets.', 'REQUEST USA'],
    // the name read as a vocative, the appositive as the subject
    ['Mexico, the second largest debtor, has asked its creditor banks for new loans.', 'REQUEST MEX'],
    // a relative clause set off: the name read as the subject of the relative clause's verb
    ['Italy, which refused to join the Paris pact, has asked the banks for new loans.', 'REQUEST ITA'],
  ])('"%s"', (text, event) => {
    expect(coded(text).some((e) => e.startsWith(event))).toBe(true);
  });
});
