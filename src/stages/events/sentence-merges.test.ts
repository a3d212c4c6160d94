import { describe, expect, it } from 'vitest';
import { codedEvent } from '../../../test/support/test-events.js';
import { languagePack } from '../../lang/pack.js';
import { reason } from '../../lang/reason.js';
import { mergeCoordinated } from './sentence-merges.js';

const TEXT = 'Biden thanked Meloni for her leadership and welcomed the Presidency of Canada.';
const biden = { words: 'Biden', id: 'joe-biden', code: 'USA' };

describe('mergeCoordinated', () => {
  it.each([
    ['keeps the first act\'s recipients when both name some', { words: 'Meloni', id: 'meloni', code: 'ITA' }, ['ITA']],
    ['takes the second act\'s recipients when the first names none', undefined, ['CAN']],
  ])('merges coordinated acts of the same actors into one and %s', (_, first, codes) => {
    const cameo = (trigger: string) => [reason('events/cameo', { trigger: reason('events/trigger-verb', { verb: trigger, block: 'ACCLAIM' }), code: '051', label: 'Praise or endorse' })];
    const thanked = { ...codedEvent(TEXT, { event: 'SUPPORT', trigger: 'thanked', actor: biden, ...(first ? { recipient: first } : {}) }), reasons: cameo('thank') };
    const welcomed = { ...codedEvent(TEXT, { event: 'SUPPORT', trigger: 'welcomed', actor: biden, recipient: { words: 'Canada', id: 'canada', code: 'CAN' } }), reasons: cameo('welcome') };
    const events = [thanked, welcomed];
    mergeCoordinated(languagePack(), events, 0);
    expect(events).toHaveLength(1);
    expect(events[0].trigger).toEqual(thanked.trigger);
    expect(events[0].recipients.map((r) => r.code)).toEqual(codes);
  });
});
