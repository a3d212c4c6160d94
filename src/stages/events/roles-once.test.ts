import { describe, expect, it } from 'vitest';
import { parsedDoc } from '../../../test/support/parsed-doc.js';
import { packOf } from '../../lang/pack.js';
import { indexActors } from './participants.js';
import { rolesOf } from './roles.js';
import { rolesOnce } from './roles-once.js';
import { buildTree } from './tree.js';

const france = { start: 0, end: 6, tokens: [0, 1] as const, actorId: 'fra', name: 'France', code: 'FRA', reasons: [], why: 'test' };
const germany = { start: 17, end: 24, tokens: [2, 3] as const, actorId: 'deu', name: 'Germany', code: 'DEU', reasons: [], why: 'test' };
// "France criticized Germany ."
const doc = parsedDoc([`
  France France PROPN NNP 2 nsubj
  criticized criticize VERB VBD 0 root
  Germany Germany PROPN NNP 2 obj
  . . PUNCT . 2 punct`]);
const tree = buildTree(doc);
const pack = packOf(doc);

describe('rolesOnce', () => {
  it('answers as rolesOf does', () => {
    const actors = indexActors([france, germany], tree.tokens.length);
    expect(rolesOnce(tree, pack, actors, 1, undefined, 'ACCUSE')).toEqual(rolesOf(tree, pack, actors, 1, undefined, 'ACCUSE'));
  });

  it('reads a verb once per document: a second reading gets the same participants in arrays of its own', () => {
    const actors = indexActors([france, germany], tree.tokens.length);
    const first = rolesOnce(tree, pack, actors, 1, undefined, 'ACCUSE');
    const again = rolesOnce(tree, pack, actors, 1, undefined, 'ACCUSE');
    expect(again.actors[0]).toBe(first.actors[0]);
    expect(again.actors).not.toBe(first.actors);
    first.recipients.pop();
    expect(again.recipients.map((p) => p.code)).toEqual(['DEU']);
  });

  it('asks again for another event type or another document', () => {
    const actors = indexActors([france, germany], tree.tokens.length);
    const first = rolesOnce(tree, pack, actors, 1, undefined, 'ACCUSE');
    expect(rolesOnce(tree, pack, actors, 1, undefined, 'REJECT').actors[0]).not.toBe(first.actors[0]);
    expect(rolesOnce(tree, pack, indexActors([france, germany], tree.tokens.length), 1, undefined, 'ACCUSE').actors[0]).not.toBe(first.actors[0]);
  });

  it('asks again when one actor index comes with another tree, whose token numbers mean other words', () => {
    // The same words parsed the other way round (Germany the subject): the same verb index, other parties.
    const other = buildTree(parsedDoc([`
  France France PROPN NNP 2 obj
  criticized criticize VERB VBD 0 root
  Germany Germany PROPN NNP 2 nsubj
  . . PUNCT . 2 punct`]));
    const actors = indexActors([france, germany], tree.tokens.length);
    expect(rolesOnce(tree, pack, actors, 1, undefined, 'ACCUSE')).toEqual(rolesOf(tree, pack, actors, 1, undefined, 'ACCUSE'));
    const again = rolesOnce(other, pack, actors, 1, undefined, 'ACCUSE');
    expect(again).toEqual(rolesOf(other, pack, actors, 1, undefined, 'ACCUSE'));
    expect(again.actors.map((p) => p.code)).toEqual(['DEU']);
  });

  it('keeps a verb\'s readings with and without a noun, and with no event type, apart', () => {
    const actors = indexActors([france, germany], tree.tokens.length);
    const bare = rolesOnce(tree, pack, actors, 1);
    expect(bare).toEqual(rolesOf(tree, pack, actors, 1));
    expect(rolesOnce(tree, pack, actors, 1).actors[0]).toBe(bare.actors[0]);
    const withNoun = rolesOnce(tree, pack, actors, 1, 2, 'ACCUSE');
    expect(withNoun).toEqual(rolesOf(tree, pack, actors, 1, 2, 'ACCUSE'));
    expect(withNoun.actors[0]).not.toBe(rolesOnce(tree, pack, actors, 1, undefined, 'ACCUSE').actors[0]);
    expect(rolesOnce(tree, pack, actors, 2, undefined, 'ACCUSE')).toEqual(rolesOf(tree, pack, actors, 2, undefined, 'ACCUSE'));
  });
});
