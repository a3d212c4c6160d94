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

const code = (p: { code?: string | null; sector?: string | null }): string => `${p.code ?? ''}${p.sector ? `/${p.sector}` : ''}`;
const parties = (sentence: string): string[] => {
  const layer = pipeline.run(makeDoc({ text: sentence, meta: { date: '1987-04-03' } })).layers.events;
  return (layer?.events ?? []).map((e) => `${e.event} ${e.actors.map(code).join('+')}->${e.recipients.map(code).join('+')}`);
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

  // Review rv-b #2: a passive content's subject is the side harmed, never the one accused; its "by" agent, if a side,
  // is ("obstructed by Congress" stays under the model's threshold with its doer: none is coded, as the review allows).
  it('issue-rv-b-2: accuses the passive\'s doer, not the side harmed', () => {
    const found = parties('Pakistan said India had been misled by the United States.');
    expect(found).toContain('ACCUSE PAK->USA');
    expect(found).not.toContain('ACCUSE PAK->IND');
  });

  it('issue-rv-b-2: does not accuse the side a passive harm was done to', () => {
    expect(parties('Japan said the United States had been obstructed by Congress.')).not.toContain('ACCUSE JPN->USA');
  });

  // Review rv-b #2 and #7: a harm done by no side, or denied, accuses no one.
  it.each([
    'Pakistan said India had been hampered by bad weather.',
    'Pakistan said India had done nothing to hamper its efforts.',
    'Pakistan said India had made no attempt to hamper its efforts.',
  ])('issue-rv-b-7: codes no accusation: "%s"', (sentence) => {
    expect(coded(sentence)).not.toContain('ACCUSE');
  });

  // Review rv-d #2: the negative argument denies the act it governs ("no attempt to hide"), not a damning noun that
  // act only takes as its object.
  it('issue-rv-d-2: still accuses over a damning noun under a denied act', () => {
    expect(parties('Iran said Iraq had made no attempt to hide its aggression.')).toContain('ACCUSE IRN->IRQ');
  });
});
