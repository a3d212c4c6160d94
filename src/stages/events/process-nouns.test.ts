import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';

// data/nouns.tsv entries added from the training gold's "nothing in the sentence" misses (#12, no-trigger.ts): an
// event noun carried by a verb that is no event by itself ("ended", "carried out", "continues"), through the real
// pipeline. The singular "negotiation" names the same process as the listed plural; a deportation is CAMEO 174.
describe('event nouns of data/nouns.tsv found by no-trigger.ts', () => {
  it.each([
    ['Brussels, April 3 - European Community farm ministers ended a marathon negotiation on farm prices without agreement.', 'ended', 'CONSULT 046 IGO->'],
    ['Moscow, April 3 - The negotiation between Russia and Ukraine took place in Istanbul.', 'took', 'CONSULT 046 RUS+UKR->'],
    ['Kyiv, May 3 - Russia carried out the deportation of thousands of Ukrainian children.', 'carried out', 'COERCE 174 RUS->UKR'],
    ['Kyiv, May 3 - The mass deportation of Ukrainians by Russia continues.', 'continues', 'COERCE 174 RUS->UKR'],
  ])('"%s" codes %s', (text, trigger, event) => {
    expect(codedAt(text, trigger, '2023-05-03', { cameo: true })).toContain(event);
  });
});
