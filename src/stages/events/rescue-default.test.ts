import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../core/pipeline.js';
import { makeDoc } from '../../core/document.js';
import { defaultStages } from '../../pipeline.js';
import { loadEventRescue } from './event-rescue.js';
import { events } from './index.js';

const text = 'Russian President Vladimir Putin held talks with French President Emmanuel Macron in Moscow on Friday. '
  + 'The two leaders agreed to resume cooperation on energy.';

describe('the events stage and the learned rescue', () => {
  it('ships a model that keeps something: a threshold below 1 and named weights', () => {
    const model = loadEventRescue();
    expect(model.threshold).toBeLessThan(1);
    expect(Object.keys(model.weights).some((f) => f.startsWith('turned:'))).toBe(true);
  });

  it('keeps no turned-down trigger with rescue: false; with it, every rescued event says so in its why', () => {
    const run = (rescue: boolean) => createPipeline(defaultStages().map((s) => (s.name === 'events' ? events({ rescue }) : s))).run(makeDoc({ text })).layers.events;
    const off = run(false);
    const on = run(true);
    expect(off?.events.some((e) => e.reasons.some((r) => r.rule === 'events/rescue'))).toBe(false);
    expect(on?.events.length).toBeGreaterThanOrEqual(off?.events.length ?? 0);
    for (const e of on?.events ?? []) if (e.reasons.some((r) => r.rule === 'events/rescue')) expect(e.why).toContain('kept by the learned rescue');
  });
});
