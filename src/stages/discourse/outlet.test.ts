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

  // Review b, session 48: naming no country is no sign of a home story. Short BBC world stories name only "the army",
  // "the president"; BBC Monitoring and BBC Sport are no home politics desks; a UN story is about some other country.
  it('leaves a world story that names no country and no home-only word uncoded', () => {
    const coup = 'Soldiers seized the state broadcaster on Tuesday and the president fled, the army said. The opposition urged the government to hold talks.';
    expect(codeOf(coup, 'BBC News', 'Soldiers').filter(Boolean)).toEqual([]);
    expect(codeOf(coup, 'BBC News', 'The opposition').filter(Boolean)).toEqual([]);
    const riot = 'Riot police fired tear gas at protesters in the capital. The interior ministry blamed opposition activists for the violence.';
    expect(codeOf(riot, 'BBC News', 'Riot police').filter(Boolean)).toEqual([]);
  });

  it('takes no home from BBC Monitoring or BBC Sport, nor when an international body is named', () => {
    const vote = 'The opposition accused the government of rigging the vote. MPs said the ruling party rejected the claims.';
    expect(codeOf(vote, 'BBC Monitoring', 'The opposition').filter(Boolean)).toEqual([]);
    expect(codeOf(vote, 'BBC Sport', 'The opposition').filter(Boolean)).toEqual([]);
    const aid = 'The UN accused the government of blocking aid convoys, MPs were told. The army denied the claim.';
    expect(codeOf(aid, 'BBC News', 'The army').filter(Boolean)).toEqual([]);
  });

  it('reads the outlet from the source or URL as publishers are read, wants a home-only word, and stops on a bad row with E170', () => {
    const homes = parseOutletHomes('# comment\nbbc news\tGBR\tMPs|Downing Street\nbbc.co.uk/news/uk\tGBR\tMPs\n', 'x.tsv');
    expect(outletHome({ source: 'BBC News' }, 'MPs met.', homes)).toBe('GBR');
    expect(outletHome({ source: 'BBC News' }, 'They met in Downing Street.', homes)).toBe('GBR');
    expect(outletHome({ source: 'BBC News' }, 'The army met.', homes)).toBeUndefined();
    expect(outletHome({ source: 'BBC Monitoring' }, 'MPs met.', homes)).toBeUndefined();
    expect(outletHome({ url: 'https://www.bbc.co.uk/news/uk-politics-1' }, 'MPs met.', homes)).toBe('GBR');
    expect(outletHome({ url: 'https://www.bbc.co.uk/news/world-africa-1' }, 'MPs met.', homes)).toBeUndefined();
    expect(outletHome({ source: 'Reuters' }, 'MPs met.', homes)).toBeUndefined();
    expect(() => parseOutletHomes('bbc\tGB\tMPs\n', 'x.tsv')).toThrow(DyadError);
    expect(() => parseOutletHomes('bbc\tGBR\n', 'x.tsv')).toThrow(DyadError);
  });
});
