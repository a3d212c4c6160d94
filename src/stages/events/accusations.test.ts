import { describe, expect, it } from 'vitest';
import { codedEvent } from '../../../test/support/test-events.js';
import type { Publisher } from '../discourse/types.js';
import { publisherAccusation } from './accusations.js';

const site: Publisher = { site: 'president.gov.ua', code: 'UKR', office: 'president' };
const text = 'Russia has used missiles against Ukraine.';
const force = (overrides: { actor?: string; recipient?: string; event?: 'ASSAULT' | 'CONSULT' } = {}) => codedEvent(text, {
  event: overrides.event ?? 'ASSAULT', trigger: 'used',
  actor: { words: 'Russia', id: 'rus', code: overrides.actor ?? 'RUS' },
  recipient: { words: 'Ukraine', id: 'ukr', code: overrides.recipient ?? 'UKR' },
});

describe('publisherAccusation', () => {
  it('makes force used on the site\'s side its ACCUSE allege against the doer', () => {
    const accusation = publisherAccusation(site, force());
    expect([accusation?.event, accusation?.mode, accusation?.actors.map((a) => a.code), accusation?.recipients.map((r) => r.code)]).toEqual(['ACCUSE', 'allege', ['UKR'], ['RUS']]);
    expect(accusation?.reasons[0].rule).toBe('events/told-force');
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
    const told = { ...force(), speaker: { start: 0, end: 6, tokens: [0, 1] as const, actorId: 'usa', name: 'Washington', code: 'USA' } };
    expect(publisherAccusation(site, told)).toBeUndefined();
  });
});
