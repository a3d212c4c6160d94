import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { discourse } from './index.js';

const person = (tokens: [number, number], id: string, code: string): ActorSpec => ({ sent: 0, tokens, id, name: id, code, sector: 'GOV', kind: 'person' });

/** "Scholz and Macron visited <place> ." on Ukraine's presidential site, in 2022. */
function parties(place: string, code: string): string[] | undefined {
  const doc = parsedDoc([`
    Scholz Scholz PROPN NNP 4 nsubj
    and and CCONJ CC 3 cc
    Macron Macron PROPN NNP 1 conj
    visited visit VERB VBD 0 root
    ${place} ${place} PROPN NNP 4 obj
    . . PUNCT . 4 punct`], {
    actors: [person([0, 1], 'olaf-scholz', 'DEU'), person([2, 3], 'emmanuel-macron', 'FRA'), { sent: 0, tokens: [4, 5], id: place, name: place, code, kind: 'capital' }],
    meta: { date: '2022-06-16', source: 'president.gov.ua' },
  });
  const layer = discourse().run({ ...doc, layers: { ...doc.layers, places: [] } }, { report: () => undefined });
  return layer.participants?.members.map((m) => m.code ?? '').sort();
}

describe('findParticipants: the host of a visit to the site\'s own country', () => {
  it('adds the site\'s principal when the lead names only the visitors ("… visited Kyiv")', () => {
    expect(parties('Kyiv', 'UKR')).toEqual(['DEU', 'FRA', 'UKR']);
  });

  it('adds no one for a visit elsewhere ("… visited Warsaw")', () => {
    expect(parties('Warsaw', 'POL')).toEqual(['DEU', 'FRA']);
  });
});
