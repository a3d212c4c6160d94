import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';

describe('a failure hailed (#12, session 56)', () => {
  it.each([
    ['Hussein warned his frontline troops to expect further Iranian attacks to spoil celebrations being organised throughout Iraq to mark what Baghdad has hailed as the failure of Iran\'s so-called year of decisiveness.', 'hailed'],
    ['It also followed celebrations yesterday of what Baghdad hailed as Iran\'s failure to achieve victory during the Iranian year which ended on Saturday.', 'hailed'],
  ])('gloats over the side that failed, no support of it: %s', (text, trigger) => {
    expect(codedAt(text, trigger, '1987-03-23')).toEqual([]);
  });

  it.each([
    ['Republicans in Congress hailed President Reagan\'s speech on the Iran arms scandal as candid and constructive.', 'SUPPORT USA->USA'],
    ['Tony Blair hailed the Turkish government for its efforts.', 'SUPPORT GBR->TUR'],
  ])('praise of an actor or its act stays support: %s', (text, coded) => {
    expect(codedAt(text, 'hailed', '1987-03-23')).toEqual([coded]);
  });

  // review fix-a #4: a failure in an adjunct is no thing praised; the praise of the side stays.
  it.each([
    ['Iraq praised Egypt despite the failure of the talks.', 'praised', 'SUPPORT IRQ->EGY'],
    ['Iraq hailed Egypt\'s mediation after the failure of the talks.', 'hailed', 'SUPPORT IRQ->EGY'],
  ])('a failure outside what is praised leaves the support: %s', (text, trigger, coded) => {
    expect(codedAt(text, trigger, '1987-03-23')).toEqual([coded]);
  });
});
