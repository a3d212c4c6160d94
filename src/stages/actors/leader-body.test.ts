import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import type { Span } from '../../core/span.js';
import type { Entity } from '../entities/types.js';
import type { PosTag } from '../pos/types.js';
import { tokenize } from '../tokens/tokenize.js';
import { actors } from './index.js';
import type { ActorMention } from './types.js';

/** The actors stage over hand-split sentences, with the given names marked as NER people. */
function run(text: string, people: string[], upos?: string): { text: string; mentions: ActorMention[] } {
  const sentences: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(/\. /g)) {
    sentences.push({ start, end: m.index + 1 });
    start = m.index + 2;
  }
  sentences.push({ start, end: text.length });
  const tokens = tokenize(text, sentences);
  const entities: Entity[] = people.map((name) => {
    const at = text.indexOf(name);
    const first = tokens.findIndex((t) => t.start === at);
    const last = tokens.findIndex((t) => t.end === at + name.length) + 1;
    return { start: at, end: at + name.length, type: 'PERSON', tokens: [first, last], confidence: 1 };
  });
  const pos = upos?.split(' ').map((tag) => ({ upos: tag, xpos: '', lemma: '' })) as PosTag[] | undefined;
  const doc = makeDoc({ text, meta: { date: '2022-06-22' }, layers: { sentences, tokens, entities, ...(pos ? { pos } : {}) } });
  return { text, mentions: actors().run(doc, { report: () => undefined }) };
}

function codesOf(result: { text: string; mentions: ActorMention[] }, words: string, nth = 0): (string | undefined)[] {
  const m = result.mentions.filter((x) => result.text.slice(x.start, x.end) === words)[nth];
  return [m?.code, m?.sector];
}

describe('a leader\'s surname before a government noun', () => {
  it('reads "Harris Administration" (an NER person) as the government of the leader named', () => {
    expect(codesOf(run('The Biden-Harris Administration believes that it is critical.', ['Harris Administration']), 'Harris Administration')).toEqual(['USA', 'GOV']);
  });

  it('gives no country where no one in government bears the surname', () => {
    expect(codesOf(run('The Smithfield Administration believes that it is critical.', ['Smithfield Administration']), 'Smithfield Administration')[0]).toBeUndefined();
  });
});
