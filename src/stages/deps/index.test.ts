import { describe, expect, it } from 'vitest';
import { makeDoc, type Document } from '../../core/document.js';
import type { StageContext } from '../../core/stage.js';
import { pos } from '../pos/index.js';
import { deps } from './index.js';

const ctx: StageContext = { report: () => undefined };

/** Sentences of space-separated tokens, tagged by the pos stage. */
function parsedDoc(...sentences: string[]): Document {
  const text = sentences.join(' ');
  const tokens: { start: number; end: number; sent: number }[] = [];
  let offset = 0;
  sentences.forEach((sent, s) => {
    for (const m of sent.matchAll(/\S+/g)) tokens.push({ start: offset + m.index, end: offset + m.index + m[0].length, sent: s });
    offset += sent.length + 1;
  });
  const doc = makeDoc({ text, layers: { tokens } });
  const tagged = { ...doc, layers: { ...doc.layers, pos: pos().run(doc, ctx) } };
  return { ...tagged, layers: { ...tagged.layers, deps: deps().run(tagged, ctx) } };
}

function word(doc: Document, i: number): string {
  const t = doc.layers.tokens![i];
  return doc.text.slice(t.start, t.end);
}

/** `dependent deprel head` triples of a parsed document. */
function arcs(doc: Document): string[] {
  return doc.layers.deps!.map((d, i) => `${word(doc, i)} ${d.deprel} ${d.head < 0 ? 'ROOT' : word(doc, d.head)}`);
}

describe('deps stage', () => {
  it.each([
    ['The president accepted the invitation .', 'president nsubj accepted', 'invitation obj accepted'],
    ['Russia accused Ukraine of shelling .', 'Russia nsubj accused', 'Ukraine obj accused'],
    ['The minister signed an agreement with China .', 'minister nsubj signed', 'agreement obj signed'],
  ])('finds subject and object in "%s"', (text, subject, object) => {
    const found = arcs(parsedDoc(text));
    expect(found).toContain(subject);
    expect(found).toContain(object);
  });

  it('marks the passive subject', () => {
    expect(arcs(parsedDoc('The talks were postponed .'))).toContain('talks nsubj:pass postponed');
  });

  it('gives every sentence exactly one root, with document-level head indices', () => {
    const doc = parsedDoc('Putin called Macron .', 'They discussed Ukraine .');
    const roots = doc.layers.deps!.flatMap((d, i) => (d.head < 0 ? [i] : []));
    expect(roots.map((i) => word(doc, i))).toEqual(['called', 'discussed']);
    expect(doc.layers.deps![4]).toEqual({ head: 5, deprel: 'nsubj' });
  });
});
