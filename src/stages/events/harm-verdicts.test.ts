import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';

// issue-12 (session 60): a statement that another side hampered or jeopardised an effort or a deal, misled someone or
// exaggerated is an accusation the lexicon has no word for (its DELAY verbs code nothing alone); rule-words
// `stance-verdict` gives these words the statement-content step's damning class. The real pipeline and shipped models.
const pipeline = defaultPipeline();
const coded = (sentence: string): string[] => {
  const layer = pipeline.run(makeDoc({ text: sentence, meta: { date: '1987-04-03' } })).layers.events;
  return (layer?.events ?? []).map((e) => e.event);
};

describe('harm done or deceit by another side, told in a statement\'s content', () => {
  it.each([
    'Pakistan said the Indian government had jeopardized the ceasefire.',
    'Pakistan said India had hampered its efforts.',
    'Israel said Syria had misled the mediators.',
    'Iraq said Iran had exaggerated its casualty figures.',
  ])('issue-12: codes an accusation of the side that did it: "%s"', (sentence) => {
    expect(coded(sentence)).toContain('ACCUSE');
  });

  // Guard: a harm with no side as its doer accuses no one.
  it('codes no accusation of a harm no side did', () => {
    expect(coded('The Canadian trade minister said bad weather had hampered the wheat harvest.')).not.toContain('ACCUSE');
  });
});
