import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const pipeline = defaultPipeline({ layers: ['events'] });
/** The rules' events (type and CAMEO code) for the real parse of `text`, before the learned filter. */
const coded = (text: string) => codeEvents(pipeline.run(makeDoc({ text, meta: { date: '1987-03-03' } })) as Parameters<typeof codeEvents>[0], lexicon).events
  .map((e) => `${e.event} ${e.cameo}`);

describe('pattern words and proper nouns', () => {
  // A capitalised name is no common noun's plural: "Reserve" was "reserves", a word of CAMEO's &MILITARY (#12).
  it.each([
    'The Federal Reserve moved to tighten credit conditions on Tuesday.',
    'The Federal Reserve moved to calm the markets after the dollar fell.',
  ])('issue-12: "the Federal Reserve moved to …" is no mobilization of reserves (%s)', (text) => {
    expect(coded(text).filter((e) => e.startsWith('MOBILIZE'))).toEqual([]);
  });

  it('keeps common nouns: "Iraqi troops moved to the border" is still forces moved (154)', () => {
    expect(coded('Iraqi troops moved to the border on Tuesday.')).toContain('MOBILIZE 154');
  });
});

describe('particle patterns and prepositions', () => {
  // KICK's "* OFF" (046, "kicked off talks") took the "off" of "off the coast" for its particle (#12, session 50).
  it('issue-12: "the ship hit a tanker off the coast" is no talks', () => {
    expect(coded('The ship hit a tanker off the coast of Oman.').filter((e) => e.startsWith('CONSULT'))).toEqual([]);
  });

  // DEMAND's "* ON" (190, "pressed on") took the "on" of "on behalf of" (training wire gold, reuters-12700).
  it('issue-12: "demanding … from Union Carbide on behalf of … claimants" is no advance', () => {
    expect(coded('The Indian government is demanding more than three billion dlrs from Union Carbide on behalf of some 526,000 claimants.')
      .filter((e) => e.startsWith('ASSAULT'))).toEqual([]);
  });

  it('keeps the particle right after the verb: "the two sides kicked off talks" is still talks (046)', () => {
    expect(coded('The two sides kicked off talks in Geneva on Monday.')).toContain('CONSULT 046');
  });

  // Review b, finding 1: the guard is for a bare particle pattern ("* OFF", "* ON"); in a pattern with a noun
  // ("* ATTACK ON +", "* ON TRIP", "* ON &SOLUTION") the word is a real preposition and must still fit.
  it.each([
    ['The United States condemned the attack on the Israeli embassy in Cairo.', 'ACCUSE 112'],
    ['The Japanese prime minister left Tokyo on Monday on a trip to Europe.', 'CONSULT 042'],
    ['Armenia and Azerbaijan agreed in Moscow on a peaceful solution to the conflict.', 'AGREE 035'],
  ])('keeps a preposition that a pattern with a noun names: "%s" is %s', (text, code) => {
    expect(coded(text)).toContain(code);
  });
});
