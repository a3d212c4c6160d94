import { describe, expect, it } from 'vitest';
import { parsedDoc } from '../../../test/support/parsed-doc.js';
import { actorsOfPhrase, indexActors } from './participants.js';
import { buildTree } from './tree.js';

const mention = (code: string, first: number, last: number) =>
  ({ start: first, end: last, tokens: [first, last] as const, actorId: code, name: code, code, sector: 'GOV', reasons: [], why: 'test' });

const talks = `
  Russian Russian ADJ JJ 2 amod
  officials official NOUN NNS 3 nsubj
  met meet VERB VBD 0 root
  Chinese Chinese ADJ JJ 5 amod
  envoys envoy NOUN NNS 3 obj
  . . PUNCT . 3 punct`;

describe('actorsOfPhrase', () => {
  // The marks of which tokens have a mention below them are kept for one (tree, index) pair at a
  // time in one buffer (#13): a new pair, on the same tree or another, must be marked anew.
  it('reads each actor index of one tree on its own', () => {
    const tree = buildTree(parsedDoc([talks]));
    const codes = (mentions: ReturnType<typeof mention>[]) =>
      actorsOfPhrase(tree, indexActors(mentions, tree.tokens.length), 4, () => undefined).map((p) => p.code);
    expect(codes([mention('RUS', 0, 2)])).toEqual([]);
    expect(codes([mention('RUS', 0, 2), mention('CHN', 3, 5)])).toEqual(['CHN']);
    expect(codes([])).toEqual([]);
  });

  it('marks a longer tree after a shorter one', () => {
    const short = buildTree(parsedDoc([`
  Talks talk NOUN NNS 0 root
  . . PUNCT . 1 punct`]));
    actorsOfPhrase(short, indexActors([], short.tokens.length), 0, () => undefined);
    const tree = buildTree(parsedDoc([talks]));
    expect(actorsOfPhrase(tree, indexActors([mention('CHN', 3, 5)], tree.tokens.length), 4, () => undefined).map((p) => p.code)).toEqual(['CHN']);
  });
});
