import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { codeEvents, type EventInput } from './code-events.js';
import type { RescueCandidate } from './event-rescue.js';
import { loadLexicon } from './lexicon.js';

// Made-up stories through the real pipeline up to the layers events read. Readings are collected (no model), so the
// tests say which recipient a statement's reading names and why, not whether a model keeps it (#12: the statement-only
// misses whose recipient is named only in an earlier sentence, session 55's ev-stmtrecip).
const lexicon = loadLexicon();
const pipeline = defaultPipeline({ layers: ['actors', 'discourse', 'quotes'] });
const readings = (text: string): RescueCandidate[] => {
  const collect: RescueCandidate[] = [];
  codeEvents(pipeline.run(makeDoc({ text, meta: { date: '1987-04-03' } })) as EventInput, lexicon, { collect });
  return collect.filter((c) => c.rule === 'events/statement');
};
const recipients = (text: string): string[] =>
  [...new Set(readings(text).flatMap((c) => c.events.flatMap((e) => e.recipients.map((r) => r.code ?? '?'))))];

describe('a verdict whose sentence names no side, addressed to the side the sentence before makes salient', () => {
  it.each([
    ['Japan raised tariffs on American cars on Monday. The United States said the move was unfair and protectionist.', ['JPN']],
    ['Iraq attacked Iranian oil platforms in the Gulf on Monday. Iran said the attack was a criminal act.', ['IRQ']],
    // A third party's verdict judges whoever did the deed, not its victim (review fix-a #2, #3).
    ['Iran seized a British tanker on Friday. The United States said the seizure was illegal.', ['IRN']],
    ['Japan raised tariffs on American cars on Monday. Britain said the move was unfair.', ['JPN']],
    // The deed's doer is the speaker's own: the verdict is about the side it was done to.
    ['The United States raised tariffs on Japanese cars on Monday. The United States said the move was unfair.', ['JPN']],
  ])('"%s": the earlier event\'s other side', (text, expected) => {
    expect(recipients(text)).toEqual(expected);
  });

  it('names the sentence the recipient came from in the reading\'s reasons', () => {
    const [reading] = readings('Japan raised tariffs on American cars on Monday. The United States said the move was unfair and protectionist.');
    expect(reading.events[0].reasons).toContainEqual({ rule: 'events/context-recipient', owner: 'Japan', back: 1 });
  });

  // Session 56, ev-stance: 8 training statements have a context reading (1 fills an item), fewer than the trainer's
  // STANCE_MIN_COUNT, so a `recipient:context` feature could never be weighted; the reading is scored on its content.
  it('gives the model no feature for the context source, yet the kept event still says where its recipient came from', () => {
    const [reading] = readings('Japan raised tariffs on American cars on Monday. The United States said the move was unfair and protectionist.');
    expect(reading.features.filter((f) => f.split(':')[1] === 'recipient')).toEqual([]);
    // A stance model that keeps every reading (and a rescue that keeps none), to read the kept event's why.
    const stance = { bias: 10, weights: {}, threshold: 0.2 };
    const doc = pipeline.run(makeDoc({ text: 'Japan raised tariffs on American cars on Monday. The United States said the move was unfair and protectionist.', meta: { date: '1987-04-03' } }));
    const layer = codeEvents(doc as EventInput, lexicon, { model: { bias: -20, weights: {}, threshold: 1 }, stance });
    const kept = layer.events.filter((e) => e.recipients.some((r) => r.code === 'JPN') && e.actors.some((a) => a.code === 'USA'));
    expect(kept.map((e) => e.why).join(' ')).toContain('recipient an earlier sentence');
  });

  // One case per guard that leaves the content about no one.
  it.each([
    ['no verdict word', 'Japan raised tariffs on American cars on Monday. The United States said the move was expected.'],
    ['a personal subject: the speakers\' own feeling', 'Japan raised tariffs on American cars on Monday. The United States said we were outraged and it was unfair.'],
    ['the sentence names another side', 'Japan raised tariffs on American cars on Monday. The United States said in a note to France that the move was unfair.'],
    // review fix-a #10: the subject is no deed noun, so it judges nothing told before.
    ['a subject that names no deed', 'Japan raised tariffs on American cars on Monday. The United States said the market was unfair.'],
    ['the sentence before names only the speakers\' side', 'The United States raised tariffs on cars on Monday. The United States said the move was unfair and protectionist.'],
  ])('%s: no reading', (_, text) => {
    expect(recipients(text)).toEqual([]);
  });
});
