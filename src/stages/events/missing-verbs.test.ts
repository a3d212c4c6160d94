import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';

// Verbs CAMEO.2.0 lacks (verbs.txt DENOUNCE_HARSHLY, EXTERMINATE, RECONVENE) coded nothing at all (#12).
describe('verbs the CAMEO dictionary lacks', () => {
  it.each([
    ['The Chinese foreign ministry vilified Japan for the visit.', 'vilified', 'ACCUSE CHN->JPN'],
    ['the Russian aggressor continues to exterminate Ukrainians', 'exterminate', 'ASSAULT RUS->UKR'],
  ])('%s', (text, trigger, expected) => {
    expect(codedAt(text, trigger, '2022-04-01')).toEqual([expected]);
  });

  it('codes parties reconvening together as a consultation, a body reconvening alone as nothing', () => {
    expect(codedAt('The finance ministers of Japan and France reconvened here this afternoon.', 'reconvened', '1987-04-08')).toEqual(['CONSULT JPN+FRA->']);
    expect(codedAt('The Italian parliament reconvened on Tuesday.', 'reconvened', '1987-04-08')).toEqual([]);
  });
});
