import { describe, expect, it } from 'vitest';
import { makeDoc, type Document } from '../../core/document.js';
import type { StageContext } from '../../core/stage.js';
import { pos } from './index.js';
import { loadPosModel } from './pos-model.js';

const ctx: StageContext = { report: () => undefined };

/** A one-sentence document whose tokens are the space-separated words of `text`. */
function wordsDoc(text: string): Document {
  const tokens: { start: number; end: number; sent: number }[] = [];
  for (const m of text.matchAll(/\S+/g)) tokens.push({ start: m.index, end: m.index + m[0].length, sent: 0 });
  return makeDoc({ text, layers: { tokens } });
}

describe('pos stage', () => {
  it('loads the bundled model, which matches its recorded checksum', () => {
    expect(loadPosModel().tagger.model.size.rows).toBeGreaterThan(0);
  });

  it('gives one tag per token', () => {
    const doc = wordsDoc('The minister accepted the invitation .');
    expect(pos().run(doc, ctx)).toHaveLength(6);
  });

  it.each([
    ['Yesterday Zorvakian met the delegation .', 'Zorvakian'],
    ['The talks were held in Quelmora on Monday .', 'Quelmora'],
    ['Officials from Brastavia and Oluntre signed the accord .', 'Oluntre'],
  ])('tags the unknown capitalised word in "%s" as PROPN', (text, name) => {
    const doc = wordsDoc(text);
    const index = text.split(' ').indexOf(name);
    expect(pos().run(doc, ctx)[index].upos).toBe('PROPN');
  });

  it.each([
    ['The ministers met .', 1, 'NOUN', 'NNS', 'minister'],
    ['She went home .', 1, 'VERB', 'VBD', 'go'],
    ['Talks are continuing .', 2, 'VERB', 'VBG', 'continue'],
    // issue-12: "West" read as a superlative kept its "-est" rule: lemma "w"
    ['West German officials met Soviet leaders .', 0, 'ADJ', 'JJS', 'west'],
  ])('tags and lemmatizes "%s" word %i as %s/%s "%s"', (text, index, upos, xpos, lemma) => {
    expect(pos().run(wordsDoc(text), ctx)[index]).toEqual({ upos, xpos, lemma });
  });
});
