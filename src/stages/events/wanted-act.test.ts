import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';

/** The training gold's wire stories (issue #12): wanting another party to act asks it to (REQUEST, CAMEO 020). */
const wire = (text: string) => `Washington, March 3 (Reuters) - ${text}`;

describe('issue-12: wanting another party to act (expectations.ts)', () => {
  it.each([
    ['Washington wants the IADB to impose greater conditions on lending.'],
    ['Washington wants the World Bank to impose greater conditions on lending.'],
  ])('asks the object when the parser hangs its infinitive on it or beside it: "%s"', (text) => {
    expect(codedAt(wire(text), 'wants', '1987-03-03', { cameo: true })).toEqual(['REQUEST 020 USA->IGO']);
  });

  it('asks, by a plural subject too: wanting is no forecast ("Japanese banks want Nigeria to make clear …")', () => {
    expect(codedAt(wire('Japanese banks want Nigeria to make clear its debt repayment scheme.'), 'want', '1987-03-03')).toEqual(['REQUEST JPN->NGA']);
  });

  it('"would like X to …" asks X ("West German banks would like Brazil to work more closely with the IMF")', () => {
    expect(codedAt(wire('West German banks would like Brazil to work more closely with the International Monetary Fund.'), 'like', '1987-03-03')).toEqual(['REQUEST DEU->BRA']);
  });

  it('"would like to see X do …" asks X ("We would like to see the Indonesian government continue …")', () => {
    expect(codedAt(wire('Japan would like to see the Indonesian government continue the adjustment process.'), 'like', '1987-03-03')).toEqual(['REQUEST JPN->IDN']);
  });

  it('asks nothing of a party by wanting good fortune for it, or its own act', () => {
    expect(codedAt(wire('Japanese officials want Nigeria to win the match.'), 'want', '1987-03-03')).toEqual([]);
    expect(codedAt(wire('Japan would like to see prices rise.'), 'like', '1987-03-03')).toEqual([]);
  });

  it.each([
    ['U.S. officials told Japan they wanted the measures implemented quickly.'],
    ['President Reagan told Nakasone he wanted the tariffs lifted.'],
  ])('telling another party what one wants asks the one told: "%s"', (text) => {
    expect(codedAt(wire(text), 'wanted', '1987-03-03')).toEqual(['REQUEST USA->JPN']);
  });

  it('asks no one told of a third party\'s want or of one\'s own act', () => {
    expect(codedAt(wire('U.S. officials told Nakasone that Japan wanted more time.'), 'wanted', '1987-03-03')).toEqual([]);
    expect(codedAt(wire('U.S. officials told Japan they wanted to leave early.'), 'wanted', '1987-03-03')).toEqual([]);
  });

  it('asks nothing of an object its passive infinitive is done to: "Washington wants the IADB to be given greater powers"', () => {
    expect(codedAt(wire('Washington wants the IADB to be given greater powers.'), 'wants', '1987-03-03')).toEqual([]);
  });

  it('a plural subject of expecting still forecasts: "Economists expect Japan to cut rates"', () => {
    expect(codedAt(wire('Economists expect Japan to cut rates.'), 'expect', '1987-03-03')).toEqual([]);
  });
});
