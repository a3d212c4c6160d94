import { describe, expect, it, vi } from 'vitest';
import { createPipeline } from '../../core/pipeline.js';
import { makeDoc } from '../../core/document.js';
import { defaultStages } from '../../pipeline.js';
import { codeEvents, type EventInput } from './code-events.js';
import { codeWithRescue, type RescueCandidate } from './event-rescue.js';
import { contextOf } from './event-context.js';
import { loadLexicon } from './lexicon.js';
import { speakerOf } from './roles.js';

// The speaker is asked once per reading that gets to the trigger's roles: counting its calls counts the readings.
vi.mock('./roles.js', async (original) => {
  const roles = await original<typeof import('./roles.js')>();
  return { ...roles, speakerOf: vi.fn(roles.speakerOf) };
});

const lexicon = loadLexicon();
const stages = defaultStages();
const before = createPipeline(stages.slice(0, stages.findIndex((s) => s.name === 'events')));
/** The real parse of `text` with every layer the events stage reads. */
const parsed = (text: string) => before.run(makeDoc({ text })) as EventInput;

/** "agreed" has no actor of its own; the article offers Putin and Macron (offered-actors.ts). */
const agreed = 'Putin met Macron in Moscow on Friday. It was agreed to expand trade.';

describe('a rescue trial resumed from the first reading (#13)', () => {
  it('reads a trigger turned down for no actor up to its roles once, not once more per offered actor', () => {
    const doc = parsed(agreed);
    const verb = doc.layers.tokens.findIndex((t) => doc.text.slice(t.start, t.end) === 'agreed');
    const calls = () => vi.mocked(speakerOf).mock.calls.filter((c) => c[3] === verb).length;
    vi.mocked(speakerOf).mockClear();
    const collect: RescueCandidate[] = [];
    codeEvents(doc, lexicon, { collect });
    expect(collect.map((c) => [c.rule, c.events.map((e) => e.actors.map((a) => a.code).join('+'))])).toEqual([
      ['events/no-actor', ['RUS']], ['events/no-actor', ['FRA']],
    ]);
    expect(calls()).toBe(1);
  });

  it('gives each trial its own reasons: what one trial adds is not in the next one\'s', () => {
    const collect: RescueCandidate[] = [];
    codeEvents(parsed(agreed), lexicon, { collect });
    const [first, second] = collect.map((c) => c.events[0].reasons);
    expect(first).not.toBe(second);
    expect(first.length).toBe(second.length);
  });

  it('runs a trial through the coder\'s resume, when it gives one, instead of coding the trigger again', () => {
    const doc = parsed(agreed);
    const ctx = contextOf({ doc, tree: {} as never, pack: {} as never, lexicon, actors: {} as never, events: [], rejected: [] }, { rescue: { collect: [] } });
    const match = { token: 0, tokens: [0, 1], code: '030', kind: 'verb', reason: { rule: 'x', fields: {} } } as never;
    const code = vi.fn((c: typeof ctx) => {
      c.rejected.push({ sent: 0, trigger: { start: 0, end: 1, tokens: [0, 1] }, ruleId: 'events/infinitive', reasons: [] });
      return resume;
    });
    const resume = vi.fn();
    codeWithRescue(ctx, 0, match, code);
    expect([code.mock.calls.length, resume.mock.calls.length]).toEqual([1, 1]);
    expect(resume.mock.calls[0][0]).toMatchObject({ bypass: 'events/infinitive', events: [], rejected: [] });
  });
});
