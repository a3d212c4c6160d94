import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import type { Document } from '../../core/document.js';
import { discourse } from './index.js';
import { resolvedActors } from './merge.js';

const putin = (sent: number, tokens: [number, number]): ActorSpec => ({ sent, tokens, id: 'vladimir-putin', name: 'Vladimir Putin', code: 'RUS', sector: 'GOV' });
const rahmon = (sent: number, tokens: [number, number]): ActorSpec => ({ sent, tokens, id: 'emomali-rahmon', name: 'Emomali Rahmon', code: 'TJK', sector: 'GOV' });
const people = (doc: Document): Document => ({ ...doc, layers: { ...doc.layers, actors: (doc.layers.actors ?? []).map((m) => ({ ...m, kind: m.code ? 'person' as const : undefined })) } });
const run = (doc: Document): Document => ({ ...doc, layers: { ...doc.layers, places: [], discourse: discourse().run({ ...doc, layers: { ...doc.layers, places: [] } }, { report: () => undefined }) } });

/** "Putin had a conversation with Rahmon." */
const CALL = `
  Putin Putin PROPN NNP 2 nsubj
  had have VERB VBD 0 root
  a a DET DT 4 det
  conversation conversation NOUN NN 2 obj
  with with ADP IN 6 case
  Rahmon Rahmon PROPN NNP 4 nmod
  . . PUNCT . 2 punct`;

/** The second sentence, "<words> exchanged greetings .", its subject's head at `head` (1-based), over `n` words. */
function second(words: string, head: number, n: number): string {
  const lines = words.split(' ').map((w, k) => `${w} ${w.toLowerCase()} ${k + 1 === head ? 'NOUN NNS' : 'NOUN NN'} ${k + 1 === head ? n + 1 : head} ${k + 1 === head ? 'nsubj' : k === 0 ? 'det' : 'compound'}`);
  return `\n  ${lines.join('\n  ')}\n  exchanged exchange VERB VBD 0 root\n  greetings greeting NOUN NNS ${n + 1} obj\n  . . PUNCT . ${n + 1} punct`;
}

function partiesOf(words: string, head: number): string[] | undefined {
  const n = words.split(' ').length;
  const titles: ActorSpec = { sent: 1, tokens: [0, n], id: 'UNK-GOV', sector: 'GOV' };
  const doc = run(people(parsedDoc([CALL, second(words, head, n)], { actors: [putin(0, [0, 1]), rahmon(0, [5, 6]), titles], meta: { date: '2022-04-08' } })));
  return resolvedActors(doc).find((m) => doc.text.slice(m.start, m.end) === words)?.parts?.map((p) => p.code ?? '');
}

describe('meeting titles', () => {
  it.each([
    ['The heads of state', 2],
    ['The national security advisors', 4],
    ['The Vice Presidents', 3],
  ])('reads "%s", a plural title of no country and no count, as the meeting\'s participants', (words, head) => {
    expect(partiesOf(words, head)).toEqual(['RUS', 'TJK']);
  });

  it.each([
    ['The other ministers', 3],
    ['The national security teams', 4],
  ])('leaves "%s" alone: a part of the titled, or no listed title', (words, head) => {
    expect(partiesOf(words, head)).toBeUndefined();
  });

  it('leaves a plural title alone before any meeting is reported', () => {
    const n = 4;
    const titles: ActorSpec = { sent: 0, tokens: [0, n], id: 'UNK-GOV', sector: 'GOV' };
    const doc = run(people(parsedDoc([second('The heads of state', 2, n)], { actors: [titles], meta: { date: '2022-04-08' } })));
    expect(resolvedActors(doc).find((m) => doc.text.slice(m.start, m.end) === 'The heads of state')?.parts).toBeUndefined();
  });
});
