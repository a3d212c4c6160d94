import { describe, expect, it } from 'vitest';
import { ownTitle, titleSpeakers } from './title-quote.js';

describe('ownTitle', () => {
  it.each([
    ['Russia is already moving away from ultimatums, but full-fledged talks require the participation of Western partners - Volodymyr Zelenskyy', 'Volodymyr Zelenskyy'],
    ['Russia and every other potential aggressor must see that by war you will not achieve anything - Volodymyr Zelenskyy at the session of the Wall Street Journal CEO Council Summit', 'Volodymyr Zelenskyy at the session of the Wall Street Journal CEO Council Summit'],
    ['The situation with the incidence of COVID-19 is stabilized in Ukraine - meeting chaired by the President', 'meeting chaired by the President'],
    ['President: We are starting geographical decentralization of diplomacy, meeting of Ukrainian ambassadors to take place in Huta every year', 'President'],
    ['Head of State: Sanctions will be lifted from all citizens of Ukraine', 'Head of State'],
  ])('leaves out the quote of %s', (title, own) => {
    expect(ownTitle(title)).toBe(own);
  });

  it.each([
    'Meeting of the Russia – Land of Opportunity Supervisory Board',
    'FACT SHEET: President Biden Will Host the Summit',
    'Readout: President Biden will call President Putin',
    'President at COP26: Global thinking and world policy priorities need to change',
    'Telephone conversation with US President Joseph Biden',
  ])('keeps a title that quotes no one whole: %s', (title) => {
    expect(ownTitle(title)).toBe(title);
  });
});

describe('titleSpeakers', () => {
  const speech = new Set(['says', 'said']);
  const listed = new Set(['president']);
  it.each([
    ['Miyazawa says there are no plans at all for G-5 or G-7 talks', ['miyazawa']],
    ['EC Commission President urges quick meeting of G-7 after markets turmoil', ['commission', 'ec']],
    ['Reagan to hold news conference at 2000 EST Thursday, White House says', ['house', 'white']],
    ['Shultz begins talks with Shevardnadze', []],
  ])('reads who speaks in %s', (title, speakers) => {
    expect(titleSpeakers(title, speech, listed)).toEqual(speakers);
  });
});
