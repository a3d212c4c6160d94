import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();

/** A document of president.gov.ua's own words: its "I" is the speaking side, Ukraine. */
function onSite(sentences: readonly string[], actors: readonly ActorSpec[] = []) {
  const doc = parsedDoc(sentences, { actors });
  Object.assign(doc.layers, { discourse: { publisher: { site: 'president.gov.ua', code: 'UKR', office: 'president' }, mentions: [] } });
  return doc;
}
const thanks = (doc: ReturnType<typeof onSite>) => codeEvents(doc, lexicon).events.filter((e) => e.event === 'SUPPORT')
  .map((e) => [e.actors.map((a) => a.code).join('+'), e.recipients.map((a) => a.code).join('+')]);

const spoke = `
  I I PRON PRP 2 nsubj
  spoke speak VERB VBD 0 root
  with with ADP IN 4 case
  Macron Macron PROPN NNP 2 obl
  . . PUNCT . 2 punct`;
const macron: ActorSpec = { sent: 0, tokens: [3, 4], id: 'macron', name: 'Emmanuel Macron', code: 'FRA', kind: 'person' };
/** "I <copula> grateful for that ." */
const grateful = (cop: string, xpos: string) => `
  I I PRON PRP 3 nsubj
  ${cop} be AUX ${xpos} 3 cop
  grateful grateful ADJ JJ 0 root
  for for ADP IN 5 case
  that that PRON DT 3 obl
  . . PUNCT . 3 punct`;

describe('bare thanks: "I\'m grateful for that." after the partner was named', () => {
  it('thanks the side named in the sentence before', () => {
    expect(thanks(onSite([spoke, grateful('am', 'VBP')], [macron]))).toEqual([['UKR', 'FRA']]);
  });

  it('is no thanks given now in the past ("I was grateful")', () => {
    expect(thanks(onSite([spoke, grateful('was', 'VBD')], [macron]))).toEqual([]);
  });

  it('thanks no one when no other side was named just before', () => {
    expect(thanks(onSite([grateful('am', 'VBP')]))).toEqual([]);
  });
});
