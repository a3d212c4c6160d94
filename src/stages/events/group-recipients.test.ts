import { describe, expect, it } from 'vitest';
import { isStateGroup, withoutGroupRecipients } from './group-recipients.js';
import type { EventParticipant } from './types.js';

const at = { start: 0, end: 1, tokens: [0, 1] as const };
const group: EventParticipant = { ...at, actorId: 'group:GOV', name: 'Governments of several states', code: 'GOV', sector: 'GOV' };
const brazil: EventParticipant = { ...at, actorId: 'BRA', name: 'Brazil', code: 'BRA' };

describe('groups of states as recipients', () => {
  it('tells a group of states from a country', () => {
    expect([isStateGroup(group), isStateGroup(brazil)]).toEqual([true, false]);
  });

  it('drops the group and names it, keeping the other recipients', () => {
    expect(withoutGroupRecipients([brazil, group])).toEqual({ recipients: [brazil], dropped: ['Governments of several states'] });
  });

  it('leaves recipients without a group as they are', () => {
    const recipients = [brazil];
    expect(withoutGroupRecipients(recipients).recipients).toBe(recipients);
  });
});
