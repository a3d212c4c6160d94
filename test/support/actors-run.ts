import { makeDoc } from '../../src/core/document.js';
import type { Span } from '../../src/core/span.js';
import { actors } from '../../src/stages/actors/index.js';
import type { ActorMention } from '../../src/stages/actors/types.js';
import type { Entity } from '../../src/stages/entities/types.js';
import type { PosTag } from '../../src/stages/pos/types.js';
import { tokenize } from '../../src/stages/tokens/tokenize.js';

export interface ActorsRun { readonly text: string; readonly mentions: ActorMention[] }

/**
 * The actors stage over hand-split sentences (split after ". ", not after "U.S.", and at paragraph breaks) with the real tokenizer's tokens,
 * the given names marked as NER people and, when given, one UPOS tag per token.
 */
export function runActors(text: string, date?: string, people: readonly string[] = [], upos?: readonly string[]): ActorsRun {
  const sentences: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(/\.( |\n\n)/g)) {
    // "The U.S. Vice President": a dotted abbreviation ends no sentence within a paragraph.
    if (m[1] === ' ' && /\b[A-Z]\.[A-Z]$/.test(text.slice(0, m.index))) continue;
    sentences.push({ start, end: m.index + 1 });
    start = m.index + 1 + m[1].length;
  }
  sentences.push({ start, end: text.length });
  const tokens = tokenize(text, sentences);
  const entities: Entity[] = people.map((name) => {
    const at = text.indexOf(name);
    const first = tokens.findIndex((t) => t.start === at);
    const last = tokens.findIndex((t) => t.end === at + name.length) + 1;
    return { start: at, end: at + name.length, type: 'PERSON', tokens: [first, last], confidence: 1 };
  });
  const pos = upos?.map((tag) => ({ upos: tag, xpos: '', lemma: '' })) as PosTag[] | undefined;
  const doc = makeDoc({ text, meta: { date }, layers: { sentences, tokens, entities, ...(pos ? { pos } : {}) } });
  return { text, mentions: actors().run(doc, { report: () => undefined }) };
}

/** The code and sector of the `nth` mention whose text is exactly `words`. */
export function codesOf(result: ActorsRun, words: string, nth = 0): (string | undefined)[] {
  const m = result.mentions.filter((x) => result.text.slice(x.start, x.end) === words)[nth];
  return [m?.code, m?.sector];
}
