import { describe, expect, it } from 'vitest';
import { reason } from '../../lang/reason.js';
import { weMetParties } from './we-met.js';

const member = (code: string) => ({ start: 0, end: 1, tokens: [0, 1] as const, actorId: code, name: code, code, sector: 'GOV', reasons: [], why: 'test' });
const layer = { publisher: { site: 'president.gov.ua', code: 'UKR', office: 'president' }, participants: { members: [member('UKR'), member('DEU')], sent: 0, reason: reason('test') }, mentions: [] };
const ukraine = [{ code: 'UKR', sector: 'GOV' }];

describe('weMetParties', () => {
  it('gives a party\'s past "we talked" with no partner both parties of the meeting (issue-12: "We talked about key approaches")', () => {
    const found = weMetParties(layer, 2, 'CONSULT', 'we', 'VBD', ukraine, 0);
    expect(found?.parties.map((m) => m.code)).toEqual(['UKR', 'DEU']);
    expect(found?.reason.rule).toBe('discourse/we-met');
    expect(weMetParties(layer, 2, 'CONSULT', 'we', 'VBN', ukraine, 0)?.parties).toHaveLength(2);
  });

  it.each([
    ['a present "we are talking about …"', 'CONSULT', 'we', 'VBG', ukraine, 0],
    ['a one-sided act', 'SUPPORT', 'we', 'VBD', ukraine, 0],
    ['"I" talked', 'CONSULT', 'i', 'VBD', ukraine, 0],
    ['a partner named', 'CONSULT', 'we', 'VBD', ukraine, 1],
    ['a side not in the meeting', 'CONSULT', 'we', 'VBD', [{ code: 'POL' }], 0],
    ['both sides already', 'CONSULT', 'we', 'VBD', [{ code: 'UKR' }, { code: 'DEU' }], 0],
  ] as const)('leaves %s alone', (_, event, pronoun, xpos, actors, partners) => {
    expect(weMetParties(layer, 2, event, pronoun, xpos, actors, partners)).toBeUndefined();
  });

  it('needs a meeting, an official site, and a sentence within the passage the meeting holds for', () => {
    expect(weMetParties({ mentions: [] }, 2, 'CONSULT', 'we', 'VBD', ukraine, 0)).toBeUndefined();
    expect(weMetParties({ ...layer, publisher: undefined }, 2, 'CONSULT', 'we', 'VBD', ukraine, 0)).toBeUndefined();
    expect(weMetParties({ ...layer, participants: { ...layer.participants, sent: 1, lastSent: 3 } }, 5, 'CONSULT', 'we', 'VBD', ukraine, 0)).toBeUndefined();
  });
});
