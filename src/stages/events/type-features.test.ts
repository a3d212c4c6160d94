import { describe, expect, it } from 'vitest';
import type { Document } from '../../core/document.js';
import { typeFeatures } from './type-features.js';
import type { CodedEvent } from './types.js';

/** Tokens of a text whose words are set off by single spaces. */
const tokensOf = (text: string) => [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

const doc = {
  id: 'd', text: 'Chile will sign an agreement with Peru .', meta: { origin: { kind: 'text' } },
  layers: {
    tokens: tokensOf('Chile will sign an agreement with Peru .'),
    pos: [{ upos: 'PROPN', lemma: 'Chile' }, { upos: 'AUX', lemma: 'will' }, { upos: 'VERB', lemma: 'sign' }, { upos: 'DET', lemma: 'a' },
      { upos: 'NOUN', lemma: 'agreement' }, { upos: 'ADP', lemma: 'with' }, { upos: 'PROPN', lemma: 'Peru' }, { upos: 'PUNCT', lemma: '.' }],
    deps: [{ head: 2, deprel: 'nsubj' }, { head: 2, deprel: 'aux' }, { head: -1, deprel: 'root' }, { head: 4, deprel: 'det' },
      { head: 2, deprel: 'obj' }, { head: 6, deprel: 'case' }, { head: 2, deprel: 'obl' }, { head: 2, deprel: 'punct' }],
  },
  diagnostics: [],
} as unknown as Document;

const event = { event: 'SUPPORT', cameo: '051', future: true, recipients: [{}], trigger: { tokens: [2, 3] } } as unknown as CodedEvent;

describe('typeFeatures', () => {
  const features = typeFeatures(doc, event, new Set(['AGREE', 'SUPPORT']));

  it('names the rules type, the senses, the lemma, the object head and the marked oblique', () => {
    expect(features).toEqual(expect.arrayContaining(['rule:SUPPORT', 'sense:AGREE', 'sense:SUPPORT', 'cameo:051', 'cameo:05', 'lemma:sign',
      'lemma:SUPPORT:sign', 'dep:obj:agreement', 'dep:obl:with', 'dep:obl:with:peru', 'head:root', 'future', 'future:sign', 'recipients:1']));
    expect(new Set(features).size).toBe(features.length);
  });

  it('leaves out the subject word, which names a party rather than a sense', () => {
    expect(features).toContain('dep:nsubj');
    expect(features).not.toContain('dep:nsubj:chile');
  });
});
