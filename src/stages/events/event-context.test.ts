import { describe, expect, it } from 'vitest';
import { parsedDoc } from '../../../test/support/parsed-doc.js';
import { reason } from '../../lang/reason.js';
import { codeEvents } from './code-events.js';
import { contextOf, withoutSelfRecipients, type Context, type Draft } from './event-context.js';
import { loadLexicon } from './lexicon.js';
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

describe('reject', () => {
  // The layer is written as JSON: its records keep one key order, whatever fields a rejection has (#13).
  it('records a turned-down trigger with its keys in the layer\'s order: sent, trigger, cameo, event, ruleId, reasons', () => {
    const doc = parsedDoc([`
      Japan Japan PROPN NNP 2 nsubj
      asked ask VERB VBD 0 root
      what what PRON WP 5 obj
      Washington Washington PROPN NNP 5 nsubj
      wanted want VERB VBD 2 ccomp
      . . PUNCT . 2 punct`, `
      Combating combat VERB VBG 3 csubj
      terrorism terrorism NOUN NN 1 obj
      matters matter VERB VBZ 0 root
      . . PUNCT . 3 punct`], { actors: [{ sent: 0, tokens: [0, 1], id: 'jpn', name: 'Japan', code: 'JPN' }, { sent: 0, tokens: [3, 4], id: 'usa', name: 'USA', code: 'USA' }] });
    const { rejected } = codeEvents(doc, loadLexicon());
    expect(rejected.map((r) => r.ruleId)).toEqual(expect.arrayContaining(['events/asked-question', 'events/gerund']));
    const order = ['sent', 'trigger', 'cameo', 'event', 'ruleId', 'reasons'];
    for (const r of rejected) {
      expect(Object.keys(r)).toEqual(order.filter((k) => k in r));
      expect(Object.keys(r.trigger)).toEqual(['start', 'end', 'tokens']);
    }
    expect(rejected.some((r) => r.cameo !== undefined && r.event !== undefined)).toBe(true);
  });
});
