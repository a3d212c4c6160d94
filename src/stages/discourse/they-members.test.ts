import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';

// "they" after an organisation of member states as the main subject of the sentence before is that organisation
// (refer.ts `pluralAntecedent`; training gold reuters-17929: "OPEC agreed last December to cut production … They
// agreed on a pricing system").
describe('"they" after an organisation of members', () => {
  // The first sentence's verb is not "agreed", so that only the "They" sentence's trigger is read.
  it('takes OPEC from the sentence before', () => {
    const text = 'OPEC voted last December to cut production after world prices hit new lows in 1986. They agreed on a pricing system aimed to stabilise the market.';
    expect(codedAt(text, 'agreed', '1987-03-01')).toContain('AGREE IGO->');
  });

  it('leaves a company alone: a firm\'s "they" are its people as often as the firm', () => {
    const text = 'General Motors voted last December to cut production. They agreed on a pricing system aimed to stabilise the market.';
    expect(codedAt(text, 'agreed', '1987-03-01').filter((e) => !/^\S+ ->/.test(e))).toEqual([]);
  });

  // Review a #2: plural people or things the organisation acted on are as near a "they" as the organisation.
  it.each([
    ['The UN Security Council condemned the Houthi attacks on Monday. They also struck a tanker in the Red Sea.', 'struck'],
    ['The European Union imposed sanctions on Iranian generals. They had supplied drones to Russia.', 'supplied'],
    ['NATO did not criticise the rebels on Monday. They later seized the airport.', 'seized'],
  ])('leaves no doer after a plural outside the subject: %s', (text, trigger) => {
    expect(codedAt(text, trigger, '2024-03-01').filter((e) => e.startsWith('IGO') || / IGO/.test(e))).toEqual([]);
  });
});
