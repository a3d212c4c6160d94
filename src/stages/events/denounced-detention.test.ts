import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';

// CAMEO's DENOUNCE row "* &DETENTION [052]" read a criticised detention or prison as defending its victims, whom it
// never found: the criticism became SUPPORT of whoever holds them. It condemns them (verbs.txt DENOUNCE_DETENTION,
// ACCUSE 111; review fix-a #10 of session 59).
describe('criticising a detention or a prison condemns whoever holds it', () => {
  it.each([
    ['Amnesty International criticised the government\'s obsession with building new prisons and called on ministers to fund rehabilitation.', 'criticised', 'ACCUSE 111 NGO->(unknown country (GOV))'],
    ['China denounced the detention of its fishermen by Japan on Tuesday.', 'denounced', 'ACCUSE 111 CHN->JPN'],
  ])('%s', (text, trigger, want) => {
    expect(codedAt(text, trigger, '2005-06-01', { cameo: true, uncoded: true })).toEqual([want]);
  });
});
