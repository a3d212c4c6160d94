import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const actors: ActorSpec[] = [
  { sent: 0, tokens: [0, 1], id: 'putin', name: 'Vladimir Putin', code: 'RUS', sector: 'GOV' },
  { sent: 0, tokens: [3, 4], id: 'macron', name: 'Emmanuel Macron', code: 'FRA', sector: 'GOV' },
  { sent: 0, tokens: [6, 7], id: 'fra', name: 'France', code: 'FRA' },
];
/** "Putin spoke with Macron, <gerund> France …", the gerund hung on the main verb. */
const sentence = (marker: string, gerund: string, lemma: string) => parsedDoc([`
  Putin Putin PROPN NNP 2 nsubj
  spoke speak VERB VBD 0 root
  with with ADP IN 4 case
  Macron Macron PROPN NNP 2 obl
  ${marker === ',' ? ', , PUNCT , 6 punct' : `${marker} ${marker} SCONJ IN 6 mark`}
  ${gerund} ${lemma} VERB VBG 2 advcl
  France France PROPN NNP 6 obj
  . . PUNCT . 2 punct`], { actors });

describe('set-off gerunds', () => {
  it('codes a communicating gerund after a comma as the main subject\'s act, to its own object', () => {
    const { events } = codeEvents(sentence(',', 'thanking', 'thank'), lexicon);
    const thanks = events.find((e) => e.event === 'SUPPORT');
    expect(thanks?.actors.map((a) => a.code)).toEqual(['RUS']);
    expect(thanks?.recipients.map((a) => a.code)).toEqual(['FRA']);
    expect(thanks?.reasons.some((r) => r.rule === 'events/set-off-gerund')).toBe(true);
  });

  it('leaves a gerund of purpose or manner a topic ("…, ensuring", "by thanking")', () => {
    for (const doc of [sentence(',', 'ensuring', 'ensure'), sentence('by', 'thanking', 'thank')]) {
      const { events, rejected } = codeEvents(doc, lexicon);
      expect(events.map((e) => e.event)).toEqual(['CONSULT']);
      expect(rejected.some((r) => r.ruleId === 'events/gerund')).toBe(true);
    }
  });

  it('issue-12: codes "after <gerund>" naming its party as an earlier act of the main subject ("spoke with Macron after meeting France")', () => {
    const { events } = codeEvents(sentence('after', 'meeting', 'meet'), lexicon);
    expect(events.map((e) => e.event)).toEqual(['CONSULT', 'CONSULT']);
    expect(events[1]?.reasons.some((r) => r.rule === 'events/set-off-gerund')).toBe(true);
    expect([...events[1].actors, ...events[1].recipients].map((a) => a.code).sort()).toEqual(['FRA', 'RUS']);
  });

  it('leaves "after <gerund>" naming no party of its own a time, not an act ("after adopting resolutions")', () => {
    const doc = parsedDoc([`
      Putin Putin PROPN NNP 2 nsubj
      spoke speak VERB VBD 0 root
      with with ADP IN 4 case
      Macron Macron PROPN NNP 2 obl
      after after SCONJ IN 6 mark
      meeting meet VERB VBG 2 advcl
      twice twice ADV RB 6 advmod
      . . PUNCT . 2 punct`], { actors: actors.slice(0, 2) });
    const { events, rejected } = codeEvents(doc, lexicon);
    expect(events.map((e) => e.event)).toEqual(['CONSULT']);
    expect(rejected.some((r) => r.ruleId === 'events/gerund')).toBe(true);
  });

  /** "Putin responded to Macron by thanking [France]": a main verb that codes no act, a means gerund with or without its object. */
  const means = (object: boolean, tag = 'VBD') => parsedDoc([`
    Putin Putin PROPN NNP 2 nsubj
    responded respond VERB ${tag} 0 root
    to to ADP IN 4 case
    Macron Macron PROPN NNP 2 obl
    by by SCONJ IN 6 mark
    thanking thank VERB VBG 2 advcl
    ${object ? 'France France PROPN NNP 6 obj' : 'warmly warmly ADV RB 6 advmod'}
    . . PUNCT . 2 punct`], { actors: object ? actors : actors.slice(0, 2) });

  // The tagger reads a past tense before "by" as a participle (VBN), as if a passive's agent followed.
  it.each(['VBD', 'VBN'])('issue-12: codes a "by" gerund with its own object as the act of a main verb (%s) that codes none ("responded to Macron by thanking France")', (tag) => {
    const { events } = codeEvents(means(true, tag), lexicon);
    expect(events.map((e) => [e.event, e.actors.map((a) => a.code), e.recipients.map((a) => a.code)])).toEqual([['SUPPORT', ['RUS'], ['FRA']]]);
    expect(events[0]?.reasons.some((r) => r.rule === 'events/means-gerund')).toBe(true);
  });

  it('leaves a "by" gerund with no object of its own a manner ("responded to Macron by thanking warmly")', () => {
    const { events, rejected } = codeEvents(means(false), lexicon);
    expect(events).toEqual([]);
    expect(rejected.some((r) => r.ruleId === 'events/gerund')).toBe(true);
  });
});
