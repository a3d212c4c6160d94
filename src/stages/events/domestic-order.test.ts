import { describe, expect, it } from 'vitest';
import { domesticOrder } from './domestic-order.js';
import type { EventParticipant } from './types.js';

const party = (code: string, sector?: string): EventParticipant => ({ start: 0, end: 1, tokens: [0, 1], actorId: code, name: code, code, ...(sector ? { sector } : {}) });

describe('issue-12: a state\'s order at home', () => {
  it.each([
    ['"the government ordered 82 companies to repay …"', party('KOR', 'GOV'), [party('KOR', 'BUS')]],
    ['"South Korea ordered the takeover of six … firms" (no recipient)', party('KOR'), []],
    ['"A federal appeals court ordered the oil companies to halt …"', party('USA', 'JUD'), [party('USA', 'BUS')]],
  ])('codes %s COERCE', (_, actor, recipients) => {
    expect(domesticOrder('order', 'REQUEST', [actor], recipients)?.event).toBe('COERCE');
  });

  it.each([
    ['an order to another country ("Japan ordered the United States to lift …")', party('JPN', 'GOV'), [party('USA', 'GOV')]],
    ['an order down the chain of command ("ordered its armed forces to defend …")', party('LKA', 'GOV'), [party('LKA', 'MIL')]],
    ['a firm\'s order ("the company ordered its suppliers to …")', party('USA', 'BUS'), [party('USA', 'BUS')]],
  ])('leaves %s a REQUEST', (_, actor, recipients) => {
    expect(domesticOrder('order', 'REQUEST', [actor], recipients)).toBeUndefined();
  });

  it('reads only verbs of ordering and only REQUEST', () => {
    expect(domesticOrder('urge', 'REQUEST', [party('KOR', 'GOV')], [party('KOR', 'BUS')])).toBeUndefined();
    expect(domesticOrder('order', 'AGREE', [party('KOR', 'GOV')], [party('KOR', 'BUS')])).toBeUndefined();
  });
});
