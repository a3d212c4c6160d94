import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';

// Made-up readout sentences through the real pipeline: the parser hangs the rest of a long list on the verb.
const pipeline = defaultPipeline({ layers: ['events'] });
const LEAD = 'President Joseph R. Biden, Jr. spoke today with President Volodymyr Zelenskyy of Ukraine. ';
const recipientsOf = (sentence: string) => {
  const doc = pipeline.run(makeDoc({ text: LEAD + sentence, meta: { date: '2022-12-11' } }));
  return (doc.layers.events?.events ?? []).filter((e) => e.sent === 1 && e.event !== 'CONSULT').map((e) => e.recipients.map((r) => r.code));
};

describe("a pledge's own infinitive names whom it is for before a later phrase of the verb (#12, session 49)", () => {
  it('"commitment to continue providing Ukraine with …, holding Russia accountable": Ukraine, not Russia', () => {
    const found = recipientsOf('He reaffirmed the U.S. commitment to continue providing Ukraine with security, economic, and humanitarian assistance, holding Russia accountable for its war crimes and atrocities, and imposing costs on Russia for its aggression.');
    expect(found).toEqual([['UKR']]);
  });
});
