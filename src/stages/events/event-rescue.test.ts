import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { packOf } from '../../lang/pack.js';
import { resolvedActors } from '../discourse/merge.js';
import { codeEvents } from './code-events.js';
import { reject, type Context } from './event-context.js';
import { codeWithRescue, NO_ACTOR, type EventRescueModel, type RescueCandidate } from './event-rescue.js';
import { loadLexicon } from './lexicon.js';
import { indexActors } from './participants.js';
import { buildTree } from './tree.js';
import { matchVerb } from './triggers.js';

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

/** "Putin met Scholz. France was thanked.": two parties the sentence before offers the agentless passive. */
const twoOffered = () => parsedDoc([`
  Putin Putin PROPN NNP 2 nsubj
  met meet VERB VBD 0 root
  Scholz Scholz PROPN NNP 2 obj
  . . PUNCT . 2 punct`, `
  France France PROPN NNP 3 nsubj:pass
  was be AUX VBD 3 aux:pass
  thanked thank VERB VBN 0 root
  . . PUNCT . 3 punct`], { actors: [
  { sent: 0, tokens: [0, 1], id: 'putin', name: 'Vladimir Putin', code: 'RUS', sector: 'GOV' },
  { sent: 0, tokens: [2, 3], id: 'scholz', name: 'Olaf Scholz', code: 'DEU', sector: 'GOV' },
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

  it('#13: reads the clause of a trigger with no actor once, and makes the decisions that need an actor once per offer', () => {
    const doc = twoOffered();
    const actors = indexActors(resolvedActors(doc), doc.layers.tokens.length);
    const tree = buildTree(doc, lexicon.forms, (lemma) => lemma in lexicon.verbs);
    const ctx: Context = { doc, tree, lexicon, pack: packOf(doc), actors, events: [], rejected: [], rescue: { collect: [] } };
    const match = matchVerb(tree, lexicon, 6, (t) => actors.at(t) !== undefined);
    const calls: string[] = [];
    codeWithRescue(ctx, 1, match!, (trial, sent, found) => {
      calls.push(trial.bypass ? 'second reading' : 'first reading');
      if (!trial.bypass) return reject(trial, sent, found, NO_ACTOR);
      trial.offers?.((offer, supplied) => calls.push(`decide with ${supplied[0].code} in a trial of its own: ${offer !== trial}`));
    });
    expect(calls).toEqual(['first reading', 'second reading', 'decide with RUS in a trial of its own: true', 'decide with DEU in a trial of its own: true']);
  });

  it('collects one reading per offered actor, as the rules make it with that actor', () => {
    const collect: RescueCandidate[] = [];
    codeEvents(twoOffered(), lexicon, { collect });
    expect(collect.map((c) => [c.rule, c.events.map((e) => [e.event, ...codes(e.actors), '>', ...codes(e.recipients)])])).toEqual([
      ['events/no-actor', [['SUPPORT', 'RUS', '>', 'FRA']]], ['events/no-actor', [['SUPPORT', 'DEU', '>', 'FRA']]],
    ]);
  });

  it('is deterministic', () => {
    expect(codeEvents(subjectless(), lexicon, { model: keepAll })).toEqual(codeEvents(subjectless(), lexicon, { model: keepAll }));
  });
});
