import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';

// "Hamas vowed revenge, and Egypt offered to mediate": the real parse makes "offered" the ccomp of "vowed" with the
// "and" on "Egypt", so Egypt read as whom the vow warns (roles/clause-subject) or, failing that, as the other side of
// the threat (threats.ts). The subject of a coordinated clause is that clause's doer, neither (review after session 55 #8).
describe('the subject of a coordinated clause is no party of the first clause (coordinated-clause.ts)', () => {
  it('"Hamas vowed revenge, and Egypt offered to mediate": the vow threatens no one named', () => {
    expect(codedAt('CAIRO, March 3, 1992 (AP) - Hamas vowed revenge, and Egypt offered to mediate.', 'vowed', '1992-03-03')).toEqual(['THREATEN PSE->']);
  });

  it('"Iran demanded that Iraq withdraw": a content clause still names whom the demand is to', () => {
    expect(codedAt('TEHRAN, March 3, 1992 (AP) - Iran demanded that Iraq withdraw its troops.', 'demanded', '1992-03-03')).toEqual(['REQUEST IRN->IRQ']);
  });
});
