import { describe, expect, it } from 'vitest';
import { codedEvent } from '../../../test/support/test-events.js';
import { reportedAccusation } from './reported-accusations.js';
import type { EventParticipant } from './types.js';

const text = 'Iraq said Iran had kept up its attacks on Iraq.';
const iraq: EventParticipant = { start: 0, end: 4, tokens: [0, 1], actorId: 'irq', name: 'Iraq', code: 'IRQ' };
const force = (overrides: { actor?: string; recipient?: string; event?: 'ASSAULT' | 'CONSULT' | 'REJECT' } = {}) => ({
  ...codedEvent(text, {
    event: overrides.event ?? 'ASSAULT', trigger: 'kept',
    actor: { words: 'Iran', id: 'irn', code: overrides.actor ?? 'IRN' },
    recipient: { words: 'Iraq.', id: 'irq2', code: overrides.recipient ?? 'IRQ' },
  }),
  speaker: iraq,
});

describe('reportedAccusation', () => {
  it('makes a speaker\'s report of force by another side an ACCUSE allege against the doer', () => {
    const accusation = reportedAccusation(force(), 'keep');
    expect([accusation?.event, accusation?.mode, accusation?.actors.map((a) => a.code), accusation?.recipients.map((r) => r.code)]).toEqual(['ACCUSE', 'allege', ['IRQ'], ['IRN']]);
    expect(accusation?.reasons[0].rule).toBe('events/reported-force');
  });

  it.each([
    ['the speaker\'s own side is the doer', { actor: 'IRQ', recipient: 'IRN' }],
    ['force on a third country', { recipient: 'KWT' }],
    ['no force', { event: 'CONSULT' as const }],
  ])('accuses no one when %s', (_, overrides) => {
    expect(reportedAccusation(force(overrides), 'keep')).toBeUndefined();
  });

  it('accuses no one for an act that is not a fact, or with no speaker', () => {
    expect(reportedAccusation({ ...force(), negated: true }, 'keep')).toBeUndefined();
    const { speaker: _speaker, ...unsaid } = force();
    expect(reportedAccusation(unsaid, 'keep')).toBeUndefined();
  });

  it('makes a reported wrong an accusation whatever type the lexicon gives its verb, but not a denied one', () => {
    const breach = force({ event: 'REJECT' });
    const accusation = reportedAccusation(breach, 'breach');
    expect([accusation?.event, accusation?.recipients.map((r) => r.code), accusation?.reasons[0].rule]).toEqual(['ACCUSE', ['IRN'], 'events/reported-wrong']);
    expect(reportedAccusation(breach, 'refuse')).toBeUndefined();
    expect(reportedAccusation({ ...breach, negated: true }, 'breach')).toBeUndefined();
  });
});
