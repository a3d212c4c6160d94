import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';

/**
 * Hoping that a party wins, recovers or receives something is a wish for an outcome that befalls it, not an appeal to
 * it (review rv-d #1 of session 60: the split that-less clause made these REQUEST USA->JPN).
 */
describe('a hoped-for outcome asks nothing of its party', () => {
  const hopes = (rest: string) => codedAt(`Armacost said the U.S. Hopes Japan will ${rest}.`, 'Hopes', '1987-04-01');

  it.each(['win the match against Brazil', 'recover from the earthquake', 'receive aid from China', 'get help from China'])(
    'codes no appeal for "hopes Japan will %s"', (rest) => {
      expect(hopes(rest).filter((e) => e.startsWith('REQUEST'))).toEqual([]);
    });

  it('still codes the appeal for a deliberate act ("hopes Japan will take steps")', () => {
    expect(hopes('take steps to open its markets')).toContain('REQUEST USA->JPN');
  });
});
