import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';
import type { EventParticipant } from './types.js';

// A warning of war is CAMEO's threat of force (138), not disapproval (110): data/verbs.txt WARN (#12, review of
// session 52, #7). A warning against an act (#12, review of session 52, #6): the act is someone else's to do, so whom it would fall on
// is no party to the warning, and with no one warned and no doer named it is advice, no threat. Real parses through
// the default pipeline.
const pipeline = defaultPipeline({ layers: ['events'] });
const lexicon = loadLexicon();

const party = (p: EventParticipant): string => `${p.code ?? ''}${p.sector ?? ''}`;

/** The events coded on the word `trigger`, as "TYPE CAMEO actor>recipient". */
function codedOn(text: string, trigger: string): string[] {
  const coded = codeEvents(pipeline.run(makeDoc({ text, meta: { date: '2022-03-01' } })) as Parameters<typeof codeEvents>[0], lexicon);
  return coded.events.filter((e) => text.slice(e.trigger.start, e.trigger.end) === trigger)
    .map((e) => `${e.event} ${e.cameo} ${e.actors.map(party).join('+')}>${e.recipients.map(party).join('+')}`);
}

describe('warnings against an act (#12)', () => {
  it.each([
    ['Hungarian Prime Minister Viktor Orban warned against sanctions on Russia.', 'warned'],
    ['Hungary warns against sanctions on Russia.', 'warns'],
  ])('issue-12: no one warned and no doer named: advice, no threat of Russia (%s)', (text, trigger) => {
    expect(codedOn(text, trigger)).toEqual([]);
  });

  it.each([
    ['Russia warned against air strikes on Syria.'],
    ['Iran warned against attacking Syria.'],
  ])('issue-12: whom the act warned against would fall on is no party to the warning (%s)', (text) => {
    expect(codedOn(text, 'warned').filter((e) => e.endsWith('SYR'))).toEqual([]);
  });

  it('issue-12: the act\'s named doer is whom the warning is for, never the act\'s target (guard)', () => {
    const coded = codedOn('Hungarian Prime Minister Viktor Orban warned against new EU sanctions on Russia.', 'warned');
    expect(coded.length).toBe(1);
    expect(coded[0]).toMatch(/^THREATEN 130 HUN\w*>IGOEU\w*$/);
  });

  it('issue-12: a doer named by its nationality keeps the warning, addressed to it, not to the act\'s target', () => {
    expect(codedOn('Ukraine warned against Russian aggression against Moldova.', 'warned')).toEqual(['THREATEN 130 UKR>RUS']);
  });

  it('issue-12: a party warned against an act stays the threatened party (guard)', () => {
    expect(codedOn('Iran warned the United States against attacking Syria.', 'warned')).toEqual(['THREATEN 130 IRN>USA']);
  });

  it('issue-12: a warning of a punishment is the speaker\'s threat, and whom it falls on is threatened (guard)', () => {
    expect(codedOn('The European Commission warned of sanctions against Japan.', 'warned')).toEqual(['THREATEN 130 IGOEU>JPN']);
  });

  it.each([
    ['The IMF warned against Greek debt relief.', 'warned'],
    ['Germany warned against Russian gas dependence.', 'warned'],
    ['Merkel warned against German complacency over the pandemic.', 'warned'],
  ])('issue-12: an act warned against that is neither hostile nor punitive is advice, whoever is named on it (%s)', (text, trigger) => {
    expect(codedOn(text, trigger)).toEqual([]);
  });

  it('issue-12: a hostile act warned against that would fall on the speaker\'s own soil is its threat', () => {
    expect(codedOn('North Korea warned against any attack on its soil.', 'warned')).toEqual(['THREATEN 130 PRK>']);
  });

  it('issue-12: a party in a phrase of its own after the act ("in a letter to the European Union") is no target of the act', () => {
    expect(codedOn('Russia warned against new sanctions in a letter to the European Union.', 'warned')).toEqual(['THREATEN 130 RUS>IGOEU']);
  });
});

describe('warnings of war (#12)', () => {
  it.each([
    ['Iranian Foreign Minister Hossein Amirabdollahian warned of war with Israel.', 'warned', 'THREATEN 138 IRNGOV>ISR'],
    ['Iranian Foreign Minister warns of war with Israel.', 'warns', 'THREATEN 138 IRNGOV>ISR'],
  ])('issue-12: a threat of force (CAMEO 138), not disapproval (110): %s', (text, trigger, expected) => {
    expect(codedOn(text, trigger)).toEqual([expected]);
  });
});

// #12 (session 53, review b of ev-warn, #2): a war between others ("between Israel and Iran") is a third party's
// concern, and a trade or price war (rule-words `unarmed-fight-modifier`) no force: neither is the speaker's threat.
describe('warnings of a war the speaker would not wage (#12)', () => {
  it.each([
    ['Guterres warned of war between Israel and Iran.'],
    ['China warned of a trade war with the United States.'],
  ])('issue-12: no threat of force: %s', (text) => {
    expect(codedOn(text, 'warned')).toEqual([]);
  });
});

// Session 53 review d #1: a speaker named as one side of the war it warns of would wage it, and threatens the other
// side (it coded nothing: the "between" phrase made every such war others').
describe('warnings of a war between the speaker and another', () => {
  it.each([
    ['Iran warned of an all-out war between Iran and Israel.', 'THREATEN 138 IRN>ISR'],
    ['Israel warned of a war between Israel and Iran.', 'THREATEN 138 ISR>IRN'],
    // Session 54 review b #6: the speaker is named by its code, not its word (a minister of Iran is Iran's side).
    ['Iran\'s foreign minister warned of a war between Iran and Israel.', 'THREATEN 138 IRNGOV>ISR'],
  ])('%s', (text, event) => {
    expect(codedOn(text, 'warned')).toEqual([event]);
  });

  it('still none of a war between others ("Iran warned of war between Israel and Hezbollah")', () => {
    expect(codedOn('Iran warned of war between Israel and Hezbollah.', 'warned')).toEqual([]);
  });
});
