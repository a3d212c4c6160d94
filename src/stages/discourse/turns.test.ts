import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import type { Document } from '../../core/document.js';
import { discourse } from './index.js';
import { turnSpeakers } from './turns.js';
import { viewOf } from './view.js';

/**
 * dyad's parse of two turns of a kremlin.ru transcript (kremlin-68426, shortened): "President of Russia Vladimir
 * Putin: Mr Prime Minister, I am happy to see you. Prime Minister of the Republic of Armenia Nikol Pashinyan: Mr
 * President, I want to thank you for the reception."
 */
const TURNS = [`
  President President PROPN NNP 5 nmod:desc
  of of ADP IN 4 case
  Russia Russia PROPN NNP 4 compound
  Vladimir Vladimir PROPN NNP 1 nmod
  Putin Putin PROPN NNP 13 advcl
  : : PUNCT : 9 punct
  Mr Mr PROPN NNP 9 compound
  Prime Prime ADJ NNP 9 amod
  Minister Minister PROPN NNP 5 parataxis
  , , PUNCT , 5 punct
  I I PRON PRP 13 nsubj
  am be AUX VBP 13 cop
  happy happy ADJ JJ 0 root
  to to PART TO 15 mark
  see see VERB VB 13 advcl
  you you PRON PRP 15 obj
  . . PUNCT . 13 punct`, `
  Prime Prime ADJ NNP 2 amod
  Minister Minister PROPN NNP 15 advcl
  of of ADP IN 5 case
  the the DET DT 5 det
  Republic Republic PROPN NNP 2 nmod
  of of ADP IN 8 case
  Armenia Armenia PROPN NNP 8 compound
  Nikol Nikol PROPN NNP 5 nmod
  Pashinyan Pashinyan PROPN NNP 5 flat
  : : PUNCT : 12 punct
  Mr Mr PROPN NNP 12 compound
  President President PROPN NNP 2 nmod
  , , PUNCT , 2 punct
  I I PRON PRP 15 nsubj
  want want VERB VBP 0 root
  to to PART TO 17 mark
  thank thank VERB VB 15 xcomp
  you you PRON PRP 17 obj
  for for ADP IN 20 case
  the the DET DT 20 det
  reception reception NOUN NN 17 obl
  . . PUNCT . 15 punct`];

/** The site's narration after the turns, handing the floor on: "Following the talks, Modi said: I condemn the sanctions." */
const NARRATION = `
  Following follow VERB VBG 4 case
  the the DET DT 3 det
  talks talk NOUN NNS 7 obl
  , , PUNCT , 7 punct
  Modi Modi PROPN NNP 7 nsubj
  said say VERB VBD 0 root
  : : PUNCT : 7 punct
  I I PRON PRP 10 nsubj
  condemn condemn VERB VBP 7 ccomp
  the the DET DT 12 det
  sanctions sanction NOUN NNS 10 obj
  . . PUNCT . 7 punct`;

const putin = (sent: number, tokens: [number, number]): ActorSpec => ({ sent, tokens, id: 'vladimir-putin', name: 'Vladimir Putin', code: 'RUS', sector: 'GOV', kind: 'person' });
const pashinyan = (sent: number, tokens: [number, number]): ActorSpec => ({ sent, tokens, id: 'nikol-pashinyan', name: 'Nikol Pashinyan', code: 'ARM', sector: 'GOV', kind: 'person' });
/** The actors stage's mentions of that parse: each label is a title and a name, two mentions of one person. */
const LABELS = [putin(0, [0, 3]), putin(0, [3, 5]), pashinyan(1, [0, 7]), pashinyan(1, [7, 9])];

function transcript(sentences: readonly string[], actors: readonly ActorSpec[]): Document {
  const doc = parsedDoc(sentences, { actors, meta: { date: '2022-05-16', source: 'kremlin.ru (President of Russia, English)' } });
  return { ...doc, layers: { ...doc.layers, places: [], quotes: [] } };
}

describe('transcript turns', () => {
  it('reads each turn as its labelled speaker\'s, from the label to the next', () => {
    const doc = transcript(TURNS, LABELS);
    const speakers = turnSpeakers(viewOf(doc)).map((m) => m?.code);
    expect(speakers.slice(0, 5)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(speakers[10]).toBe('RUS');
    expect(speakers[30]).toBe('ARM');
  });

  it('reads "I" in a guest\'s turn as the guest, not the site\'s principal', () => {
    const doc = transcript(TURNS, LABELS);
    const layer = discourse().run(doc, { report: () => undefined });
    const firsts = layer.mentions.filter((m) => doc.text.slice(m.start, m.end) === 'I').map((m) => [m.code, m.reasons[0]?.rule]);
    expect(firsts).toEqual([['RUS', 'discourse/turn-speaker'], ['ARM', 'discourse/turn-speaker']]);
  });

  it('ends a turn where the narration hands the floor on with a verb of saying and a colon', () => {
    const modi: ActorSpec = { sent: 2, tokens: [4, 5], id: 'narendra-modi', name: 'Narendra Modi', code: 'IND', sector: 'GOV', kind: 'person' };
    const speakers = turnSpeakers(viewOf(transcript([...TURNS, NARRATION], [...LABELS, modi]))).map((m) => m?.code);
    expect(speakers[30]).toBe('ARM');
    expect(speakers[39 + 4]).toBe('ARM');
    expect(speakers[39 + 7]).toBe('IND');
    const unnamed = turnSpeakers(viewOf(transcript([...TURNS, NARRATION], LABELS))).map((m) => m?.code);
    expect(unnamed[39 + 7]).toBeUndefined();
  });

  it('takes no label from a name in the middle of a sentence', () => {
    // "Putin said to Pashinyan: …" is no turn; here the label's words follow other words of its sentence.
    const doc = transcript([TURNS[0]], [putin(0, [3, 5])]);
    expect(turnSpeakers(viewOf(doc)).every((m) => m === undefined)).toBe(true);
  });
});
