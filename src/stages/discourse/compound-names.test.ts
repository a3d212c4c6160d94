import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import type { Document } from '../../core/document.js';
import { discourse } from './index.js';

/**
 * The document with its hyphen tokens written without spaces around them ("Republic-Central"), as a
 * compound name is written: `parsedDoc` joins every token with a space.
 */
function glued(doc: ReturnType<typeof parsedDoc>): Document {
  const { tokens, sentences, actors } = doc.layers;
  const forms = tokens.map((t) => doc.text.slice(t.start, t.end));
  let text = '';
  const spans = forms.map((form, i) => {
    if (i > 0 && form !== '-' && forms[i - 1] !== '-') text += ' ';
    const start = text.length;
    text += form;
    return { ...tokens[i], start, end: text.length };
  });
  const over = (first: number, last: number) => ({ start: spans[first].start, end: spans[last - 1].end });
  const firstOf = (sent: number) => spans.findIndex((t) => t.sent === sent);
  const lastOf = (sent: number) => spans.findLastIndex((t) => t.sent === sent) + 1;
  return {
    ...doc, text, layers: {
      ...doc.layers, tokens: spans,
      sentences: sentences.map((_, s) => over(firstOf(s), lastOf(s))),
      actors: actors.map((m) => ({ ...m, ...over(m.tokens[0], m.tokens[1]) })),
    },
  };
}

const country = (tokens: [number, number], code: string): ActorSpec => ({ sent: 0, tokens, id: code.toLowerCase(), name: code, code, kind: 'country' });

/** "Chile and Peru met, building within the Chile-Peru-Brazil free <noun>." */
function parties(noun: string): string[] | undefined {
  const doc = parsedDoc([`
    Chile Chile PROPN NNP 4 nsubj
    and and CCONJ CC 3 cc
    Peru Peru PROPN NNP 1 conj
    met meet VERB VBD 0 root
    , , PUNCT , 7 punct
    building build VERB VBG 4 advcl
    within within ADP IN 15 case
    the the DET DT 15 det
    Chile Chile PROPN NNP 15 compound
    - - PUNCT HYPH 9 punct
    Peru Peru PROPN NNP 9 conj
    - - PUNCT HYPH 9 punct
    Brazil Brazil PROPN NNP 9 conj
    free free ADJ JJ 15 amod
    ${noun} ${noun} NOUN NN 7 obl
    . . PUNCT . 4 punct`], { actors: [country([0, 1], 'CHL'), country([2, 3], 'PER'), country([8, 9], 'CHL'), country([10, 11], 'PER'), country([12, 13], 'BRA')] });
  const doc2 = glued(doc);
  const layer = discourse().run({ ...doc2, layers: { ...doc2.layers, places: [] } }, { report: () => undefined });
  return layer.participants?.members.map((m) => m.code ?? '').sort();
}

describe('findParticipants: countries joined into a compound name', () => {
  it('leaves out a country named only inside a hyphenated name of a thing ("the Dominican Republic-Central America-United States Free Trade Agreement")', () => {
    expect(parties('agreement')).toEqual(['CHL', 'PER']);
  });

  it('keeps the countries of a compound that names the meeting itself ("the U.S.-China talks")', () => {
    expect(parties('talks')).toEqual(['BRA', 'CHL', 'PER']);
  });
});
