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

  it('leaves a verb of another form alone ("the talks on tariffs and called" has no finite verb of its form above it)', () => {
    expect(codedAt('Officials expect the talks on tariffs and quotas to resume, and called them useful.', 'called', '1987-04-01')).toEqual([]);
  });
});
