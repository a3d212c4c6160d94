import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';

// Declining to speak is a spokesman withholding news, no refusal of anyone (#12, session 56; training wire gold: 8 of
// 12 "decline" REJECT false, most of them refusals to answer, detail or describe).
describe('declining to speak (#12, session 56)', () => {
  it.each([
    ['U.S. Defense Secretary Caspar Weinberger declined to be specific.'],
    ['The Saudi ambassador declined to describe what sort of help the Saudis were providing.'],
    ['The U.S. Defense Secretary declined to discuss specifics, but said the United States would keep the Gulf open.'],
    ['The European Community spokesman declined to talk to reporters on the outcome of the session.'],
    ['The Greek Prime Minister declined to answer reporters\' questions about the announcement.'],
  ])('withholds word, no REJECT: %s', (text) => {
    expect(codedAt(text, 'declined', '1987-03-23')).toEqual([]);
  });

  it.each([
    ['Italy declined to attend the February meeting of the Group of Seven in Paris.', 'REJECT ITA->IGO'],
    ['Kuwait had earlier declined an offer of U.S. Naval escorts.', 'REJECT KWT->USA'],
    ['Iran declined to discuss the ceasefire with Iraq.', 'REJECT IRN->IRQ'],
  ])('a refusal of an act or a thing stays REJECT: %s', (text, coded) => {
    expect(codedAt(text, 'declined', '1987-03-23')).toEqual([coded]);
  });
});
