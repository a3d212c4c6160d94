import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import type { EventRescueModel, RescueCandidate } from './event-rescue.js';
import { loadLexicon } from './lexicon.js';
import { packOf } from '../../lang/pack.js';
import { renderReasons } from '../../lang/reason.js';

const lexicon = loadLexicon();
const keepAll: EventRescueModel = { bias: 3, weights: {}, threshold: 0.5 };
const keepNone: EventRescueModel = { bias: -3, weights: {}, threshold: 0.5 };

/** "Putin met Macron. Putin met Macron.": the second meeting is turned down as the first one restated. */
const restated = () => parsedDoc([0, 1].map(() => `
  Putin Putin PROPN NNP 2 nsubj
  met meet VERB VBD 0 root
  Macron Macron PROPN NNP 2 obj
  . . PUNCT . 2 punct`), { actors: [0, 1].flatMap((sent) => [
  { sent, tokens: [0, 1] as [number, number], id: 'putin', name: 'Vladimir Putin', code: 'RUS', sector: 'GOV' },
  { sent, tokens: [2, 3] as [number, number], id: 'macron', name: 'Emmanuel Macron', code: 'FRA', sector: 'GOV' },
]) });

/** "Putin arrived. France was thanked.": the agentless passive names no actor. */
const subjectless = () => parsedDoc([`
  Putin Putin PROPN NNP 2 nsubj
  arrived arrive VERB VBD 0 root
  . . PUNCT . 2 punct`, `
  France France PROPN NNP 3 nsubj:pass
  was be AUX VBD 3 aux:pass
  thanked thank VERB VBN 0 root
  . . PUNCT . 3 punct`], { actors: [
  { sent: 0, tokens: [0, 1], id: 'putin', name: 'Vladimir Putin', code: 'RUS', sector: 'GOV' },
  { sent: 1, tokens: [0, 1], id: 'fra', name: 'France', code: 'FRA' },
] as ActorSpec[] });

const codes = (ps: readonly { code?: string }[]) => ps.map((p) => p.code);

describe('the learned rescue', () => {
  it('issue-12: keeps a trigger a clause rule turned down when the model scores it an event, with the rules\' participants', () => {
    const { events, rejected } = codeEvents(restated(), lexicon, { model: keepAll });
    expect(events.map((e) => [e.sent, e.event, ...codes(e.actors)])).toEqual([[0, 'CONSULT', 'RUS', 'FRA'], [1, 'CONSULT', 'RUS', 'FRA']]);
    expect(rejected.some((r) => r.ruleId === 'events/same-consultation')).toBe(false);
    expect(events[1].why).toContain('turned down by events/same-consultation, kept by the learned rescue: 0.95 chance it is an event');
  });

  it('leaves the rejection as it was when the model scores the reading below its threshold, or with no rescue', () => {
    for (const layer of [codeEvents(restated(), lexicon, { model: keepNone }), codeEvents(restated(), lexicon)]) {
      expect(layer.events.map((e) => e.sent)).toEqual([0]);
      expect(layer.rejected.some((r) => r.ruleId === 'events/same-consultation')).toBe(true);
    }
  });

  it('issue-12: reads a trigger with no actor once with each actor the article offers, and keeps the best-scored reading', () => {
    const fromPrevious: EventRescueModel = { bias: -1, weights: { 'offered:previous': 3 }, threshold: 0.5 };
    const { events } = codeEvents(subjectless(), lexicon, { model: fromPrevious });
    const thanks = events.find((e) => e.event === 'SUPPORT');
    expect(codes(thanks?.actors ?? [])).toEqual(['RUS']);
    expect(codes(thanks?.recipients ?? [])).toEqual(['FRA']);
    expect(thanks?.why).toContain('turned down by events/no-actor');
  });

  it('collects every reading for training and keeps none', () => {
    const collect: RescueCandidate[] = [];
    const layer = codeEvents(subjectless(), lexicon, { collect });
    expect(layer).toEqual(codeEvents(subjectless(), lexicon));
    expect(collect.map((c) => [c.rule, c.features.find((f) => f.startsWith('offered:'))])).toEqual([['events/no-actor', 'offered:previous']]);
  });

  it('renders a trial reading\'s why only when the rescue keeps it, from its reasons as the rules render an event\'s', () => {
    const collect: RescueCandidate[] = [];
    codeEvents(restated(), lexicon, { collect });
    // Trials are mostly thrown away: their events carry the reasons, not the rendered text (#13).
    expect(collect.map((c) => c.events.map((e) => [e.why, e.reasons.length > 0]))).toEqual([[['', true]]]);
    const doc = restated();
    const { events } = codeEvents(doc, lexicon, { model: keepAll });
    expect(events[1].why).toBe(renderReasons(packOf(doc), events[1].reasons));
    expect(events[1].why).toMatch(/^.+; turned down by events\/same-consultation, kept by the learned rescue/);
  });

  it('is deterministic', () => {
    expect(codeEvents(subjectless(), lexicon, { model: keepAll })).toEqual(codeEvents(subjectless(), lexicon, { model: keepAll }));
  });
});
