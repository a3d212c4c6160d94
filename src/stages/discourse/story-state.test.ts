import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';

// Through the real tagger and parser: the opening of a 1987 Yugoslav strike story (training gold reuters-5155,
// gold PROTEST YUGLAB, where dyad coded the workers SRB from the dateline). `storyOf` (context.ts) reads each place's
// country as the state of the day through the actors stage's table (`actors/historical-members.ts`).
const pipeline = defaultPipeline({ layers: ['discourse'] });
const STORY = 'BELGRADE, March 15 - Yugoslav trade union leaders are touring the country in an attempt to quell a wave of strikes, official sources said. '
  + 'National newspapers in Belgrade have given few details of the strikes. Official sources said thousands of workers went on strike.';
const codesOf = (text: string, date: string | undefined, words: string): (string | undefined)[] => {
  const doc = pipeline.run(makeDoc({ text, meta: date ? { date } : {} }));
  return (doc.layers.discourse?.mentions ?? []).filter((m) => text.slice(m.start, m.end) === words).map((m) => m.code);
};

describe('a place\'s country is the state of the article\'s day', () => {
  it('gives the workers of a 1987 Belgrade story Yugoslavia, not Serbia', () => {
    expect(codesOf(STORY, '1987-03-15', 'workers')).toEqual(['YUG']);
    expect(codesOf(STORY, '1987-03-15', 'Official sources')).toEqual(['YUG']);
  });

  it('keeps Serbia after the union ended, and today\'s country when the day is unknown', () => {
    expect(codesOf(STORY, '2010-03-15', 'workers')).toEqual(['SRB']);
    expect(codesOf(STORY, undefined, 'workers')).not.toContain('YUG');
  });
});
