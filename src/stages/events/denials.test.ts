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

  it('aims a stated non-acceptance naming no one at the side that charged the refuser just before ("Japan will not accept a ban")', () => {
    const refusal = denial(reason('events/trigger-refused-acceptance', { verb: 'accept', refuser: 'Yamamoto' }));
    expect(isBareDenial(refusal)).toBe(true);
    expect(deniedAccuser(refusal, [accused])?.recipients.map((p) => p.code)).toEqual(['USA']);
  });

  it('aims a stated refusal to change naming no one the same way ("Japan would not change its policies")', () => {
    const refusal = denial(reason('events/trigger-refused-change', { verb: 'change', refuser: 'Yamamoto' }));
    expect(deniedAccuser(refusal, [accused])?.recipients.map((p) => p.code)).toEqual(['USA']);
  });

  describe('a stated refusal naming no one (refuser-counterpart)', () => {
    const story = 'Canada banned Danish pork. Denmark will not accept a ban on Danish pork exports. Denmark condemned Iran for the execution.';
    const denmark = { words: 'Denmark', id: 'dnk', code: 'DNK' };
    const refusal = at({ ...codedEvent(story, { event: 'REJECT', trigger: 'accept', actor: denmark }), reasons: [cameo(reason('events/trigger-refused-acceptance', { verb: 'accept', refuser: 'Denmark' }))] }, 1);
    const banned = at(codedEvent(story, { event: 'SANCTION', trigger: 'banned', actor: { words: 'Canada', id: 'can', code: 'CAN' }, recipient: denmark }), 0);
    const condemned = at(codedEvent(story, { event: 'ACCUSE', trigger: 'condemned', actor: denmark, recipient: { words: 'Iran', id: 'irn', code: 'IRN' } }), 2);

    it('answers the side that pressed the refuser just before ("Canada banned Danish pork")', () => {
      const found = deniedAccuser(refusal, [banned, refusal, condemned]);
      expect(found?.recipients.map((p) => p.code)).toEqual(['CAN']);
      expect(found?.reason.rule).toBe('events/refuser-counterpart');
    });

    it('takes no dealing told after the refusal ("In other news, Denmark condemned Iran")', () => {
      expect(deniedAccuser(refusal, [refusal, condemned])).toBeUndefined();
    });

    it('takes no dealing of the refuser\'s own doing ("Japan accused China …; Japan will not accept a whaling ban")', () => {
      const accusing = { ...condemned, sent: 0 };
      expect(deniedAccuser(refusal, [accusing, refusal])).toBeUndefined();
    });

    it('takes no pressure told four sentences before or more', () => {
      expect(deniedAccuser({ ...refusal, sent: 4 }, [banned])).toBeUndefined();
    });

    it('holds a refusal to change to the same ("Brazil would not change its coffee policies")', () => {
      const change = { ...refusal, reasons: [cameo(reason('events/trigger-refused-change', { verb: 'change', refuser: 'Denmark' }))] };
      expect(deniedAccuser({ ...change, sent: 4 }, [banned, condemned])).toBeUndefined();
      expect(deniedAccuser(change, [banned])?.recipients.map((p) => p.code)).toEqual(['CAN']);
    });
  });

  it('leaves a denial that already names its recipient', () => {
    const named = { ...denial(), recipients: accused.actors };
    expect(isBareDenial(named)).toBe(false);
  });
});
