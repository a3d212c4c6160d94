import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';

// Training gold (session 59, ev-noactor): the parser hangs the second verb of "X criticised … and called on …" on the
// last noun of the first clause (`conj`), so the verb had no subject and the act no actor (`events/no-actor`).
describe('a finite verb the parser coordinated with a noun shares the subject of the verb of its own form above it', () => {
  it.each([
    ['But Aid charity Actionaid criticised Mr Brown\'s preoccupation with finding a vaccine and called on G8 nations to fund HIV/Aids treatments.', 'called', 'REQUEST NGO->'],
    ['British consumer affairs minister Michael Howard told reporters he was dissatisfied with the exchange\'s response to Britain\'s timetable for increased British membership and warned of possible reprisals in the future.', 'warned', 'THREATEN GBR->'],
  ])('%s', (text, trigger, want) => {
    expect(codedAt(text, trigger, '1987-04-01')).toContain(want);
  });

  // The parser hangs "called" on "vaccine" here too (checked with `dyad parse`), but the verbs above it are "finding"
  // (VBG) and "criticises" (VBZ): no finite verb of its own form (VBD) whose subject it could share.
  it('leaves a verb coordinated with a noun alone when no verb of its own form stands above it', () => {
    expect(codedAt('Aid charity Actionaid criticises Mr Brown\'s preoccupation with finding a vaccine and called on G8 nations to fund HIV/Aids treatments.', 'called', '2005-06-01')).toEqual([]);
  });
});
