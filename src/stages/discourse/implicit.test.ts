import { describe, expect, it } from 'vitest';
import { reason } from '../../lang/reason.js';
import { meetingParties, readoutCounterparts } from './implicit.js';

const member = (code: string) => ({ start: 0, end: 1, tokens: [0, 1] as const, actorId: code, name: code, code, sector: 'GOV', reasons: [], why: 'test' });
const layer = { participants: { members: [member('RUS'), member('KAZ')], sent: 0, reason: reason('test') }, mentions: [] };

describe('readoutCounterparts', () => {
  it('directs one party\'s position with no recipient at the other party of the meeting', () => {
    const found = readoutCounterparts(layer, 2, 'SUPPORT', [{ code: 'RUS', sector: 'GOV' }]);
    expect(found?.recipients.map((m) => m.code)).toEqual(['KAZ']);
    expect(found?.reason.rule).toBe('discourse/counterpart-recipient');
  });

  it('leaves acts of both parties, of outsiders, before the meeting, and of other kinds alone', () => {
    expect(readoutCounterparts(layer, 2, 'AGREE', [{ code: 'RUS' }, { code: 'KAZ' }])).toBeUndefined();
    expect(readoutCounterparts(layer, 2, 'ACCUSE', [{ code: 'UKR' }])).toBeUndefined();
    expect(readoutCounterparts(layer, 2, 'ASSAULT', [{ code: 'RUS' }])).toBeUndefined();
    expect(readoutCounterparts({ ...layer, participants: { ...layer.participants, sent: 3 } }, 2, 'SUPPORT', [{ code: 'RUS' }])).toBeUndefined();
    expect(readoutCounterparts({ mentions: [] }, 2, 'SUPPORT', [{ code: 'RUS' }])).toBeUndefined();
  });
});

describe('meetingParties', () => {
  it('gives a consultation in the meeting\'s own sentence all its parties, and nothing elsewhere', () => {
    expect(meetingParties(layer, 0, 'CONSULT')?.parties.map((m) => m.code)).toEqual(['RUS', 'KAZ']);
    expect(meetingParties(layer, 1, 'CONSULT')).toBeUndefined();
    expect(meetingParties(layer, 0, 'AGREE')).toBeUndefined();
  });
});
