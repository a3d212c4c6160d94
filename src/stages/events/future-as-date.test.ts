import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';

const pipeline = defaultPipeline({ layers: ['events'] });

/** The coded events of `text` as "EVENT date future", with whether a reason names the planned date. */
function dated(text: string, date: string): string[] {
  const doc = pipeline.run(makeDoc({ text, meta: { date } }));
  return (doc.layers.events?.events ?? []).map((e) => `${e.event} ${e.date} ${e.future}${e.reasons.some((r) => r.rule === 'events/planned-date') ? ' planned' : ''}`);
}

// Review rv-d: a future act recoded as its announcement (events/future-as) is the statement of the plan, made when the
// article is filed; the later day named is the plan's and stays in a reason, not the event's date.
describe('future-as: an announced act is dated by the statement', () => {
  it.each([
    ['The German chancellor Olaf Scholz will visit Kyiv on October 12.', '2024-09-26'],
    ['Japan will send a trade delegation to Brazil on November 3.', '2024-10-01'],
  ])('%s', (text, date) => {
    expect(dated(text, date)).toContain(`AGREE ${date} false planned`);
  });
});
