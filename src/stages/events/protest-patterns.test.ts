import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

// data/verbs.txt PROTEST (#12): CAMEO's VERBAL_CONFLICT block, shared with "oppose" and "challenge", codes many things
// protested as words (110, 111, 120); a protest keeps its 140, so a crowd's or a union's protest is a PROTEST and only a
// state's becomes ACCUSE (plover.json governmentProtest). Real parses; the code the "protest" trigger gets, whether
// the rules keep it or another trigger of the sentence wins.
const lexicon = loadLexicon();
const pipeline = defaultPipeline({ layers: ['events'] });
function protestCodes(text: string): string[] {
  const coded = codeEvents(pipeline.run(makeDoc({ text, meta: { date: '1987-03-01' } })) as Parameters<typeof codeEvents>[0], lexicon);
  return [...coded.events, ...coded.rejected].filter((e) => /^protest/i.test(text.slice(e.trigger.start, e.trigger.end))).map((e) => `${e.event} ${e.cameo}`);
}

describe('a protest stays a protest', () => {
  it.each([
    ['About 6,000 miners resumed work at the Grootvlei gold mine east of Johannesburg after protesting the transfer of colleagues to other jobs.'],
    ['Unions are planning a week of state-wide strikes in New South Wales, starting next Tuesday, to protest against a state move to cut workers\' compensation.'],
  ])('issue-12: "%s" is a protest (140), no disapproval in words (110)', (text) => {
    expect(protestCodes(text)).toEqual(['PROTEST 140']);
  });

  it('keeps a state\'s protest a disapproval: "The Japanese government protested the decision" is ACCUSE', () => {
    expect(protestCodes('The Japanese government protested the decision.').map((e) => e.split(' ')[0])).toEqual(['ACCUSE']);
  });

  // review d, #1: CAMEO's "* ARREST" / "* &DETENTION" (053, written for "protest against arrests") read a state's
  // protest at an arrest as rallying support; a protest at them is a protest, so a state's is ACCUSE.
  it.each([
    ['Britain protested the arrest of its citizen in Iran.'],
    ['Britain protested the detention of its diplomats by Iran.'],
  ])('review d: a state protesting an arrest or a detention accuses, no support: "%s"', (text) => {
    expect(protestCodes(text)).toEqual(['ACCUSE 140']);
  });
});
