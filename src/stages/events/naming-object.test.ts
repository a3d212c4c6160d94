import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';

describe('naming objects (#12, session 56)', () => {
  it.each([
    ['Tory Shadow Chancellor Oliver Letwin called Labour "a brilliant machine for talking about things" but said it did not deliver policies.', 'called'],
    ['In January, Mr Kilroy-Silk quit his BBC One show for remarks he made about Arabs, who he called "suicide bombers".', 'called'],
  ])('a name given is no phone call: %s', (text, trigger) => {
    expect(codedAt(text, trigger, '2005-01-01')).not.toContainEqual(expect.stringMatching(/^CONSULT/));
  });

  it.each([
    ['President Biden called President Macron on Tuesday.', 'called', 'CONSULT USA+FRA->'],
    ['King Fahd welcomed the Emir of Kuwait Monday.', 'welcomed', 'CONSULT SAU->KWT'],
  ])('the party itself is still called or welcomed: %s', (text, trigger, coded) => {
    expect(codedAt(text, trigger, '2024-01-01')).toEqual([coded]);
  });
});
