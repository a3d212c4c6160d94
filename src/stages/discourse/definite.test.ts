import { describe, expect, it } from 'vitest';
import { parsedDoc } from '../../../test/support/parsed-doc.js';
import type { Document } from '../../core/document.js';
import { nameHead } from './definite.js';
import { discourse } from './index.js';

/** "The World Bank lent Peru money. The bank said …" with the second sentence given. */
function run(second: string, name = 'World Bank', coded = true): Document {
  const first = `
  The the DET DT 3 det
  World World PROPN NNP 3 compound
  Bank Bank PROPN NNP 4 nsubj
  lent lend VERB VBD 0 root
  Peru Peru PROPN NNP 4 iobj
  money money NOUN NN 4 obj
  . . PUNCT . 4 punct`;
  const doc = parsedDoc([first, second], { actors: [coded ? { sent: 0, tokens: [1, 3], id: 'world-bank', name, code: 'IGO', sector: 'WBK' } : { sent: 0, tokens: [1, 3], id: 'local:1', name, sector: 'GOV' }, { sent: 0, tokens: [4, 5], id: 'peru', name: 'Peru', code: 'PER' }] });
  return { ...doc, layers: { ...doc.layers, places: [], discourse: discourse().run({ ...doc, layers: { ...doc.layers, places: [] } }, { report: () => undefined }) } };
}
const said = (det: string, noun: string, more = '') => `
  ${det} the DET DT 2 det
  ${noun} ${noun.toLowerCase()} NOUN NN 3 nsubj${more}
  said say VERB VBD 0 root
  . . PUNCT . 3 punct`;
const found = (doc: Document, text: string) => doc.layers.discourse?.mentions.find((m) => doc.text.slice(m.start, m.end) === text);

describe('a definite description repeating a body\'s head noun', () => {
  it('is the body named shortly before whose name it heads ("the bank" after "the World Bank")', () => {
    expect(found(run(said('The', 'bank')), 'The bank')).toMatchObject({ actorId: 'world-bank', code: 'IGO', sector: 'WBK' });
  });

  it('is a body the knowledge base lacks, by its own words ("the bank" after an uncoded "World Bank"), but never "the country"', () => {
    expect(found(run(said('The', 'bank'), 'unknown country (GOV)', false), 'The bank')?.actorId).toBe('local:1');
    expect(found(run(said('The', 'country'), 'unknown country (GOV)', false), 'The country')?.actorId).not.toBe('local:1');
  });

  it('is no body whose name it does not head ("the world" after "the World Bank")', () => {
    expect(found(run(said('The', 'world')), 'The world')).toBeUndefined();
  });

  it('takes the head before a name\'s complement and leaves a bracketed sector out', () => {
    expect(nameHead('Church of Scientology')).toBe('church');
    expect(nameHead('General Agreement on Tariffs and Trade')).toBe('agreement');
    expect(nameHead('Letter Carriers Union')).toBe('union');
    expect(nameHead('Japan (GOV)')).toBe('japan');
    expect(found(run(said('The', 'church'), 'Church of Scientology'), 'The church')?.actorId).toBe('world-bank');
  });
});

describe('a body\'s head noun used generically', () => {
  it('is no body when words after it make it everyone ("the community at large" after "the European Community")', () => {
    const urged = `
  Farmers farmer NOUN NNS 2 nsubj
  urged urge VERB VBD 0 root
  the the DET DT 4 det
  community community NOUN NN 2 obj
  at at ADP IN 6 case
  large large ADJ JJ 4 amod
  . . PUNCT . 2 punct`;
    expect(found(run(urged, 'European Community'), 'the community')).toBeUndefined();
    expect(found(run(said('The', 'community'), 'European Community'), 'The community')?.actorId).toBe('world-bank');
  });
});

describe('"the group"', () => {
  it('is a group named shortly before rather than the meeting\'s parties', () => {
    const doc = run(said('The', 'group'), 'Rio Group');
    expect(found(doc, 'The group')?.actorId).toBe('world-bank');
  });
});
