import { describe, expect, it } from 'vitest';
import { reason } from '../../lang/reason.js';
import { contextOf, withoutSelfRecipients, type Context, type Draft } from './event-context.js';
import type { EventParticipant } from './types.js';

const party = (actorId: string, code: string, sector: string): EventParticipant =>
  ({ start: 0, end: 1, tokens: [0, 1], actorId, name: actorId, code, sector });
const draft = (event: Draft['event'], actors: EventParticipant[], recipients: EventParticipant[]): Draft => ({
  event, context: [], cameo: '030', actors, recipients, negated: false, hypothetical: false, future: false, historical: false,
  confidence: 0.7, sent: 0, match: { token: 0, tokens: [0, 1], code: '030', kind: 'verb', reason: reason('events/no-actor') }, why: [],
});

describe('withoutSelfRecipients', () => {
  it('drops a recipient that is the actor itself, with a why ("\'I promise you,\' the Head of State said")', () => {
    const head = party('zelensky', 'UKR', 'GOV');
    const out = withoutSelfRecipients(draft('AGREE', [head], [head, party('georgia', 'GEO', '')]));
    expect(out.recipients.map((r) => r.actorId)).toEqual(['georgia']);
    expect(out.why.map((r) => r.rule)).toEqual(['events/self-recipient']);
  });

  it('drops the own side (same country and sector) from a cooperative act ("I promise to make Tokyo\'s markets open")', () => {
    const out = withoutSelfRecipients(draft('AGREE', [party('nakasone', 'JPN', 'GOV')], [party('tokyo', 'JPN', 'GOV')]));
    expect(out.recipients).toEqual([]);
  });

  it('keeps a domestic request and a domestic conflict, which PLOVER codes ("the Cabinet should start implementing")', () => {
    const president = party('zelensky', 'UKR', 'GOV');
    const cabinet = party('cabinet', 'UKR', 'GOV');
    expect(withoutSelfRecipients(draft('REQUEST', [president], [cabinet])).recipients).toEqual([cabinet]);
    expect(withoutSelfRecipients(draft('ACCUSE', [president], [cabinet])).recipients).toEqual([cabinet]);
  });
});

describe('contextOf', () => {
  it('gives a document\'s context and a trial reading\'s the same properties in the same order (one hidden class, #13)', () => {
    const base = { doc: {}, tree: {}, pack: {}, lexicon: {}, actors: {}, events: [], rejected: [] } as unknown as Omit<Context, 'frame' | 'rescue' | 'bypass' | 'supplied'>;
    const trial = contextOf(base, { bypass: 'events/no-actor', supplied: [party('kremlin', 'RUS', 'GOV')], frame: { participants: [], sent: 0, trigger: '"met"' } });
    expect(Object.keys(contextOf(base))).toEqual(Object.keys(trial));
    expect(trial.bypass).toBe('events/no-actor');
  });
});
