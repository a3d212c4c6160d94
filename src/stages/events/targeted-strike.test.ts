import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

// targeted-strike.ts: a strike "on" or "against" a target or a country is an attack, one against an employer, a
// policy or a day a labour strike. Training readouts ua-president-73105 "There are strikes on military and other
// important defense facilities" (gold ASSAULT > UKRMIL) coded PROTEST. The rules' events and turned-down triggers,
// before the learned filter, through the real pipeline.
const lexicon = loadLexicon();
const pipeline = defaultPipeline({ layers: ['events'] });
/** The events, kept or turned down, whose trigger is the word `noun`. */
const readingsOf = (text: string, noun: string): string[] => {
  const { events, rejected } = codeEvents(pipeline.run(makeDoc({ text, meta: { date: '1992-03-02' } })) as Parameters<typeof codeEvents>[0], lexicon);
  return [...events, ...rejected].filter((e) => text.slice(e.trigger.start, e.trigger.end) === noun).map((e) => e.event ?? '');
};

describe('a strike on a target is an attack (#12, review of ev-outbreak2)', () => {
  it.each([
    ['There are strikes on military and other important defense facilities, border units are under attack.', 'strikes'],
    ['There were strikes on Iranian oil platforms in the Gulf on Monday.', 'strikes'],
    ['There were strikes against Iranian targets in the Gulf on Monday.', 'strikes'],
  ])('"%s"', (text, noun) => {
    expect(readingsOf(text, noun)).toEqual(['ASSAULT']);
  });

  it.each([
    ['There were strikes against General Motors at two plants on Monday.', 'strikes'],
    ['There were strikes against redundancies in the port on Monday.', 'strikes'],
    ['There were strikes on the railways in Britain on Monday.', 'strikes'],
  ])('"%s": a labour strike stays one', (text, noun) => {
    expect(readingsOf(text, noun)).toEqual(['PROTEST']);
  });
});
