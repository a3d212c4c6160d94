import { describe, expect, it } from 'vitest';
import { codedEvent } from '../../../test/support/test-events.js';
import type { Publisher } from '../discourse/types.js';
import { publisherAccusation } from './accusations.js';

const site: Publisher = { site: 'president.gov.ua', code: 'UKR', office: 'president' };
const text = 'Russia has used missiles against Ukraine.';
const speaker = (code: string) => ({ start: 0, end: 6, tokens: [0, 1] as const, actorId: code.toLowerCase(), name: code, code });
const narrated = (overrides: { actor?: string; recipient?: string; event?: 'ASSAULT' | 'COERCE' | 'CONSULT' } = {}) => codedEvent(text, {
  event: overrides.event ?? 'ASSAULT', trigger: 'used',
  actor: { words: 'Russia', id: 'rus', code: overrides.actor ?? 'RUS' },
  recipient: { words: 'Ukraine', id: 'ukr', code: overrides.recipient ?? 'UKR' },
});
/** Force the site's own named speaker tells of ("Yermak said that Russia has used missiles against Ukraine"). */
const force = (overrides: Parameters<typeof narrated>[0] = {}) => ({ ...narrated(overrides), speaker: speaker('UKR') });

describe('publisherAccusation', () => {
  it('makes force its speaker tells of as used on the site\'s side its ACCUSE allege against the doer', () => {
    const accusation = publisherAccusation(site, force());
    expect([accusation?.event, accusation?.mode, accusation?.actors.map((a) => a.code), accusation?.recipients.map((r) => r.code)]).toEqual(['ACCUSE', 'allege', ['UKR'], ['RUS']]);
    expect(accusation?.reasons[0].rule).toBe('events/told-force');
  });

  it('makes coercion told in the site\'s own voice an accusation too ("citizens illegally detained by Russia")', () => {
    const accusation = publisherAccusation(site, narrated({ event: 'COERCE' }));
    expect([accusation?.event, accusation?.actors.map((a) => a.code), accusation?.recipients.map((r) => r.code)]).toEqual(['ACCUSE', ['UKR'], ['RUS']]);
  });

  it('leaves an attack told in the site\'s own voice a fact ("They fired at other cities of our state")', () => {
    expect(publisherAccusation(site, narrated())).toBeUndefined();
  });

  it.each([
    ['the site\'s own side is the doer', { actor: 'UKR', recipient: 'RUS' }],
    ['force on a third country', { recipient: 'SYR' }],
    ['no force', { event: 'CONSULT' as const }],
  ])('accuses no one when %s', (_, overrides) => {
    expect(publisherAccusation(site, force(overrides))).toBeUndefined();
  });

  it('accuses no one for an act that is not a fact', () => {
    expect(publisherAccusation(site, { ...force(), hypothetical: true })).toBeUndefined();
  });

  it('leaves a report by another side to that side', () => {
    const told = { ...force(), speaker: speaker('USA') };
    expect(publisherAccusation(site, told)).toBeUndefined();
  });
});
