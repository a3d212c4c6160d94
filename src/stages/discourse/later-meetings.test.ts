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

const berg = (sent: number): ActorSpec => ({ sent, tokens: [4, 6], id: 'jonas-berg', name: 'Jonas Berg', code: 'NOR', sector: 'GOV', kind: 'person' });
const norway = (sent: number): ActorSpec => ({ sent, tokens: [3, 4], id: 'norway', name: 'Norway', code: 'NOR', kind: 'country' });

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
});
