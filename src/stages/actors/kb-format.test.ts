import { describe, expect, it } from 'vitest';
import { createKb, type ActorKb } from './kb.js';
import { decodeKb, encodeKb } from './kb-format.js';
import { packActor, type CompiledKb } from './kb-types.js';

const compiled: CompiledKb = {
  version: 2,
  actors: [
    packActor({ id: 'RUS', name: 'Russia', kind: 'country', roles: [{ code: 'RUS' }] }),
    packActor({ id: 'vladimir-putin', name: 'Vladimir Putin', kind: 'person', roles: [{ code: 'RUS', sector: 'GOV', office: 'president', leader: true, from: '2012-05-07' }] }),
    packActor({ id: 'dmitry-peskov', name: 'Dmitry Peskov', kind: 'person', roles: [{ code: 'RUS', sector: 'GOV', sectors: ['MED'] }] }),
  ],
  names: { russia: 0, 'vladimir putin': 1, putin: [1, 2] },
  surnames: { putin: 1, peskov: 2 },
  adjectives: { russian: 'RUS', 'south korean': 'KOR' },
  countries: { RUS: 0 },
  agents: { rebels: 'REB', 'foreign minister': 'GOV,DIP' },
  officeHolders: { RUS: [1, 2] },
  nameHeads: { vladimir: 2, russia: 1, putin: 1 },
  agentHeads: { rebels: 1, foreign: 2 },
};

/** Every lookup of the interface on the given keys, for comparing two knowledge bases. */
function answers(kb: ActorKb, keys: readonly string[], actors: number) {
  return {
    actors: Array.from({ length: actors + 1 }, (_, i) => kb.actor(i)),
    keys: keys.map((k) => [kb.named(k), kb.surnamed(k), kb.adjective(k), kb.country(k), kb.agent(k), kb.officeHolders(k), kb.startsAdjective(k), kb.nameSpan(k), kb.agentSpan(k)]),
  };
}

describe('kb.bin format', () => {
  it('answers every lookup as the compiled tables do', () => {
    const keys = ['russia', 'putin', 'peskov', 'russian', 'south', 'south korean', 'RUS', 'KOR', 'rebels', 'foreign minister', 'foreign', 'vladimir', 'nobody', ''];
    expect(answers(decodeKb(encodeKb(compiled)), keys, 3)).toEqual(answers(createKb(compiled), keys, 3));
  });

  it('answers a repeated agent lookup, found or not, as the first time', () => {
    const kb = decodeKb(encodeKb(compiled));
    const keys = ['rebels', 'nobody', 'foreign minister', 'minister'];
    expect(keys.map((k) => kb.agent(k))).toEqual(keys.map((k) => kb.agent(k)));
    expect(kb.agent('nobody')).toBeUndefined();
  });

  it('writes the same bytes for the same tables', () => {
    expect(encodeKb(compiled).equals(encodeKb({ ...compiled, names: { putin: [1, 2], 'vladimir putin': 1, russia: 0 } }))).toBe(true);
  });
});
