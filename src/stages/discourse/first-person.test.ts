import { describe, expect, it } from 'vitest';
import { parsedDoc } from '../../../test/support/parsed-doc.js';
import type { Document, DocMeta } from '../../core/document.js';
import type { Quote } from '../quotes/types.js';
import { discourse } from './index.js';

/** "I spoke with Macron about our country. "I agree," Macron said." */
const ADDRESS = [`
  I I PRON PRP 2 nsubj
  spoke speak VERB VBD 0 root
  with with ADP IN 4 case
  Macron Macron PROPN NNP 2 obl
  about about ADP IN 7 case
  our our PRON PRP$ 7 nmod:poss
  country country NOUN NN 2 obl
  . . PUNCT . 2 punct`, `
  " " PUNCT `+'``'+` 3 punct
  I I PRON PRP 3 nsubj
  agree agree VERB VBP 0 root
  , , PUNCT , 3 punct
  " " PUNCT '' 3 punct
  Macron Macron PROPN NNP 7 nsubj
  said say VERB VBD 3 parataxis
  . . PUNCT . 3 punct`];

const macron = { sent: 0, tokens: [3, 4] as [number, number], id: 'emmanuel-macron', name: 'Emmanuel Macron', code: 'FRA', sector: 'GOV' };
const macronSaid = { ...macron, sent: 1, tokens: [5, 6] as [number, number] };

function firstPersons(meta: Partial<DocMeta>): { text: string; code?: string; actorId: string }[] {
  const doc = parsedDoc(ADDRESS, { actors: [macron, macronSaid], meta: { date: '2022-03-05', ...meta } });
  // The quoted "I agree" (tokens 9-10 of the text) is Macron's, as the quotes stage finds it.
  const quoted = doc.text.indexOf('I agree');
  const quotes: Quote[] = [{ start: quoted, end: quoted + 'I agree,'.length, kind: 'direct', sent: 1, closed: true, reasons: [], why: 'test' }];
  const withLayers: Document = { ...doc, layers: { ...doc.layers, places: [], quotes } };
  const layer = discourse().run(withLayers, { report: () => undefined });
  return layer.mentions.filter((m) => m.reasons[0]?.rule === 'discourse/first-person').map((m) => ({ text: doc.text.slice(m.start, m.end), actorId: m.actorId, ...(m.code ? { code: m.code } : {}) }));
}

describe('first person in an official site\'s own words', () => {
  it('reads "I" outside quotation marks as the site\'s principal and "our country" as its country', () => {
    const found = firstPersons({ source: 'president.gov.ua' });
    expect(found.map((m) => [m.text, m.code])).toEqual([['I', 'UKR'], ['our country', 'UKR']]);
    expect(found[0]?.actorId).toContain('zelensk');
  });

  it.each([
    ['a wire story', { source: 'Reuters' }],
    ['a joint statement', { source: 'president.gov.ua', title: 'Joint Statement by Ukraine and France' }],
  ])('leaves first person alone in %s', (_, meta) => {
    expect(firstPersons(meta)).toEqual([]);
  });
});
