import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { discourse } from './index.js';
import { titledLater } from './titled-later.js';
import { viewOf } from './view.js';

/** "Michael Howard attacked the plans. The Tory leader said he would vote. Mr Howard spoke." */
const SENTENCES = [`
  Michael Michael PROPN NNP 2 compound
  Howard Howard PROPN NNP 3 nsubj
  attacked attack VERB VBD 0 root
  the the DET DT 5 det
  plans plan NOUN NNS 3 obj
  . . PUNCT . 3 punct`, `
  The the DET DT 3 det
  Tory Tory PROPN NNP 3 compound
  leader leader NOUN NN 4 nsubj
  said say VERB VBD 0 root
  he he PRON PRP 7 nsubj
  would would AUX MD 7 aux
  vote vote VERB VB 4 ccomp
  . . PUNCT . 4 punct`, `
  Mr Mr PROPN NNP 2 compound
  Howard Howard PROPN NNP 3 nsubj
  spoke speak VERB VBD 0 root
  . . PUNCT . 3 punct`];

const HOWARD: ActorSpec = { sent: 0, tokens: [0, 2], id: 'local:1', name: 'Michael Howard', kind: 'person' };
const TORY_LEADER: ActorSpec = { sent: 1, tokens: [0, 3], id: 'tory-party', name: 'Conservative Party', code: 'GBR', sector: 'OPP', kind: 'org' };
const MR_HOWARD: ActorSpec = { sent: 2, tokens: [0, 2], id: 'local:1', name: 'Michael Howard', kind: 'person' };

const coded = (actors: readonly ActorSpec[]) => {
  const d = parsedDoc(SENTENCES, { actors });
  return titledLater(viewOf(d), d.layers.actors ?? []).map((m) => [d.text.slice(m.start, m.end), m.code, m.sector]);
};

describe('titledLater', () => {
  it('gives a person the knowledge base lacks the code of the title the story calls them by next, on every mention', () => {
    expect(coded([HOWARD, TORY_LEADER, MR_HOWARD])).toEqual([['Michael Howard', 'GBR', 'OPP'], ['Mr Howard', 'GBR', 'OPP']]);
  });

  it('leaves the title to a person named before who holds it already', () => {
    const known: ActorSpec = { ...HOWARD, id: 'local:2', name: 'Tory leader Iain Smith', code: 'GBR', sector: 'OPP' };
    expect(coded([{ ...known, tokens: [3, 4] }, HOWARD, TORY_LEADER, MR_HOWARD])).toEqual([]);
  });

  it('reads only a definite title of one person, not a plural or an indefinite one', () => {
    expect(coded([HOWARD, { ...TORY_LEADER, tokens: [1, 3] }, MR_HOWARD])).toEqual([]);
  });

  it('lets "he" after the title take the code in the discourse stage', () => {
    const d = parsedDoc(SENTENCES, { actors: [HOWARD, TORY_LEADER, MR_HOWARD] });
    const layer = discourse().run({ ...d, layers: { ...d.layers, places: [] } }, { report: () => undefined });
    expect(layer.mentions.find((m) => d.text.slice(m.start, m.end) === 'he')?.code).toBe('GBR');
  });
});
