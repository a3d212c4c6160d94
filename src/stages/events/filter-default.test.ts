import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../core/pipeline.js';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline, defaultStages } from '../../pipeline.js';
import { events } from './index.js';

// Two scored acts of the kind the rules code every day: the filter judges each of them.
const text = 'Russian President Vladimir Putin held talks with French President Emmanuel Macron in Moscow on Friday. '
  + 'The two leaders agreed to resume cooperation on energy.';
const judged = (reasons: readonly { rule: string }[]) => reasons.some((r) => r.rule === 'events/filter-kept' || r.rule === 'events/filter');

describe('the events stage and the learned filter', () => {
  it('judges every scored event by default: kept with its score, or turned down as events/filter', () => {
    const layer = defaultPipeline().run(makeDoc({ text })).layers.events;
    expect(layer?.events.length).toBeGreaterThan(0);
    for (const e of layer?.events ?? []) expect(judged(e.reasons), e.why).toBe(true);
  });

  it('leaves the rules output unjudged with filter: false', () => {
    const stages = defaultStages().map((s) => (s.name === 'events' ? events({ filter: false }) : s));
    const layer = createPipeline(stages).run(makeDoc({ text })).layers.events;
    expect(layer?.events.length).toBeGreaterThan(0);
    for (const e of layer?.events ?? []) expect(judged(e.reasons), e.why).toBe(false);
    expect(layer?.rejected.some((r) => r.ruleId === 'events/filter')).toBe(false);
  });
});
