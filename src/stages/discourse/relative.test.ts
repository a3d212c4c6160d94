import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import type { Document } from '../../core/document.js';
import { discourse } from './index.js';
import { isRelativeMention } from './relative.js';

/** "Reagan had talks with Moi, who appealed for investment." as the parser reads it: "appealed" a `conj` of "had". */
const APPEALED = `
  Reagan Reagan PROPN NNP 2 nsubj
  had have VERB VBD 0 root
  talks talk NOUN NNS 2 obj
  with with ADP IN 5 case
  Moi Moi PROPN NNP 3 nmod
  , , PUNCT , 8 punct
  who who PRON WP 8 nsubj
  appealed appeal VERB VBD 2 conj
  for for ADP IN 10 case
  investment investment NOUN NN 8 obl
  . . PUNCT . 2 punct`;

const reagan: ActorSpec = { sent: 0, tokens: [0, 1], id: 'ronald-reagan', name: 'Ronald Reagan', code: 'USA', sector: 'GOV', kind: 'person' };
const moi: ActorSpec = { sent: 0, tokens: [4, 5], id: 'daniel-arap-moi', name: 'Daniel Arap Moi', code: 'KEN', sector: 'GOV', kind: 'person' };

/** The discourse mentions over the word `word`. */
function over(doc: Document, word: string) {
  const layer = discourse().run({ ...doc, layers: { ...doc.layers, places: [] } }, { report: () => undefined });
  return layer.mentions.filter((m) => doc.text.slice(m.start, m.end) === word);
}

describe('relative pronoun subjects', () => {
  // Rv-d #12 of session 58: the story filter asks this, not the rule ids spelt out.
  it('tells a relative pronoun\'s mention from a name\'s', () => {
    const doc = parsedDoc([APPEALED], { actors: [reagan, moi] });
    const [who] = over(doc, 'who');
    const name = doc.layers.actors?.find((m) => m.actorId === 'daniel-arap-moi');
    expect(who && isRelativeMention(who)).toBe(true);
    expect(name && isRelativeMention(name)).toBe(false);
  });

  it('reads ", who" right after a name as that name\'s actor, however the parser hangs its clause', () => {
    const [who] = over(parsedDoc([APPEALED], { actors: [reagan, moi] }), 'who');
    expect(who).toMatchObject({ actorId: 'daniel-arap-moi', code: 'KEN' });
    expect(who?.reasons[0]?.rule).toBe('discourse/relative');
  });

  it('leaves "who" after a place alone, and "which" after a person', () => {
    expect(over(parsedDoc([APPEALED], { actors: [reagan, { ...moi, kind: 'place' }] }), 'who')).toEqual([]);
    const which = APPEALED.replace('who who PRON WP', 'which which PRON WDT');
    expect(over(parsedDoc([which], { actors: [reagan, moi] }), 'which')).toEqual([]);
  });

  it('leaves a relative pronoun with no comma before it to the parse ("officials who appealed")', () => {
    const bare = APPEALED.replace('  , , PUNCT , 8 punct\n', '  and and CCONJ CC 8 cc\n');
    expect(over(parsedDoc([bare], { actors: [reagan, moi] }), 'who')).toEqual([]);
  });
});
