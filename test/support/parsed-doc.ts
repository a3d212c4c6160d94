/**
 * Build a fully parsed document by hand for tests of stages that read syntax, entities and actors:
 * each sentence is given as CoNLL-U-like rows `form lemma UPOS XPOS head deprel` (head 1-based
 * within the sentence, 0 for the root). Words are joined by single spaces.
 */
import { makeDoc, type DocMeta } from '../../src/core/document.js';
import type { DocumentWith } from '../../src/core/stage.js';
import type { ActorMention } from '../../src/stages/actors/types.js';
import type { Dep } from '../../src/stages/deps/types.js';
import type { Entity, EntityType } from '../../src/stages/entities/types.js';
import type { PosTag, Upos } from '../../src/stages/pos/types.js';
import type { Token } from '../../src/stages/tokens/types.js';
import '../../src/stages/sentences/types.js';

/** An actor mention by sentence and sentence-local token range [first, last). */
export interface ActorSpec {
  readonly sent: number;
  readonly tokens: readonly [number, number];
  readonly id: string;
  readonly name?: string;
  readonly code?: string;
  readonly sector?: string;
  readonly members?: readonly string[];
  readonly kind?: ActorMention['kind'];
}

export interface EntitySpec {
  readonly sent: number;
  readonly tokens: readonly [number, number];
  readonly type: EntityType;
}

/** A parsed document from CoNLL-U-like rows per sentence; paragraphs are separated by a blank line in the text when `paragraphs` says so. */
export function parsedDoc(sentences: readonly string[], opts: { actors?: readonly ActorSpec[]; entities?: readonly EntitySpec[]; meta?: Partial<DocMeta> } = {}): DocumentWith<'sentences' | 'tokens' | 'pos' | 'deps' | 'entities' | 'actors'> {
  let text = '';
  const tokens: Token[] = [];
  const pos: PosTag[] = [];
  const deps: Dep[] = [];
  const sents: { start: number; end: number }[] = [];
  const firsts: number[] = [];
  sentences.forEach((block, sent) => {
    const rows = block.trim().split('\n').map((r) => r.trim().split(/\s+/));
    const base = tokens.length;
    firsts.push(base);
    if (text) text += ' ';
    const start = text.length;
    rows.forEach(([form, lemma, upos, xpos, head, deprel], k) => {
      if (k > 0) text += ' ';
      tokens.push({ start: text.length, end: text.length + form.length, sent });
      text += form;
      pos.push({ upos: upos as Upos, xpos, lemma });
      deps.push({ head: Number(head) === 0 ? -1 : base + Number(head) - 1, deprel });
    });
    sents.push({ start, end: text.length });
  });
  const span = (sent: number, range: readonly [number, number]) => {
    const a = firsts[sent] + range[0];
    const b = firsts[sent] + range[1];
    return { start: tokens[a].start, end: tokens[b - 1].end, tokens: [a, b] as const };
  };
  const actors: ActorMention[] = (opts.actors ?? []).map((a) => ({
    ...span(a.sent, a.tokens), actorId: a.id, name: a.name ?? a.id, reasons: [], why: 'test',
    ...(a.code ? { code: a.code } : {}), ...(a.sector ? { sector: a.sector } : {}), ...(a.members ? { members: a.members } : {}),
    ...(a.kind ? { kind: a.kind } : {}),
  }));
  const entities: Entity[] = (opts.entities ?? []).map((e) => ({ ...span(e.sent, e.tokens), type: e.type, confidence: 1 }));
  return makeDoc({ text, meta: { date: '2020-06-26', ...opts.meta }, layers: { sentences: sents, tokens, pos, deps, entities, actors } });
}
