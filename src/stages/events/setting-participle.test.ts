import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const actor = (tokens: [number, number], code: string): ActorSpec => ({ sent: 0, tokens, id: `${code}${tokens[0]}`, name: code, code, sector: 'GOV' });

/** The parser's own rows (`dyad parse`) for "Speaking to reporters after talks with Chancellor Helmut Kohl, Finance Minister Dilson Funaro said he expected no payment." */
const speakingAfter = () => parsedDoc([`
  Speaking speak VERB VBG 15 csubj
  to to ADP IN 3 case
  reporters reporter NOUN NNS 1 obl
  after after ADP IN 5 case
  talks talk NOUN NNS 1 obl
  with with ADP IN 8 case
  Chancellor Chancellor PROPN NNP 8 compound
  Helmut Helmut PROPN NNP 5 nmod
  Kohl Kohl PROPN NNP 8 flat
  , , PUNCT , 12 punct
  Finance Finance ADJ NNP 12 amod
  Minister Minister PROPN NNP 13 nmod:desc
  Dilson Dilson PROPN NNP 15 nsubj
  Funaro Funaro PROPN NNP 13 flat
  said say VERB VBD 0 root
  he he PRON PRP 17 nsubj
  expected expect VERB VBD 15 ccomp
  no no DET DT 19 det
  payment payment NOUN NN 17 obj
  . . PUNCT . 15 punct`], { actors: [actor([6, 9], 'DEU'), actor([10, 14], 'BRA')] });

/** The parser's own rows for "Speaking about talks with Chancellor Helmut Kohl, Finance Minister Dilson Funaro said he expected no payment." */
const speakingAbout = () => parsedDoc([`
  Speaking speak VERB VBG 13 csubj
  about about ADP IN 3 case
  talks talk NOUN NNS 1 obl
  with with ADP IN 6 case
  Chancellor Chancellor PROPN NNP 6 compound
  Helmut Helmut PROPN NNP 3 nmod
  Kohl Kohl PROPN NNP 6 flat
  , , PUNCT , 10 punct
  Finance Finance ADJ NNP 10 amod
  Minister Minister PROPN NNP 11 nmod:desc
  Dilson Dilson PROPN NNP 13 nsubj
  Funaro Funaro PROPN NNP 11 flat
  said say VERB VBD 0 root
  he he PRON PRP 15 nsubj
  expected expect VERB VBD 13 ccomp
  no no DET DT 17 det
  payment payment NOUN NN 15 obj
  . . PUNCT . 13 punct`], { actors: [actor([4, 7], 'DEU'), actor([8, 12], 'BRA')] });

/** The parser's own rows for "Finance Minister Dilson Funaro, speaking after talks with Chancellor Helmut Kohl, said he expected no payment." */
const funaroSpeaking = () => parsedDoc([`
  Finance finance NOUN NN 14 nsubj
  Minister Minister PROPN NNP 3 nmod:desc
  Dilson Dilson PROPN NNP 1 appos
  Funaro Funaro PROPN NNP 3 flat
  , , PUNCT , 6 punct
  speaking speak VERB VBG 1 parataxis
  after after ADP IN 8 case
  talks talk NOUN NNS 6 obl
  with with ADP IN 11 case
  Chancellor Chancellor PROPN NNP 11 compound
  Helmut Helmut PROPN NNP 8 nmod
  Kohl Kohl PROPN NNP 11 flat
  , , PUNCT , 1 punct
  said say VERB VBD 0 root
  he he PRON PRP 16 nsubj
  expected expect VERB VBD 14 ccomp
  no no DET DT 18 det
  payment payment NOUN NN 16 obj
  . . PUNCT . 14 punct`], { actors: [actor([0, 4], 'BRA'), actor([9, 12], 'DEU')] });

/** The parser's own rows for "Gold rose, reflecting fears of a breakdown in talks with the International Monetary Fund." */
const goldRose = () => parsedDoc([`
  Gold gold NOUN NN 2 nsubj
  rose rise VERB VBD 0 root
  , , PUNCT , 4 punct
  reflecting reflect VERB VBG 2 advcl
  fears fear NOUN NNS 4 obj
  of of ADP IN 8 case
  a a DET DT 8 det
  breakdown breakdown NOUN NN 5 nmod
  in in ADP IN 10 case
  talks talk NOUN NNS 4 obl
  with with ADP IN 15 case
  the the DET DT 15 det
  International International ADJ NNP 15 amod
  Monetary Monetary PROPN NNP 15 compound
  Fund Fund PROPN NNP 10 nmod
  . . PUNCT . 2 punct`], { actors: [actor([11, 15], 'IGO')] });

/** The parser's own rows for "Speaking at a rally in Iowa after talks with farmers, President Reagan said the farm bill would pass." */
const reaganFarmers = () => parsedDoc([`
  Speaking speak VERB VBG 14 advcl
  at at ADP IN 4 case
  a a DET DT 4 det
  rally rally NOUN NN 1 obl
  in in ADP IN 6 case
  Iowa Iowa PROPN NNP 4 nmod
  after after ADP IN 8 case
  talks talk NOUN NNS 1 obl
  with with ADP IN 10 case
  farmers farmer NOUN NNS 8 nmod
  , , PUNCT , 1 punct
  President President PROPN NNP 13 nmod:desc
  Reagan Reagan PROPN NNP 14 nsubj
  said say VERB VBD 0 root
  the the DET DT 17 det
  farm farm NOUN NN 17 compound
  bill bill NOUN NN 19 nsubj
  would would AUX MD 19 aux
  pass pass VERB VB 14 ccomp
  . . PUNCT . 14 punct`], { actors: [actor([11, 13], 'USA')] });

/** The parser's own rows for "Reporting after talks with Pakistani officials in Geneva, the Soviet news agency Tass said a settlement was near." */
const tassReporting = () => parsedDoc([`
  Reporting report VERB VBG 15 advcl
  after after ADP IN 3 case
  talks talk NOUN NNS 1 obl
  with with ADP IN 6 case
  Pakistani Pakistani ADJ JJ 6 amod
  officials official NOUN NNS 3 nmod
  in in ADP IN 8 case
  Geneva Geneva PROPN NNP 3 nmod
  , , PUNCT , 1 punct
  the the DET DT 13 det
  Soviet Soviet PROPN NNP 13 compound
  news news NOUN NN 13 compound
  agency agency NOUN NN 14 compound
  Tass Tass PROPN NNP 15 nsubj
  said say VERB VBD 0 root
  a a DET DT 17 det
  settlement settlement NOUN NN 19 nsubj
  was be AUX VBD 19 cop
  near near ADJ JJ 15 ccomp
  . . PUNCT . 15 punct`], { actors: [actor([4, 6], 'PAK'), actor([9, 14], 'SUN')] });

/** The parser's own rows for "Speaking after Kohl's talks with President Reagan, Brazilian Finance Minister Dilson Funaro said he expected no payment." */
const kohlsTalks = () => parsedDoc([`
  Speaking speak VERB VBG 15 csubj
  after after ADP IN 5 case
  Kohl Kohl PROPN NNP 5 nmod:poss
  's 's PART POS 3 case
  talks talk NOUN NNS 1 obl
  with with ADP IN 7 case
  President President PROPN NNP 5 nmod
  Reagan Reagan PROPN NNP 7 flat
  , , PUNCT , 11 punct
  Brazilian Brazilian PROPN NNP 11 compound
  Finance Finance PROPN NNP 12 nmod:desc
  Minister Minister PROPN NNP 13 nmod:desc
  Dilson Dilson PROPN NNP 15 nsubj
  Funaro Funaro PROPN NNP 13 flat
  said say VERB VBD 0 root
  he he PRON PRP 17 nsubj
  expected expect VERB VBD 15 ccomp
  no no DET DT 19 det
  payment payment NOUN NN 17 obj
  . . PUNCT . 15 punct`], { actors: [actor([6, 8], 'USA'), actor([9, 14], 'BRA')] });

/** The parser's own rows for "Speaking after talks with Chancellor Helmut Kohl were cancelled, Brazilian Finance Minister Dilson Funaro said he was disappointed." */
const talksCancelled = () => parsedDoc([`
  Speaking speak VERB VBG 9 advcl
  after after ADP IN 3 case
  talks talk NOUN NNS 1 obl
  with with ADP IN 7 case
  Chancellor Chancellor PROPN NNP 7 compound
  Helmut Helmut PROPN NNP 7 compound
  Kohl Kohl PROPN NNP 3 nmod
  were be AUX VBD 9 aux:pass
  cancelled cancel VERB VBN 16 ccomp
  , , PUNCT , 9 punct
  Brazilian Brazilian PROPN NNP 12 compound
  Finance Finance PROPN NNP 13 compound
  Minister Minister PROPN NNP 14 nmod:desc
  Dilson Dilson PROPN NNP 16 nsubj
  Funaro Funaro PROPN NNP 14 flat
  said say VERB VBD 0 root
  he he PRON PRP 19 nsubj
  was be AUX VBD 19 cop
  disappointed disappointed ADJ JJ 16 ccomp
  . . PUNCT . 16 punct`], { actors: [actor([4, 7], 'DEU'), actor([10, 15], 'BRA')] });

const codes = (e: { actors: readonly { code?: string }[]; recipients: readonly { code?: string }[] }) => [...e.actors, ...e.recipients].map((p) => p.code).sort();

describe('codeEvents, talks in the setting of a participle set off before the main clause', () => {
  it('codes "Speaking … after talks with Kohl, Funaro said" as CONSULT of Funaro with Kohl, not a gerund topic', () => {
    const { events, rejected } = codeEvents(speakingAfter(), lexicon);
    const event = events.find((e) => e.event === 'CONSULT');
    expect(event && codes(event)).toEqual(['BRA', 'DEU']);
    expect(rejected.some((r) => r.ruleId === 'events/gerund')).toBe(false);
    // The participle opens the sentence and sets the talks: its reason says so, not "set off after the main clause".
    expect(event?.reasons.some((r) => r.rule === 'events/setting-participle')).toBe(true);
    expect(event?.reasons.some((r) => r.rule === 'events/set-off-gerund')).toBe(false);
  });

  it('codes "Funaro, speaking after talks with Kohl, said" (the participle hung on the subject) the same way', () => {
    const event = codeEvents(funaroSpeaking(), lexicon).events.find((e) => e.event === 'CONSULT');
    expect(event && codes(event)).toEqual(['BRA', 'DEU']);
  });

  it('leaves "Speaking about talks with Kohl, Funaro said" a topic: "about" sets nothing', () => {
    const { events, rejected } = codeEvents(speakingAbout(), lexicon);
    expect(events.some((e) => e.event === 'CONSULT')).toBe(false);
    expect(rejected.some((r) => r.ruleId === 'events/gerund')).toBe(true);
  });
});

describe('codeEvents, talks in a participle\'s setting that its host\'s subject did not hold', () => {
  const consults = (doc: ReturnType<typeof parsedDoc>) => codeEvents(doc, lexicon).events.filter((e) => e.event === 'CONSULT');

  it('codes no CONSULT for "Gold rose, reflecting fears … in talks with the IMF": the subject is no party', () => {
    expect(consults(goldRose())).toEqual([]);
  });

  it('codes no one-party CONSULT for "Speaking … after talks with farmers, President Reagan said": no coded partner', () => {
    expect(consults(reaganFarmers())).toEqual([]);
  });

  it('codes no CONSULT for "Reporting after talks with Pakistani officials, Tass said": a reporter held no talks', () => {
    expect(consults(tassReporting())).toEqual([]);
  });

  it('codes no CONSULT of Funaro for "Speaking after Kohl\'s talks with President Reagan, Funaro said": the talks are Kohl\'s (uncoded, as the pipeline leaves him)', () => {
    expect(consults(kohlsTalks()).filter((e) => codes(e).includes('BRA'))).toEqual([]);
  });

  it('codes no CONSULT for "Speaking after talks with Kohl were cancelled, Funaro said": the talks have a clause of their own', () => {
    expect(consults(talksCancelled())).toEqual([]);
  });
});
