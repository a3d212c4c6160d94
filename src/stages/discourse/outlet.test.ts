import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { DyadError } from '../../core/errors.js';
import { defaultPipeline } from '../../pipeline.js';
import { outletHome, parseOutletHomes } from './outlet.js';

// Through the real tagger and parser (session 48, ev-pronoun): a BBC politics story that names no country
// (training gold bbc-politics-048's opening, gold GBRLEG -> GBRGOV).
const pipeline = defaultPipeline({ layers: ['discourse'] });
const STORY = 'Anglers and fishermen could find themselves prosecuted under plans to crack down on animal cruelty, a committee of MPs has warned. '
  + 'MPs urged the government to redraft clauses relating to the prosecution of cruelty offences.';
const codeOf = (text: string, source: string | undefined, words: string) => {
  const doc = pipeline.run(makeDoc({ text, meta: source ? { source } : {} }));
  return (doc.layers.discourse?.mentions ?? []).filter((m) => text.slice(m.start, m.end) === words).map((m) => m.code);
};

describe('the outlet\'s home country for a story that names no country', () => {
  it('gives a BBC story\'s bare "MPs" and "the government" Britain', () => {
    expect(codeOf(STORY, 'BBC News', 'MPs')).toContain('GBR');
    expect(codeOf(STORY, 'BBC News', 'the government')).toContain('GBR');
  });

  it('leaves them uncoded from an outlet not listed, or with no source', () => {
    expect(codeOf(STORY, 'Reuters', 'MPs').filter(Boolean)).toEqual([]);
    expect(codeOf(STORY, undefined, 'MPs').filter(Boolean)).toEqual([]);
  });

  it('lets a country the story names win', () => {
    const text = `${STORY} The French embassy in Paris declined to comment, and French ministers said nothing in Paris.`;
    expect(codeOf(text, 'BBC News', 'MPs')).not.toContain('GBR');
  });

  it('reads the outlet from the source or URL, and stops on a bad row with E170', () => {
    const homes = parseOutletHomes('# comment\nbbc\tGBR\n', 'x.tsv');
    expect(outletHome({ source: 'BBC News' }, homes)).toBe('GBR');
    expect(outletHome({ url: 'http://news.bbc.co.uk/1/hi/uk_politics/1.stm' }, homes)).toBe('GBR');
    expect(outletHome({ source: 'Reuters' }, homes)).toBeUndefined();
    expect(() => parseOutletHomes('bbc\tGB\n', 'x.tsv')).toThrow(DyadError);
  });
});
