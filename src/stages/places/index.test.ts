import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { createPipeline } from '../../core/pipeline.js';
import type { Entity, EntityType } from '../entities/types.js';
import type { PosTag } from '../pos/types.js';
import { places } from './index.js';

/** Entities for the first occurrence of each name, after `from` when names repeat. */
function entities(text: string, names: [string, EntityType][]): Entity[] {
  let from = 0;
  return names.map(([name, type]) => {
    const start = text.indexOf(name, from);
    from = start + name.length;
    return { start, end: start + name.length, type, tokens: [0, 0], confidence: 0.9 };
  });
}

function run(text: string, names: [string, EntityType][], extra: Record<string, unknown> = {}) {
  const doc = makeDoc({ text, layers: { entities: entities(text, names), ...extra } });
  return createPipeline([places()], ['entities']).run(doc);
}

describe('places stage', () => {
  it('resolves GPE and LOC entities and ignores others', () => {
    const doc = run('Putin spoke about Kiev and Crimea.', [['Putin', 'PERSON'], ['Kiev', 'GPE'], ['Crimea', 'LOC']]);
    expect(doc.layers.places?.map((p) => [doc.text.slice(p.start, p.end), p.name, p.country])).toEqual([
      ['Kiev', 'Kyiv', 'UKR'],
      ['Crimea', 'Crimea', 'UKR'],
    ]);
  });

  it('reads an organisation entity that is exactly a country name as the country', () => {
    const doc = run('US President Obama met the Panama squad and Microsoft.', [['US', 'ORG'], ['Panama', 'ORG'], ['Microsoft', 'ORG']]);
    expect(doc.layers.places?.map((p) => p.country)).toEqual(['USA', 'PAN']);
  });

  it('drops alternate names English news uses for something else (not-alternate-names.txt)', () => {
    const doc = run('They met at the White House and flew to Casablanca.', [['White House', 'LOC'], ['Casablanca', 'GPE']]);
    expect(doc.layers.places?.map((p) => [doc.text.slice(p.start, p.end), p.country])).toEqual([['Casablanca', 'MAR']]);
  });

  it('reads a name the tagger split after a Romance particle whole, or not at all ("Davao del Sur" is no city in Oman)', () => {
    const doc = run('Clashes near Davao del Sur. In Rio Grande do Sul, then in Sur.', [['Sur', 'GPE'], ['Sul', 'GPE'], ['Sur', 'GPE']]);
    expect(doc.layers.places?.map((p) => [doc.text.slice(p.start, p.end), p.country])).toEqual([['Rio Grande do Sul', 'BRA'], ['Sur', 'OMN']]);
  });

  it('uses a comma qualifier', () => {
    const doc = run('He grew up in Paris, Texas.', [['Paris', 'GPE'], ['Texas', 'GPE']]);
    expect(doc.layers.places?.[0]).toMatchObject({ country: 'USA', admin1: 'Texas' });
  });

  it('uses the other places of the article for an ambiguous name', () => {
    const doc = run('Talks in Atlanta and Savannah, then Georgia voted, as did Ohio and Texas.', [
      ['Atlanta', 'GPE'], ['Savannah', 'GPE'], ['Georgia', 'GPE'], ['Ohio', 'GPE'], ['Texas', 'GPE'],
    ]);
    const georgia = doc.layers.places?.find((p) => p.name === 'Georgia');
    expect(georgia).toMatchObject({ country: 'USA', kind: 'region' });
  });

  it('reads a name in a list by the countries of the other names', () => {
    const doc = run('Schools in New South Wales, Victoria and Queensland.', [['New South Wales', 'GPE'], ['Victoria', 'GPE'], ['Queensland', 'GPE']]);
    expect(doc.layers.places?.[1]).toMatchObject({ name: 'Victoria', country: 'AUS' });
  });

  it('adds the dateline place with its role', () => {
    const text = 'MOSCOW, June 26. Talks went on.';
    const doc = run(text, [], { dateline: { place: { start: 0, end: 6 }, placeName: 'Moscow' } });
    expect(doc.layers.places?.[0]).toMatchObject({ start: 0, end: 6, name: 'Moscow', country: 'RUS', role: 'dateline' });
  });

  it('reports a name it cannot resolve instead of failing', () => {
    const doc = run('They met in Qwxyzzy.', [['Qwxyzzy', 'GPE']]);
    expect(doc.layers.places).toEqual([]);
    expect(doc.diagnostics.map((d) => d.ruleId)).toContain('places/unknown-name');
  });
});

describe('places stage without entities', () => {
  it('finds place names by gazetteer lookup of capitalised tokens', () => {
    const text = 'Talks between Kiev and Bosnia and Herzegovina went on in the Black Sea port.';
    const tokens = [...text.matchAll(/\w+|[^\w\s]/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, sent: 0 }));
    const doc = createPipeline([places({ mentions: 'names' })], ['tokens']).run(makeDoc({ text, layers: { tokens } }));
    expect(doc.layers.places?.map((p) => [doc.text.slice(p.start, p.end), p.country ?? null])).toEqual([
      ['Kiev', 'UKR'],
      ['Bosnia and Herzegovina', 'BIH'],
      ['Black Sea', null],
    ]);
  });
});

describe('places stage without entities: names inside longer names', () => {
  it.each(['Presidents Vladimir Putin met.', 'The New York Times wrote.'])('skips the place name inside %s', (text) => {
    const tokens = [...text.matchAll(/\w+|[^\w\s]/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, sent: 0 }));
    const doc = createPipeline([places({ mentions: 'names' })], ['tokens']).run(makeDoc({ text, layers: { tokens } }));
    expect(doc.layers.places).toEqual([]);
  });
});

describe('issue-12: a common word opening a sentence is no town (session 44)', () => {
  /** The text tokenised and tagged: the words in `common` as the tagger reads "Mobile operators" (ADJ), the rest PROPN. */
  function tagged(text: string, names: string[], common: string[]) {
    const found = [...text.matchAll(/\w+|[^\w\s]/g)];
    const tokens = found.map((m) => ({ start: m.index, end: m.index + m[0].length, sent: text.slice(0, m.index).includes('. ') ? 1 : 0 }));
    const pos: PosTag[] = found.map((m, i) => ({ upos: common.includes(`${m[0]}@${i}`) ? 'ADJ' : 'PROPN', xpos: 'NNP', lemma: m[0] }));
    const ents: Entity[] = names.map((at) => {
      const [word, index] = at.split('@');
      const i = Number(index);
      return { start: tokens[i].start, end: tokens[i].start + word.length, type: 'GPE', tokens: [i, i + 1] as [number, number], confidence: 0.9 };
    });
    return createPipeline([places()], ['entities']).run(makeDoc({ text, layers: { tokens, pos, entities: ents } }));
  }

  it('drops "Mobile" opening the text after a dateline dash or a sentence, and keeps the town named inside one', () => {
    const text = 'LONDON - Mobile operators met in Mobile. Mobile firms agreed.';
    const doc = tagged(text, ['Mobile@2', 'Mobile@6', 'Mobile@8'], ['Mobile@2', 'Mobile@8']);
    expect(doc.layers.places?.map((p) => [p.start, p.country])).toEqual([[text.indexOf('Mobile', 20), 'USA']]);
  });

  it('keeps a country the tagger read as a common word ("Chad" opening a sentence)', () => {
    const doc = tagged('Chad agreed.', ['Chad@0'], ['Chad@0']);
    expect(doc.layers.places?.map((p) => p.country)).toEqual(['TCD']);
  });

  it('keeps the town when the tagger reads it as a name', () => {
    const doc = tagged('Mobile voted.', ['Mobile@0'], []);
    expect(doc.layers.places?.map((p) => p.country)).toEqual(['USA']);
  });
});
