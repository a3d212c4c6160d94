import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';

// issue-12 (session 51): praise denied at a statement content's head damns ("said the election was not free and fair"):
// statement-stance.ts reads it as the damning class; rule-words `stance-contest-praise` holds the words that praise a
// contest only (free, fair, credible …). The real pipeline and the shipped models.
const pipeline = defaultPipeline();
const coded = (sentence: string): string[] => {
  const layer = pipeline.run(makeDoc({ text: sentence, meta: { date: '2020-08-11' } })).layers.events;
  return (layer?.events ?? []).map((e) => e.event);
};

describe('praise denied in a statement\'s content damns', () => {
  it.each([
    'The European Union said Belarus\'s presidential election was not free and fair.',
    'The United States said Zimbabwe\'s election was not credible.',
  ])('issue-12: codes an accusation: "%s"', (sentence) => {
    expect(coded(sentence)).toContain('ACCUSE');
  });

  it('codes no accusation of praise not denied: "… said Belarus\'s presidential election was free and fair."', () => {
    expect(coded('The European Union said Belarus\'s presidential election was free and fair.')).not.toContain('ACCUSE');
  });
});
