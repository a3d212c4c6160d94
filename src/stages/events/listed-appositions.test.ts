import { describe, expect, it } from 'vitest';
import { parsedDoc } from '../../../test/support/parsed-doc.js';
import { actorsOfPhrase, indexActors } from './participants.js';
import { buildTree } from './tree.js';

/** A mention of `code` over tokens [first, last) (0-based document tokens). */
const mention = (code: string, first: number, last: number, actorId = code) =>
  ({ start: first, end: last, tokens: [first, last] as const, actorId, name: code, code, sector: 'GOV', reasons: [], why: 'test' });

/** The codes of the subject phrase headed at token `head`. */
function partiesOf(rows: string, mentions: ReturnType<typeof mention>[], head: number): (string | undefined)[] {
  const tree = buildTree(parsedDoc([rows]));
  return actorsOfPhrase(tree, indexActors(mentions, tree.tokens.length), head).map((p) => p.code).sort();
}

// The parser's own readings of these sentences (`dyad parse`).
const summit = `
  Vladimir Vladimir PROPN NNP 2 compound
  Putin Putin PROPN NNP 9 nsubj
  , , PUNCT , 4 punct
  Ilham Ilham PROPN NNP 2 appos
  Aliyev Aliyev PROPN NNP 2 flat
  and and CCONJ CC 7 cc
  Nikol Nikol PROPN NNP 2 conj
  Pashinyan Pashinyan PROPN NNP 2 amod
  meet meet VERB VB 0 root
  . . PUNCT . 9 punct`;

const accord = `
  the the DET DT 3 det
  United United ADJ NNP 3 amod
  States State PROPN NNPS 5 compound
  , , PUNCT , 5 punct
  Japan Japan PROPN NNP 10 nsubj
  , , PUNCT , 7 punct
  France France PROPN NNP 5 appos
  and and CCONJ CC 9 cc
  Canada Canada PROPN NNP 5 conj
  agreed agree VERB VBD 0 root
  . . PUNCT . 10 punct`;

describe('listedAppositions', () => {
  it('reads a middle list member hung as an apposition as a party', () => {
    expect(partiesOf(summit, [mention('RUS', 0, 2), mention('AZE', 3, 5), mention('ARM', 6, 8)], 1)).toEqual(['ARM', 'AZE', 'RUS']);
  });

  it('reads a first member hung as a compound of the second, set off by a comma, as a party', () => {
    expect(partiesOf(accord, [mention('USA', 0, 3), mention('JPN', 4, 5), mention('FRA', 6, 7), mention('CAN', 8, 9)], 4))
      .toEqual(['CAN', 'FRA', 'JPN', 'USA']);
  });
});
