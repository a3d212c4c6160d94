import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';

const date = '2024-03-05';

describe('set-off deeds: a material participle after the main clause is its subject\'s act (#12)', () => {
  it.each([
    ['Israeli forces raided the town of Jenin, detaining 20 Palestinians.', 'detaining', 'COERCE ISR->PSE'],
  ])('%s', (text, trigger, expected) => {
    expect(codedAt(text, trigger, date)).toEqual([expected]);
  });

  it.each([
    ['The storm hit the coast on Monday, killing 12 people.', 'killing'],
    ['Israeli forces withdrew from Jenin, ending a three-day raid.', 'ending'],
    ['Rebels seized the town of Goma, forcing the Congolese army to retreat.', 'forcing'],
    ['Iran reported advances near Basra, bringing Iraqi towns within artillery range.', 'bringing'],
  ])('leaves a deed without a coded doer, or told after a deedless clause: %s', (text, trigger) => {
    expect(codedAt(text, trigger, date)).toEqual([]);
  });
});
