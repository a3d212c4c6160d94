import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import type { Document } from '../../core/document.js';
import { DyadError } from '../../core/errors.js';
import { parseHomeBodies } from './home-bodies.js';
import { discourse } from './index.js';
import { resolvedActors } from './merge.js';

/** "Putin met the Security Council and the UN Security Council." */
const SENTENCE = `
  Putin Putin PROPN NNP 2 nsubj
  met meet VERB VBD 0 root
  the the DET DT 5 det
  Security Security PROPN NNP 5 compound
  Council Council PROPN NNP 2 obj
  and and CCONJ CC 10 cc
  the the DET DT 10 det
  UN UN PROPN NNP 10 compound
  Security Security PROPN NNP 10 compound
  Council Council PROPN NNP 5 conj
  . . PUNCT . 2 punct`;
const unsc = (tokens: [number, number]): ActorSpec => ({ sent: 0, tokens, id: 'unsc', name: 'United Nations Security Council', code: 'IGO', sector: 'UNO' });
const actors: ActorSpec[] = [{ sent: 0, tokens: [0, 1], id: 'vladimir-putin', name: 'Vladimir Putin', code: 'RUS', sector: 'GOV' }, unsc([2, 5]), unsc([6, 10])];

function coded(source: string): Document {
  const doc = parsedDoc([SENTENCE], { actors, meta: { date: '2022-03-11', source } });
  const withPlaces = { ...doc, layers: { ...doc.layers, places: [] } };
  return { ...withPlaces, layers: { ...withPlaces.layers, discourse: discourse().run(withPlaces, { report: () => undefined }) } };
}

describe('home bodies', () => {
  it('reads a bare "the Security Council" on kremlin.ru as Russia\'s, and leaves "the UN Security Council" the UN\'s', () => {
    const out = resolvedActors(coded('kremlin.ru (President of Russia, English)'));
    expect(out.find((m) => m.tokens[0] === 2)).toMatchObject({ code: 'RUS', sector: 'GOV' });
    expect(out.find((m) => m.tokens[0] === 2)?.why).toContain('kremlin.ru');
    expect(out.find((m) => m.tokens[0] === 6)).toMatchObject({ code: 'IGO', sector: 'UNO' });
  });

  it('leaves the bare name the UN\'s on a site whose country has no body of that name, and in a wire story', () => {
    for (const source of ['whitehouse.gov', 'Reuters']) expect(resolvedActors(coded(source)).find((m) => m.tokens[0] === 2)).toMatchObject({ code: 'IGO', sector: 'UNO' });
  });

  it('reads a mention of no country holding a body\'s name ("Senior Administration officials") as the site\'s, on that site only', () => {
    const sentence = `
      Senior senior ADJ JJ 3 amod
      Administration Administration PROPN NNP 3 compound
      officials official NOUN NNS 4 nsubj
      welcomed welcome VERB VBD 0 root
      it it PRON PRP 4 obj
      . . PUNCT . 4 punct`;
    const officials: ActorSpec[] = [{ sent: 0, tokens: [0, 3], id: 'officials', name: 'unknown country (GOV)', sector: 'GOV' }];
    const run = (source: string) => {
      const doc = parsedDoc([sentence], { actors: officials, meta: { date: '2023-05-01', source } });
      const withPlaces = { ...doc, layers: { ...doc.layers, places: [] } };
      return resolvedActors({ ...withPlaces, layers: { ...withPlaces.layers, discourse: discourse().run(withPlaces, { report: () => undefined }) } });
    };
    expect(run('whitehouse.gov Briefing Room (U.S.)')[0]).toMatchObject({ code: 'USA', sector: 'GOV' });
    expect(run('kremlin.ru (President of Russia, English)')[0]?.code).toBeUndefined();
  });

  it('rejects a malformed row with its line', () => {
    expect(parseHomeBodies('# c\nRUS\tsecurity council\tGOV\n', 'h.tsv')).toEqual([{ code: 'RUS', name: 'security council', sector: 'GOV' }]);
    expect(() => parseHomeBodies('Russia\tsecurity council\tGOV\n', 'h.tsv')).toThrowError(DyadError);
    expect(() => parseHomeBodies('RUS\tsecurity council\n', 'h.tsv')).toThrowError(/h\.tsv: line 1/);
  });
});
