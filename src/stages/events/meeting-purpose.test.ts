import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';

describe('talks done at a gathering (meeting-purpose.ts)', () => {
  it.each([
    ['Venezuelan Finance Minister Manuel Azpurua travelled to Tokyo on Monday to seek new credits from Japan.', 'seek', 'REQUEST VEN->JPN'],
    ['Brazilian Finance Minister Dilson Funaro flew to New York on Tuesday to negotiate with the creditor banks.', 'negotiate', 'CONSULT BRA+MNC->'],
    ['OPEC oil ministers met in Vienna on Monday to review their accord on prices.', 'review', 'AGREE IGO->'],
  ])('codes the talks a gathering was for, done by its subject: %s', (text, trigger, coded) => {
    expect(codedAt(text, trigger, '1987-03-02')).toEqual([coded]);
  });

  // Review a after session 55 #4: the parser may make the purpose a complement (`xcomp`) of the gathering verb.
  it('codes a purpose the parser made the gathering verb\'s complement ("will visit China to urge Beijing to …")', () => {
    expect(codedAt('President Biden will visit China to urge Beijing to release the detained journalists.', 'urge', '2024-03-05')).toEqual(['REQUEST USA->CHN']);
  });

  it.each([
    ['OPEC oil ministers met in Vienna on Monday to sign an accord on prices.', 'sign'],
    ['OPEC oil ministers agreed on Monday to review their accord on prices.', 'review'],
    // "press" mostly pushes on with a fight or a claim, not an appeal made at talks (review after session 55 #2).
    ['Russian forces arrived near Bakhmut to press their assault on Ukrainian positions.', 'press'],
    ["Chinese warships gathered near Taiwan to press Beijing's claims.", 'press'],
  ])('keeps an act still to come or an agreement\'s content an intent: %s', (text, trigger) => {
    expect(codedAt(text, trigger, '1987-03-02')).toEqual([]);
  });

  // Review b after session 56 #5: "host" and "convene" are object control. Guests brought together to talk with a
  // partner of their own talk with that partner; the host only brings them.
  it.each([
    ['Egypt convened Hamas leaders on Monday to negotiate with Israel.', 'negotiate', 'CONSULT PSE+ISR->'],
    // A meeting set for later is its parties' agreement to meet (PLOVER manual: future meetings are AGREE).
    ['Qatar will host Hamas leaders to negotiate with Israel.', 'negotiate', 'AGREE PSE->ISR'],
  ])('gives the talks of a host\'s guests with a partner of their own to the guests: %s', (text, trigger, coded) => {
    expect(codedAt(text, trigger, '2024-03-04')).toEqual([coded]);
  });

  it('keeps the host among those talking when the guests name no partner of their own', () => {
    expect(codedAt('Russia hosted the Syrian president to discuss the war.', 'discuss', '2024-03-04')).toEqual(['CONSULT RUS+SYR->']);
  });

  // Review a #3: the object is guests only when it names a party; "talks" hosted are no guests, so the host talks.
  it('keeps the host among those talking when the object hosted is a thing: "Qatar hosted talks … to negotiate with Hamas"', () => {
    expect(codedAt('Qatar hosted talks on Sunday to negotiate with Hamas.', 'negotiate', '2024-03-04')).toEqual(['CONSULT QAT+PSE->']);
  });

  // Review a #9: the partner may hang on the talks' object ("to discuss a truce with Israel").
  it('gives the guests a partner named on the object of their talks: "Egypt convened Hamas leaders to discuss a truce with Israel"', () => {
    expect(codedAt('Egypt convened Hamas leaders to discuss a truce with Israel.', 'discuss', '2024-03-04')).toEqual(['CONSULT PSE+ISR->']);
  });
});
