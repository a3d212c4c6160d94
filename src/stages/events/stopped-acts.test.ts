import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';

// triggers.ts with rule-words `breach-verb`: a verb that stops or suffers an act does not take its event-noun object's
// code (review rv-b #6). "halted the deportation" stopped one, "facing deportation" suffers one: neither deported
// anyone, and the facer is no doer. Sentences invented.
const at = (text: string, trigger: string) => codedAt(`JERUSALEM, March 3 (Reuters) - ${text}`, trigger, '1987-03-03', { cameo: true });

describe('an event noun under a verb of stopping or undergoing', () => {
  it.each([
    ["Israel's Supreme Court halted the deportation of four Palestinians.", 'halted'],
    ["Israel's Supreme Court halted the expulsion of four Palestinians.", 'halted'],
    ['West Germany stopped deportations of Tamil refugees to Sri Lanka.', 'stopped'],
    ['The court suspended the deportation of two Palestinian students.', 'suspended'],
    ["Four Palestinians facing deportation appealed to Israel's Supreme Court.", 'facing'],
    ['Three Tamil refugees will undergo deportation to Sri Lanka.', 'undergo'],
  ])('"%s" codes no act of the noun', (text, trigger) => {
    expect(at(text, trigger)).toEqual([]);
  });

  it('keeps the verbs\' own patterns: "suspended loans to Peru" is SANCTION 162', () => {
    expect(at('The World Bank has suspended loans to Peru.', 'suspended')).toEqual(['SANCTION 162 IGO->PER']);
  });
});
