import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';

describe('a gerund its subject reports is that subject\'s act (clause-rules.ts, rule-words own-act-report)', () => {
  it.each([
    ['Iran reported launching a new offensive east of Iraq\'s southern city of Basra.', 'launching'],
    ['Iraq reported hitting a large naval target in the northern Gulf on Monday.', 'hitting'],
  ])('%s', (text, trigger) => {
    expect(codedAt(text, trigger, '1987-04-07').length).toBe(1);
  });

  it.each([
    ['Iran considered launching a new offensive east of Iraq\'s southern city of Basra.', 'launching'],
    ['Iran is reported to have launched a new offensive east of Basra.', 'launched'],
  ])('a gerund only thought of, or an infinitive reported by others, stays no act: %s', (text, trigger) => {
    expect(codedAt(text, trigger, '1987-04-07')).toEqual([]);
  });
});
