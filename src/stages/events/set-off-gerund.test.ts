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

  /** "Angered by Greece sending troops, Turkey said nothing": the gerund's subject as `rel`, the gerund hung on `head` (1-based). */
  const angered = (rel: string, head: number) => parsedDoc([`
    Angered anger VERB VBN 8 advcl
    by by SCONJ IN 4 mark
    Greece Greece PROPN NNP 4 ${rel}
    sending send VERB VBG ${head} advcl
    troops troops NOUN NNS 4 obj
    , , PUNCT , 1 punct
    Turkey Turkey PROPN NNP 8 nsubj
    said say VERB VBD 0 root
    nothing nothing PRON NN 8 obj
    . . PUNCT . 8 punct`], { actors: [{ sent: 0, tokens: [2, 3], id: 'grc', name: 'Greece', code: 'GRC' }, { sent: 0, tokens: [6, 7], id: 'tur', name: 'Turkey', code: 'TUR' }] });

  // Greece sent the troops: however the parser hangs its name and the gerund, the act is never Turkey's.
  it.each([['nsubj', 1], ['nsubj', 8], ['compound', 1]] as const)('never credits a "by" gerund with its own subject (%s, hung on token %i) to the main subject ("Angered by Greece sending troops, Turkey said nothing")', (rel, head) => {
    const { events } = codeEvents(angered(rel, head), lexicon);
    expect(events.filter((e) => e.actors.some((a) => a.code === 'TUR')).map((e) => e.event)).toEqual([]);
  });

  it('takes the verb the "by" gerund hangs on as its host, not a participle above it ("Putin, asked about Ukraine, replied by threatening NATO")', () => {
    const doc = parsedDoc([`
      Putin Putin PROPN NNP 3 nsubj
      , , PUNCT , 1 punct
      asked ask VERB VBN 0 root
      about about ADP IN 5 case
      Ukraine Ukraine PROPN NNP 3 obl
      , , PUNCT , 7 punct
      replied reply VERB VBN 3 conj
      by by SCONJ IN 9 mark
      threatening threaten VERB VBG 7 advcl
      NATO NATO PROPN NNP 9 obj
      . . PUNCT . 3 punct`], { actors: [actors[0], { sent: 0, tokens: [4, 5], id: 'ukr', name: 'Ukraine', code: 'UKR' }, { sent: 0, tokens: [9, 10], id: 'nato', name: 'NATO', code: 'IGONATO' }] });
    const threat = codeEvents(doc, lexicon).events.find((e) => e.event === 'THREATEN');
    expect(threat?.actors.map((a) => a.code)).toEqual(['RUS']);
    expect(threat?.reasons.find((r) => r.rule === 'events/means-gerund')).toMatchObject({ host: 'replied' });
  });

  /** "Germany responded to Russia by expelling <object>": the host's "to" phrase names a country; the object may not. */
  const expelling = (object: ActorSpec) => parsedDoc([`
    Germany Germany PROPN NNP 2 nsubj
    responded respond VERB VBD 0 root
    to to ADP IN 4 case
    Russia Russia PROPN NNP 2 obl
    by by SCONJ IN 6 mark
    expelling expel VERB VBG 2 advcl
    ${object.name} ${object.name} PROPN NNP 6 obj
    . . PUNCT . 2 punct`], { actors: [{ sent: 0, tokens: [0, 1], id: 'deu', name: 'Germany', code: 'DEU' }, { sent: 0, tokens: [3, 4], id: 'rus', name: 'Russia', code: 'RUS' }, object] });

  it('keeps the host\'s recipient, and its reason, when the means gerund\'s own names no country ("responded to Russia by expelling diplomats")', () => {
    const diplomats: ActorSpec = { sent: 0, tokens: [6, 7], id: 'dipl', name: 'diplomats', sector: 'GOV' };
    const expel = codeEvents(expelling(diplomats), lexicon).events.find((e) => e.reasons.some((r) => r.rule === 'events/means-gerund'));
    expect(expel?.recipients.map((r) => r.code)).toEqual(['RUS']);
    expect(expel?.reasons.some((r) => r.rule === 'roles/preposition')).toBe(true);
  });

  it('tells no reason of the host\'s recipient when the gerund\'s own, naming a country, is kept ("… by expelling Iran\'s envoy")', () => {
    const iran: ActorSpec = { sent: 0, tokens: [6, 7], id: 'irn', name: 'Iran', code: 'IRN' };
    const expel = codeEvents(expelling(iran), lexicon).events.find((e) => e.reasons.some((r) => r.rule === 'events/means-gerund'));
    expect(expel?.recipients.map((r) => r.code)).toEqual(['IRN']);
    expect(expel?.reasons.some((r) => r.rule === 'roles/preposition' && r.marker === 'to')).toBe(false);
  });

  it('takes the verb an infinitive chain under a means gerund rises to as its host ("Putin tried to get ahead by demanding payment from France")', () => {
    const doc = parsedDoc([`
      Putin Putin PROPN NNP 2 nsubj
      tried try VERB VBD 0 root
      to to PART TO 4 mark
      get get VERB VB 2 xcomp
      ahead ahead ADV RB 4 advmod
      by by SCONJ IN 7 mark
      demanding demand VERB VBG 4 advcl
      payment payment NOUN NN 7 obj
      from from ADP IN 10 case
      France France PROPN NNP 8 nmod
      . . PUNCT . 2 punct`], { actors: [actors[0], { sent: 0, tokens: [9, 10], id: 'fra', name: 'France', code: 'FRA' }] });
    const demand = codeEvents(doc, lexicon).events.find((e) => e.reasons.some((r) => r.rule === 'events/means-gerund'));
    expect(demand?.actors.map((a) => a.code)).toEqual(['RUS']);
    expect(demand?.reasons.find((r) => r.rule === 'events/means-gerund')).toMatchObject({ host: 'tried' });
  });
});
