import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import type { Document } from '../../core/document.js';
import type { Place } from '../places/types.js';
import { discourse } from './index.js';

/** "Adviser of the President of Ukraine Ihor Zhovkva met Musk. Zhovkva thanked him." */
const SENTENCES = [`
  Adviser Adviser PROPN NNP 8 nsubj
  of of ADP IN 4 case
  the the DET DT 4 det
  President President PROPN NNP 1 nmod
  of of ADP IN 6 case
  Ukraine Ukraine PROPN NNP 4 nmod
  Zhovkva Zhovkva PROPN NNP 1 appos
  met meet VERB VBD 0 root
  Musk Musk PROPN NNP 8 obj
  . . PUNCT . 8 punct`, `
  Zhovkva Zhovkva PROPN NNP 2 nsubj
  thanked thank VERB VBD 0 root
  him he PRON PRP 2 obj
  . . PUNCT . 2 punct`];

const zhovkva = (sent: number, tokens: [number, number]): ActorSpec => ({ sent, tokens, id: 'local:zhovkva', name: 'Zhovkva' });
const president: ActorSpec = { sent: 0, tokens: [2, 6], id: 'volodymyr-zelensky', name: 'Volodymyr Zelensky', code: 'UKR', sector: 'GOV' };

function located(title: readonly ActorSpec[]): { text: string; code?: string }[] {
  const doc = parsedDoc(SENTENCES, { actors: [...title, zhovkva(0, [6, 7]), zhovkva(1, [0, 1])] });
  const actors = (doc.layers.actors ?? []).map((m) => (m.code ? m : { ...m, kind: 'person' as const }));
  const withLayers: Document = { ...doc, layers: { ...doc.layers, actors, places: [] } };
  const layer = discourse().run(withLayers, { report: () => undefined });
  return layer.mentions.filter((m) => m.actorId === 'local:zhovkva' && doc.text.slice(m.start, m.end) === 'Zhovkva').map((m) => ({ text: doc.text.slice(m.start, m.end), ...(m.code ? { code: m.code } : {}) }));
}

describe('a country from the title before a name', () => {
  it('gives a name right after "… of <government>" that government\'s country, and its later mentions too', () => {
    expect(located([president]).map((m) => [m.text, m.code])).toEqual([['Zhovkva', 'UKR'], ['Zhovkva', 'UKR']]);
  });

  it('gives nothing when the title names no government', () => {
    expect(located([])).toEqual([]);
  });
});

/** "Zelenskyy met representatives of the European Union in Kyiv." */
const AGENTS = `
  Zelenskyy Zelenskyy PROPN NNP 2 nsubj
  met meet VERB VBD 0 root
  representatives representative NOUN NNS 2 obj
  of of ADP IN 7 case
  the the DET DT 7 det
  European European PROPN NNP 7 compound
  Union Union PROPN NNP 3 nmod
  in in ADP IN 9 case
  Kyiv Kyiv PROPN NNP 2 obl
  . . PUNCT . 2 punct`;

function agents(body: ActorSpec): { code?: string; sector?: string }[] {
  const doc = parsedDoc([AGENTS], { actors: [
    { sent: 0, tokens: [0, 1], id: 'volodymyr-zelensky', code: 'UKR', sector: 'GOV' },
    { sent: 0, tokens: [2, 3], id: 'local:representatives', sector: 'LEG' },
    body,
  ] });
  const kyiv = { start: doc.text.indexOf('Kyiv'), end: doc.text.indexOf('Kyiv') + 4, name: 'Kyiv', country: 'UKR' };
  const layer = discourse().run({ ...doc, layers: { ...doc.layers, places: [kyiv] } } as Document, { report: () => undefined });
  return layer.mentions.filter((m) => m.actorId === 'local:representatives').map((m) => ({ ...(m.code ? { code: m.code } : {}), ...(m.sector ? { sector: m.sector } : {}) }));
}

describe('agents of a body named after "of"', () => {
  it('gives "representatives of the European Union" the body\'s organisation code, not the place of the sentence', () => {
    expect(agents({ sent: 0, tokens: [4, 7], id: 'eu', code: 'IGO', sector: 'EU' })).toEqual([{ code: 'IGO', sector: 'EU' }]);
  });

  it('keeps the agent noun\'s own sector for a country, and falls back to the sentence\'s place without a body', () => {
    expect(agents({ sent: 0, tokens: [4, 7], id: 'pol', code: 'POL' })).toEqual([{ code: 'POL', sector: 'LEG' }]);
    expect(agents({ sent: 0, tokens: [8, 9], id: 'kyiv', code: 'UKR', kind: 'capital' })).toEqual([{ code: 'UKR', sector: 'LEG' }]);
  });
});

/** "Ministers and bankers of the six-nation Gulf Cooperation Council met. The ministers agreed." */
const GROUP = [`
  Ministers minister NOUN NNS 9 nsubj
  and and CCONJ CC 3 cc
  bankers banker NOUN NNS 1 conj
  of of ADP IN 8 case
  the the DET DT 8 det
  six-nation six-nation ADJ JJ 8 amod
  Gulf Gulf PROPN NNP 8 compound
  Council Council PROPN NNP 3 nmod
  met meet VERB VBD 0 root
  . . PUNCT . 9 punct`, `
  The the DET DT 2 det
  ministers minister NOUN NNS 3 nsubj
  agreed agree VERB VBD 0 root
  . . PUNCT . 3 punct`];

describe('agents of a body named in a later "of" phrase', () => {
  it('gives coordinated agent nouns the body their "of" phrase names past a modifier, and the same noun later too', () => {
    const doc = parsedDoc(GROUP, { actors: [
      { sent: 0, tokens: [0, 1], id: 'local:ministers', sector: 'GOV' },
      { sent: 0, tokens: [6, 8], id: 'gcc', name: 'Gulf Cooperation Council', code: 'IGO', sector: 'GCC', kind: 'org' },
      { sent: 1, tokens: [1, 2], id: 'local:ministers2', sector: 'GOV' },
    ] });
    const dateline: Place = { start: 0, end: 0, name: 'Abu Dhabi', country: 'ARE', kind: 'capital', role: 'dateline', confidence: 1, reasons: [], why: 'test' };
    const layer = discourse().run({ ...doc, layers: { ...doc.layers, places: [dateline] } }, { report: () => undefined });
    expect(layer.mentions.filter((m) => m.sector === 'GCC').map((m) => [doc.text.slice(m.start, m.end), m.code])).toEqual([['Ministers', 'IGO'], ['ministers', 'IGO']]);
  });

  it('leaves a country in a coordinated phrase to the actors stage', () => {
    const doc = parsedDoc(GROUP, { actors: [
      { sent: 0, tokens: [0, 1], id: 'local:ministers', sector: 'GOV' },
      { sent: 0, tokens: [6, 8], id: 'omn', name: 'Oman', code: 'OMN', kind: 'country' },
    ] });
    const layer = discourse().run({ ...doc, layers: { ...doc.layers, places: [] } }, { report: () => undefined });
    expect(layer.mentions.filter((m) => m.actorId === 'local:ministers').map((m) => m.code)).not.toContain('OMN');
  });
});

/** "The union refused the request." under a dateline, with or without a body coded by organisation. */
const REFUSED = [`
  The the DET DT 2 det
  union union NOUN NN 3 nsubj
  refused refuse VERB VBD 0 root
  the the DET DT 5 det
  request request NOUN NN 3 obj
  . . PUNCT . 3 punct`];

function unionOf(dateline: { name: string; country: string }, others: readonly ActorSpec[] = []): (string | undefined)[] {
  const doc = parsedDoc(REFUSED, { actors: [{ sent: 0, tokens: [1, 2], id: 'local:union', sector: 'LAB' }, ...others] });
  const place: Place = { start: 0, end: 0, ...dateline, kind: 'city', role: 'dateline', confidence: 1, reasons: [], why: 'test' };
  const layer = discourse().run({ ...doc, layers: { ...doc.layers, places: [place] } }, { report: () => undefined });
  return layer.mentions.filter((m) => m.actorId === 'local:union').map((m) => m.code);
}

describe('the dateline of a story that names no country', () => {
  it('gives an agent noun the dateline\'s country when the story names no other country or organisation', () => {
    expect(unionOf({ name: 'Johannesburg', country: 'ZAF' })).toEqual(['ZAF']);
  });

  it('gives none when the story names a body coded by organisation: a Brussels story is the EC\'s', () => {
    expect(unionOf({ name: 'Brussels', country: 'BEL' }, [{ sent: 0, tokens: [4, 5], id: 'eec', code: 'IGO', sector: 'EEC' }])).toEqual([]);
  });
});

/** "CARACAS - Ecuador's deputy energy minister Santos arrived here.": the actors stage split the title at "deputy". */
const POSSESSIVE = [`
  Ecuador Ecuador PROPN NNP 5 nmod:poss
  's 's PART POS 1 case
  deputy deputy NOUN NN 5 compound
  energy energy NOUN NN 5 compound
  minister minister NOUN NN 7 nsubj
  Santos Santos PROPN NNP 5 flat
  arrived arrive VERB VBD 0 root
  here here ADV RB 7 advmod
  . . PUNCT . 7 punct`];

function visitor(title: ActorSpec): (string | undefined)[] {
  // "here" stands for a mention of Venezuela, so that the story names its dateline's country and the dateline counts.
  const venezuela: ActorSpec = { sent: 0, tokens: [7, 8], id: 'ven', code: 'VEN', kind: 'country' };
  const doc = parsedDoc(POSSESSIVE, { actors: [title, { sent: 0, tokens: [4, 6], id: 'local:santos', name: 'Santos', sector: 'GOV', kind: 'person' }, venezuela] });
  const dateline: Place = { start: 0, end: 0, name: 'Caracas', country: 'VEN', kind: 'capital', role: 'dateline', confidence: 1, reasons: [], why: 'test' };
  const layer = discourse().run({ ...doc, layers: { ...doc.layers, places: [dateline] } }, { report: () => undefined });
  return layer.mentions.filter((m) => m.actorId === 'local:santos').map((m) => m.code);
}

describe('a country from a possessive title before a name', () => {
  it('gives "Ecuador\'s deputy energy minister Santos" Ecuador, not the dateline\'s country', () => {
    expect(visitor({ sent: 0, tokens: [0, 3], id: 'ecu', name: 'Ecuador', code: 'ECU', sector: 'GOV' })).toEqual(['ECU']);
  });

  it('takes no country from a title whose possessor is no government ("the union\'s energy minister")', () => {
    expect(visitor({ sent: 0, tokens: [0, 3], id: 'union', name: 'union', code: 'ECU', sector: 'LAB' })).not.toContain('ECU');
  });
});

describe('a later mention of a person titled by a possessive', () => {
  it('takes the title\'s country over the dateline\'s ("Santos met …" after "Ecuador\'s deputy energy minister Santos")', () => {
    const later = `
  Santos Santos PROPN NNP 2 nsubj
  met meet VERB VBD 0 root
  officials official NOUN NNS 2 obj
  . . PUNCT . 2 punct`;
    const doc = parsedDoc([...POSSESSIVE, later], { actors: [
      { sent: 0, tokens: [0, 3], id: 'ecu', name: 'Ecuador', code: 'ECU', sector: 'GOV' },
      { sent: 0, tokens: [4, 6], id: 'local:santos', name: 'Santos', sector: 'GOV', kind: 'person' },
      { sent: 0, tokens: [7, 8], id: 'ven', code: 'VEN', kind: 'country' },
      { sent: 1, tokens: [0, 1], id: 'local:santos', name: 'Santos', sector: 'GOV', kind: 'person' },
    ] });
    const dateline: Place = { start: 0, end: 0, name: 'Caracas', country: 'VEN', kind: 'capital', role: 'dateline', confidence: 1, reasons: [], why: 'test' };
    const layer = discourse().run({ ...doc, layers: { ...doc.layers, places: [dateline] } }, { report: () => undefined });
    expect(layer.mentions.filter((m) => m.actorId === 'local:santos').map((m) => m.code)).toEqual(['ECU', 'ECU']);
  });
});
