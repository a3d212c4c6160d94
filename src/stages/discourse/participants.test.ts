import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { discourse } from './index.js';

const putin: ActorSpec = { sent: 0, tokens: [0, 1], id: 'vladimir-putin', name: 'Vladimir Putin', code: 'RUS', sector: 'GOV' };
const johnson: ActorSpec = { sent: 0, tokens: [6, 7], id: 'boris-johnson', name: 'Boris Johnson', code: 'GBR', sector: 'GOV' };

/** "Putin held a <kind> conference with Johnson." */
const lead = (kind: string) => [`
  Putin Putin PROPN NNP 2 nsubj
  held hold VERB VBD 0 root
  a a DET DT 5 det
  ${kind} ${kind} NOUN NN 5 compound
  conference conference NOUN NN 2 obj
  with with ADP IN 7 case
  Johnson Johnson PROPN NNP 5 nmod
  . . PUNCT . 2 punct`];

function participantsOf(kind: string): string[] | undefined {
  const doc = parsedDoc(lead(kind), { actors: [putin, johnson], meta: { date: '2021-10-25' } });
  const withKinds = { ...doc, layers: { ...doc.layers, actors: (doc.layers.actors ?? []).map((m) => ({ ...m, kind: 'person' as const })), places: [] } };
  return discourse().run(withKinds, { report: () => undefined }).participants?.members.map((m) => m.code ?? '');
}

describe('the meeting of the lead', () => {
  it.each(['video', 'online'])('takes a %s conference with someone as a meeting of both', (kind) => {
    expect(participantsOf(kind)).toEqual(['RUS', 'GBR']);
  });

  it('takes no press conference as a meeting', () => {
    expect(participantsOf('press')).toBeUndefined();
  });
});
