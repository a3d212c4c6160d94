import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

// triggers.ts `matchOutbreak`: existential "there will/would/could be <noun>" forecasts or announces; it tells no event.
// The training gold codes no such noun as its own event (reuters-12584 "there will be no further meeting", reuters-7667
// "there would be no formal talks", reuters-11555 "there would be a trade war", ua-71705 "there will be a war tomorrow");
// where it codes the sentence at all it is the speaker's act (a threat, an appeal), found through other words. Each of
// these coded AGREE, REJECT or PROTEST from the noun after session 53 read the tree's lemma "is" as existential "be"
// (readouts ua-president-75285 and wire reuters-4735 coded AGREE). The rules' events and turned-down triggers, before
// the learned filter, through the real pipeline.
const lexicon = loadLexicon();
const pipeline = defaultPipeline({ layers: ['events'] });
/** The events, kept or turned down, whose trigger is the word `noun`. */
const readingsOf = (text: string, noun: string): string[] => {
  const { events, rejected } = codeEvents(pipeline.run(makeDoc({ text, meta: { date: '1992-03-02' } })) as Parameters<typeof codeEvents>[0], lexicon);
  return [...events, ...rejected].filter((e) => text.slice(e.trigger.start, e.trigger.end) === noun).map((e) => e.event ?? '');
};

describe('a forecast existential tells no event (#12, review of ev-outbreak2)', () => {
  it.each([
    ['There will be a new meeting of representatives of the partner countries.', 'meeting'],
    ['Rosenmuller said there would be a meeting of the sector\'s 4,000 workers this afternoon.', 'meeting'],
    ['Valerio said there would be no formal talks over the weekend.', 'talks'],
    ['There will be a strike by dock workers at the port on Thursday.', 'strike'],
    // The consultation-noun path (consultation.ts) coded these CONSULT IND+PAK with the parties named (review d).
    ['There will be talks between India and Pakistan next week.', 'talks'],
    ['There would be a meeting between Iraqi and Iranian officials on Monday.', 'meeting'],
  ])('"%s": no event of "%s"', (text, noun) => {
    expect(readingsOf(text, noun)).toEqual([]);
  });

  it.each([
    ['There was a meeting between Iraqi and Iranian officials on Monday.', 'meeting', 'CONSULT'],
    ['There are talks between Iraq and Iran in Geneva.', 'talks', 'CONSULT'],
  ])('"%s": a told existential is still read', (text, noun, event) => {
    expect(readingsOf(text, noun)).toContain(event);
  });
});

// triggers.ts `nounReading`: "talk" with an "of" phrase is speech about a topic (rule-words `topic-talk-noun`), no talks
// held: "There was talk of war between India and Pakistan" coded CONSULT IND+PAK (review d #8). "Talks" stay talks.
describe('talk of a topic is no consultation (#12, review d)', () => {
  it.each([
    ['There was talk of war between India and Pakistan.', 'talk'],
    ['There was talk of a deal between Israel and Saudi Arabia.', 'talk'],
    // Session 54 review b #5: the event noun in the "of" phrase is the topic talked of, not an event held.
    ['There was talk of a meeting between Iraq and Iran.', 'meeting'],
    ['There was talk of a summit between Israel and Egypt.', 'summit'],
  ])('"%s": no event of "%s"', (text, noun) => {
    expect(readingsOf(text, noun).filter(Boolean)).toEqual([]);
  });

  it('"There were talks between Iraq and Iran on Monday." is still read', () => {
    expect(readingsOf('There were talks between Iraq and Iran on Monday.', 'talks')).toContain('CONSULT');
  });
});
