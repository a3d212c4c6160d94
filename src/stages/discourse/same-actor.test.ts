import { describe, expect, it } from 'vitest';
import { parsedDoc } from '../../../test/support/parsed-doc.js';
import type { Document } from '../../core/document.js';
import { discourse } from './index.js';
import { sameActors } from './same-actor.js';
import { viewOf } from './view.js';

/** "Chancellor Nehammer met Zelensky. Nehammer thanked him. Saouma spoke." */
const SENTENCES = [`
  Chancellor Chancellor PROPN NNP 2 compound
  Nehammer Nehammer PROPN NNP 3 nsubj
  met meet VERB VBD 0 root
  Zelensky Zelensky PROPN NNP 3 obj
  . . PUNCT . 3 punct`, `
  Nehammer Nehammer PROPN NNP 2 nsubj
  thanked thank VERB VBD 0 root
  his his PRON PRP$ 4 nmod:poss
  country country NOUN NN 2 obj
  . . PUNCT . 2 punct`, `
  Saouma Saouma PROPN NNP 2 nsubj
  spoke speak VERB VBD 0 root
  . . PUNCT . 2 punct`];

function doc(): Document {
  const d = parsedDoc(SENTENCES, {
    actors: [
      { sent: 0, tokens: [0, 2], id: 'local:1', name: 'Karl Nehammer', code: 'AUT', sector: 'GOV' },
      { sent: 0, tokens: [3, 4], id: 'volodymyr-zelensky', name: 'Volodymyr Zelensky', code: 'UKR', sector: 'GOV' },
      { sent: 1, tokens: [0, 1], id: 'local:1', name: 'Karl Nehammer' },
      { sent: 2, tokens: [0, 1], id: 'local:2', name: 'Saouma' },
    ],
  });
  return { ...d, layers: { ...d.layers, actors: (d.layers.actors ?? []).map((m) => ({ ...m, kind: 'person' as const })) } };
}

describe('sameActors', () => {
  it('gives a bare mention the country the article gives the same actor elsewhere', () => {
    const d = doc();
    const found = sameActors(viewOf(d), d.layers.actors ?? []);
    expect(found.map((m) => [d.text.slice(m.start, m.end), m.code, m.sector])).toEqual([['Nehammer', 'AUT', 'GOV']]);
    expect(found[0]?.why).toContain('Karl Nehammer');
  });

  it('reads a bare surname as the person named in full before it, and not as one named after it', () => {
    const d = doc();
    const actors = [...(d.layers.actors ?? []), { ...(d.layers.actors ?? [])[1], actorId: 'edouard-saouma', name: 'Edouard Saouma', code: 'IGO' }];
    const after = actors.map((m) => (m.actorId === 'edouard-saouma' ? { ...m, start: d.text.length } : m));
    expect(sameActors(viewOf(d), actors).find((m) => m.name === 'Edouard Saouma')?.code).toBe('IGO');
    expect(sameActors(viewOf(d), after).find((m) => m.name === 'Edouard Saouma')).toBeUndefined();
  });

  it('lets "his country" after the bare name find that country in the discourse stage', () => {
    const d = doc();
    const layer = discourse().run({ ...d, layers: { ...d.layers, places: [] } }, { report: () => undefined });
    expect(layer.mentions.find((m) => d.text.slice(m.start, m.end) === 'his country')?.code).toBe('AUT');
  });
});
