import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { readoutCounterparts } from './implicit.js';
import { discourse } from './index.js';
import { meetingAt } from './participants.js';

/** A speech on the Ukrainian president's site: a call told in passing late in it, then thanks with no one named. */
const SITE = 'president.gov.ua (President of Ukraine, English)';
const ADDRESS = 'We will win - address by President of Ukraine Volodymyr Zelenskyy';

const opening = `
  Good good ADJ JJ 2 amod
  evening evening NOUN NN 0 root
  . . PUNCT . 2 punct`;
const filler = `
  The the DET DT 2 det
  day day NOUN NN 3 nsubj
  was be AUX VBD 0 root
  long long ADJ JJ 3 acomp
  . . PUNCT . 3 punct`;
/** "Today I met with Jonas Berg ." */
const met = `
  Today today NOUN NN 3 obl:tmod
  I I PRON PRP 3 nsubj
  met meet VERB VBD 0 root
  with with ADP IN 6 case
  Jonas Jonas PROPN NNP 6 compound
  Berg Berg PROPN NNP 3 obl
  . . PUNCT . 3 punct`;
/** "We talked about Norway ." — a country named as the talk's topic, no one met. */
const talkedAbout = `
  We we PRON PRP 2 nsubj
  talked talk VERB VBD 0 root
  about about ADP IN 4 case
  Norway Norway PROPN NNP 2 obl
  . . PUNCT . 2 punct`;

/** "We talked with Norway ." — a bare country: a speech names countries as places and doers more than as partners. */
const talkedWith = talkedAbout.replace('about about', 'with with');

/** "We talked about NATO ." — a body named as the talk's topic, no one met. */
const aboutNato = talkedAbout.replace('Norway Norway', 'NATO NATO');
/** "Putin rejected any negotiations ." — a foreign leader's act that names a meeting word, no call of the speaker. */
const rejected = `
  Putin Putin PROPN NNP 2 nsubj
  rejected reject VERB VBD 0 root
  any any DET DT 4 det
  negotiations negotiation NOUN NNS 2 obj
  . . PUNCT . 2 punct`;
/** "Today I spoke with Jonas Berg about Putin 's threats ." — a call whose topic names a person. */
const spokeAbout = `
  Today today NOUN NN 3 obl:tmod
  I I PRON PRP 3 nsubj
  spoke speak VERB VBD 0 root
  with with ADP IN 6 case
  Jonas Jonas PROPN NNP 6 compound
  Berg Berg PROPN NNP 3 obl
  about about ADP IN 10 case
  Putin Putin PROPN NNP 10 nmod:poss
  's 's PART POS 8 case
  threats threat NOUN NNS 3 obl
  . . PUNCT . 3 punct`;
/** "I met with President of the Parliament Jonas Berg ." parsed with the title's "of" phrase hung from the verb. */
const splitTitle = `
  I I PRON PRP 2 nsubj
  met meet VERB VBD 0 root
  with with ADP IN 4 case
  President President PROPN NNP 2 obl
  of of ADP IN 7 case
  the the DET DT 7 det
  Parliament Parliament PROPN NNP 2 obl
  Jonas Jonas PROPN NNP 9 compound
  Berg Berg PROPN NNP 7 appos
  . . PUNCT . 2 punct`;
/** "Russia continues to shell our cities ." — the speech turns from the call to an actor outside it. */
const shells = `
  Russia Russia PROPN NNP 2 nsubj
  continues continue VERB VBZ 0 root
  to to PART TO 4 mark
  shell shell VERB VB 2 xcomp
  our our PRON PRP$ 6 nmod:poss
  cities city NOUN NNS 4 obj
  . . PUNCT . 2 punct`;

const berg = (sent: number): ActorSpec => ({ sent, tokens: [4, 6], id: 'jonas-berg', name: 'Jonas Berg', code: 'NOR', sector: 'GOV', kind: 'person' });
const norway = (sent: number): ActorSpec => ({ sent, tokens: [3, 4], id: 'norway', name: 'Norway', code: 'NOR', kind: 'country' });
const nato = (sent: number): ActorSpec => ({ sent, tokens: [3, 4], id: 'nato', name: 'NATO', code: 'IGO', sector: 'NATO', kind: 'org' });
const putin = (sent: number, tokens: readonly [number, number]): ActorSpec => ({ sent, tokens, id: 'vladimir-putin', name: 'Vladimir Putin', code: 'RUS', sector: 'GOV', kind: 'person' });
const russia = (sent: number): ActorSpec => ({ sent, tokens: [0, 1], id: 'russia', name: 'Russia', code: 'RUS', kind: 'country' });

function layerOf(sentences: string[], actors: ActorSpec[], title: string) {
  const doc = parsedDoc(sentences, { actors, meta: { date: '2022-04-01', source: SITE, title } });
  return discourse().run({ ...doc, layers: { ...doc.layers, places: [] } }, { report: () => undefined });
}

describe('a speech\'s later calls (laterMeetings, meetingAt)', () => {
  const sentences = [opening, filler, filler, filler, filler, filler, met, filler, filler];

  it('takes a call told after the lead as a meeting of the speaker and the one met, for its own passage', () => {
    const layer = layerOf(sentences, [berg(6)], ADDRESS);
    expect(layer.participants).toBeUndefined();
    expect(layer.passages?.map((p) => [p.sent, p.lastSent, p.members.map((m) => m.code)])).toEqual([[6, 10, ['UKR', 'NOR']]]);
    expect(meetingAt(layer, 7)?.members.map((m) => m.code)).toEqual(['UKR', 'NOR']);
    // The site's thanks with no one named, two sentences on, go to the one met (issue #12: "I am grateful to her").
    expect(readoutCounterparts(layer, 8, 'SUPPORT', [{ code: 'UKR', sector: 'GOV' }])?.recipients.map((m) => m.code)).toEqual(['NOR']);
    expect(readoutCounterparts(layer, 5, 'SUPPORT', [{ code: 'UKR', sector: 'GOV' }])).toBeUndefined();
  });

  it('addresses no condemnation or refusal in a speech to the one called ("We condemn these actions" two sentences on)', () => {
    const layer = layerOf(sentences, [berg(6)], ADDRESS);
    expect(readoutCounterparts(layer, 8, 'ACCUSE', [{ code: 'UKR', sector: 'GOV' }])).toBeUndefined();
    expect(readoutCounterparts(layer, 8, 'REJECT', [{ code: 'UKR', sector: 'GOV' }])).toBeUndefined();
    expect(readoutCounterparts(layer, 8, 'REQUEST', [{ code: 'UKR', sector: 'GOV' }])?.recipients.map((m) => m.code)).toEqual(['NOR']);
  });

  it('finds no later calls outside a speech (a readout has one meeting, its lead\'s)', () => {
    expect(layerOf(sentences, [berg(6)], 'Zelenskyy held a meeting with the Government').passages).toBeUndefined();
  });

  it('takes no country named bare as a party met ("We talked about Norway", "We talked with Norway")', () => {
    const layer = layerOf([opening, filler, filler, filler, filler, filler, talkedAbout, filler], [norway(6)], ADDRESS);
    expect(layer.passages).toBeUndefined();
    const bare = layerOf([opening, filler, filler, filler, filler, filler, talkedWith, filler], [norway(6)], ADDRESS);
    expect(bare.passages).toBeUndefined();
  });

  it('takes no body named as the talk\'s topic as a party met ("We talked about NATO")', () => {
    expect(layerOf([opening, filler, filler, filler, filler, filler, aboutNato, filler], [nato(6)], ADDRESS).passages).toBeUndefined();
  });

  it('takes a foreign leader\'s act with a meeting word for no call of the speaker ("Putin rejected any negotiations")', () => {
    const layer = layerOf([opening, filler, filler, filler, filler, filler, rejected, filler], [putin(6, [0, 1])], ADDRESS);
    expect(layer.passages).toBeUndefined();
    expect(readoutCounterparts(layer, 7, 'REQUEST', [{ code: 'UKR', sector: 'GOV' }])).toBeUndefined();
  });

  it('takes the one spoken with, not a person named in the topic, as the partner of the speaker\'s call', () => {
    const layer = layerOf([opening, filler, filler, filler, filler, filler, spokeAbout, filler], [berg(6), putin(6, [7, 8])], ADDRESS);
    expect(layer.passages?.map((p) => p.members.map((m) => m.code))).toEqual([['UKR', 'NOR']]);
  });

  it('ends a call\'s passage before a sentence told of an actor outside the call ("Russia continues to shell our cities")', () => {
    const layer = layerOf([opening, filler, filler, filler, filler, filler, met, filler, shells, filler], [berg(6), russia(8)], ADDRESS);
    expect(layer.passages?.map((p) => [p.sent, p.lastSent])).toEqual([[6, 7]]);
    expect(readoutCounterparts(layer, 7, 'SUPPORT', [{ code: 'UKR', sector: 'GOV' }])?.recipients.map((m) => m.code)).toEqual(['NOR']);
    expect(readoutCounterparts(layer, 9, 'REQUEST', [{ code: 'UKR', sector: 'GOV' }])).toBeUndefined();
  });

  it('reads a title\'s "of" phrase the parse hangs from the verb as part of the partner phrase before it', () => {
    const layer = layerOf([opening, filler, filler, filler, filler, filler, splitTitle, filler], [{ ...berg(6), tokens: [7, 9] }], ADDRESS);
    expect(layer.passages?.map((p) => p.members.map((m) => m.code))).toEqual([['UKR', 'NOR']]);
  });
});
