import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import type { EventRescueModel, RescueCandidate } from './event-rescue.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();

/** "Britain spoke. Japan said the offer was rejected.": the agentless passive's doer is the clause above it. */
const governed = () => parsedDoc([`
  Britain Britain PROPN NNP 2 nsubj
  spoke speak VERB VBD 0 root
  . . PUNCT . 2 punct`, `
  Japan Japan PROPN NNP 2 nsubj
  said say VERB VBD 0 root
  the the DET DT 4 det
  offer offer NOUN NN 6 nsubj:pass
  was be AUX VBD 6 aux:pass
  rejected reject VERB VBN 2 ccomp
  . . PUNCT . 2 punct`], { actors: [
  { sent: 0, tokens: [0, 1], id: 'gbr', name: 'Britain', code: 'GBR' },
  { sent: 1, tokens: [0, 1], id: 'jpn', name: 'Japan', code: 'JPN' },
] as ActorSpec[] });

const codes = (ps: readonly { code?: string }[]) => ps.map((p) => p.code);

describe('the actors offered to a trigger with no actor', () => {
  it('issue-12: offers the subject of the governing clause, with every origin that names it, beside the sentence before', () => {
    const collect: RescueCandidate[] = [];
    codeEvents(governed(), lexicon, { collect });
    const offers = collect.filter((c) => c.rule === 'events/no-actor').map((c) => [codes(c.events[0].actors)[0], c.features.filter((f) => /^offered:[a-z]+$/.test(f))]);
    expect(offers).toEqual([['JPN', ['offered:governor', 'offered:speaker']], ['GBR', ['offered:previous']]]);
  });

  it('issue-12: a kept reading names where its actor came from in its reasons', () => {
    const fromGovernor: EventRescueModel = { bias: -2, weights: { 'offered:governor': 4 }, threshold: 0.5 };
    const rejected = codeEvents(governed(), lexicon, { model: fromGovernor }).events.find((e) => e.event === 'REJECT');
    expect(codes(rejected?.actors ?? [])).toEqual(['JPN']);
    expect(rejected?.reasons.map((r) => r.rule)).toEqual(expect.arrayContaining(['events/offered-governor', 'events/rescue']));
  });

  it('issue-12: with an actor choice, only the offer it ranks first is judged, even when the rescue would score another higher', () => {
    const choosing: EventRescueModel = { bias: -2, weights: { 'offered:previous': 4 }, threshold: 0.5, choice: { bias: 0, weights: { 'offered:governor': 1 } } };
    const rejected = codeEvents(governed(), lexicon, { model: choosing }).events.find((e) => e.event === 'REJECT');
    expect(rejected).toBeUndefined();
    const without = codeEvents(governed(), lexicon, { model: { ...choosing, choice: undefined } }).events.find((e) => e.event === 'REJECT');
    expect(codes(without?.actors ?? [])).toEqual(['GBR']);
  });
});
