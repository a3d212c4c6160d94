import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import type { Document } from '../../core/document.js';
import { discourse } from './index.js';

/** "Adviser of the President of Ukraine Ihor Zhovkva met Musk. Zhovkva thanked him." */
const SENTENCES = [`
  Adviser Adviser PROPN NNP 8 nsubj
  of of ADP IN 4 case
  the the DET DT 4 det
  President President PROPN NNP 1 nmod
  of of ADP IN 6 case
  Ukraine Ukraine PROPN NNP 4 nmod
  Zhovkva Zhovkva PROPN NNP 1 appos
  met meet VERB VBD 0 root
  Musk Musk PROPN NNP 8 obj
  . . PUNCT . 8 punct`, `
  Zhovkva Zhovkva PROPN NNP 2 nsubj
  thanked thank VERB VBD 0 root
  him he PRON PRP 2 obj
  . . PUNCT . 2 punct`];

const zhovkva = (sent: number, tokens: [number, number]): ActorSpec => ({ sent, tokens, id: 'local:zhovkva', name: 'Zhovkva' });
const president: ActorSpec = { sent: 0, tokens: [2, 6], id: 'volodymyr-zelensky', name: 'Volodymyr Zelensky', code: 'UKR', sector: 'GOV' };

function located(title: readonly ActorSpec[]): { text: string; code?: string }[] {
  const doc = parsedDoc(SENTENCES, { actors: [...title, zhovkva(0, [6, 7]), zhovkva(1, [0, 1])] });
  const actors = (doc.layers.actors ?? []).map((m) => (m.code ? m : { ...m, kind: 'person' as const }));
  const withLayers: Document = { ...doc, layers: { ...doc.layers, actors, places: [] } };
  const layer = discourse().run(withLayers, { report: () => undefined });
  return layer.mentions.filter((m) => m.actorId === 'local:zhovkva' && doc.text.slice(m.start, m.end) === 'Zhovkva').map((m) => ({ text: doc.text.slice(m.start, m.end), ...(m.code ? { code: m.code } : {}) }));
}

describe('a country from the title before a name', () => {
  it('gives a name right after "… of <government>" that government\'s country, and its later mentions too', () => {
    expect(located([president]).map((m) => [m.text, m.code])).toEqual([['Zhovkva', 'UKR'], ['Zhovkva', 'UKR']]);
  });

  it('gives nothing when the title names no government', () => {
    expect(located([])).toEqual([]);
  });
});
