import { describe, expect, it } from 'vitest';
import type { ActorMention } from '../actors/types.js';
import { groupOf } from './view.js';

// Rv-d #10 of session 58: one shape for a group mention, once built in four places (refer.ts, relative.ts).
describe('groupOf', () => {
  it('makes one group of its parts, keeping only what a part is', () => {
    const russia = { actorId: 'RUS', name: 'Russia', code: 'RUS', kind: 'country', start: 0, end: 6 } as unknown as ActorMention;
    const china = { actorId: 'CHN', name: 'China', code: 'CHN', sector: 'GOV' };
    expect(groupOf([russia, china])).toEqual({
      actorId: 'group:RUS+CHN', name: 'Russia and China', members: ['RUS', 'CHN'],
      parts: [{ actorId: 'RUS', name: 'Russia', code: 'RUS', sector: undefined }, { actorId: 'CHN', name: 'China', code: 'CHN', sector: 'GOV' }],
    });
  });
});
