import { describe, expect, it } from 'vitest';
import { reason } from '../../lang/reason.js';
import { codedEvent } from '../../../test/support/test-events.js';
import { deniedAccuser, isBareDenial } from './denials.js';
import type { CodedEvent } from './types.js';

const text = 'Washington accused Japan of dumping chips. Yamamoto denied that Japan was dumping chips in Hong Kong.';
const japan = { words: 'Yamamoto', id: 'yamamoto', code: 'JPN' };
const at = (event: CodedEvent, sent: number): CodedEvent => ({ ...event, sent });
const cameo = (trigger: ReturnType<typeof reason>) => reason('events/cameo', { trigger, code: '120', label: 'Reject' });
/** "Yamamoto denied that …": REJECT from the bare verb "deny", no one named. */
const denial = (trigger = reason('events/trigger-verb', { verb: 'deny', block: 'dyad block REJECT' })): CodedEvent =>
  at({ ...codedEvent(text, { event: 'REJECT', trigger: 'denied', actor: japan }), reasons: [cameo(trigger)] }, 1);
const accused = at(codedEvent(text, { event: 'ACCUSE', trigger: 'accused', actor: { words: 'Washington', id: 'usa', code: 'USA' }, recipient: { words: 'Japan', id: 'jpn', code: 'JPN' } }), 0);

describe('deniedAccuser', () => {
  it('aims a denial of a clause at the accuser: the other side of the denier\'s nearest conflict', () => {
    const found = deniedAccuser(denial(), [accused]);
    expect(found?.recipients.map((p) => p.code)).toEqual(['USA']);
    expect(found?.reason.rule).toBe('events/accuser-counterpart');
  });

  it('does not take the other country inside the denied clause ("in Hong Kong") when the article names no accuser', () => {
    expect(deniedAccuser(denial(), [])).toBeUndefined();
  });

  it('leaves a denial whose object pattern names what is denied ("denied opposition charges")', () => {
    const charges = denial(reason('events/trigger-pattern', { verb: 'deny', pattern: '* CHARGE', block: 'dyad block REJECT' }));
    expect(isBareDenial(charges)).toBe(false);
    expect(deniedAccuser(charges, [accused])).toBeUndefined();
  });

  it('leaves refusals and rejections of offers, which answer a proposal, not a charge', () => {
    const refusal = { ...denial(reason('events/trigger-verb', { verb: 'agree', block: 'dyad block AGREE' })), reasons: [reason('events/refusal', { from: 'AGREE', to: 'REJECT' })] };
    const rejected = denial(reason('events/trigger-verb', { verb: 'reject', block: 'dyad block REJECT' }));
    expect(isBareDenial(refusal)).toBe(false);
    expect(isBareDenial(rejected)).toBe(false);
  });

  it('aims a stated non-acceptance naming no one at the other side of the refuser\'s nearest dealing ("Japan will not accept a ban")', () => {
    const refusal = denial(reason('events/trigger-refused-acceptance', { verb: 'accept', refuser: 'Yamamoto' }));
    expect(isBareDenial(refusal)).toBe(true);
    expect(deniedAccuser(refusal, [accused])?.recipients.map((p) => p.code)).toEqual(['USA']);
  });

  it('aims a stated refusal to change naming no one the same way ("Japan would not change its policies")', () => {
    const refusal = denial(reason('events/trigger-refused-change', { verb: 'change', refuser: 'Yamamoto' }));
    expect(deniedAccuser(refusal, [accused])?.recipients.map((p) => p.code)).toEqual(['USA']);
  });

  it('leaves a denial that already names its recipient', () => {
    const named = { ...denial(), recipients: accused.actors };
    expect(isBareDenial(named)).toBe(false);
  });
});
