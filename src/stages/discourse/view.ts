/** The document as the discourse rules read it: words, sentences, syntax and who each token names. */
import { docView } from '../../core/doc-view.js';
import type { Span } from '../../core/span.js';
import { sentenceTokenRange } from '../../core/tokens-of.js';
import type { Document } from '../../core/document.js';
import { packOf, type LanguagePack } from '../../lang/pack.js';
import { renderReasons, type Reason } from '../../lang/reason.js';
import type { ActorMention } from '../actors/types.js';
import type { SourceTokens } from '../deps/closing-source.js';
import type { Dep } from '../deps/types.js';
import type { PosTag } from '../pos/types.js';
import type {} from '../tokens/types.js';

export interface View {
  /** Lower-cased text of each token. */
  readonly words: readonly string[];
  readonly texts: readonly string[];
  readonly sents: readonly number[];
  readonly deps: readonly Dep[];
  /** The pos layer as it is (tags and lemmas), not copied. */
  readonly pos: readonly PosTag[];
  /** The tokens layer: each token's offsets and sentence. */
  readonly spans: readonly (Span & { readonly sent: number })[];
  /** The actors-layer mention covering each token. */
  readonly mentionAt: readonly (ActorMention | undefined)[];
  /** The document's language pack, for rendering reasons. */
  readonly pack: LanguagePack;
}

/**
 * The parts of a view that depend on the tokens alone, by the tokens layer: the stage views each
 * document twice (before and after its named actors are merged), and the events stage's `docView`
 * lower-cases the same words, so both are made once per document (#13).
 */
const tokenParts = new WeakMap<object, Pick<View, 'words' | 'texts' | 'sents'>>();

/** The sentence of each token: a loop, not closures made per call, which lose their optimised code at each full collection (#13). */
function sentsOf(tokens: readonly { readonly sent: number }[]): number[] {
  const out: number[] = [];
  for (const t of tokens) out.push(t.sent);
  return out;
}

export function viewOf(doc: Document): View {
  const tokens = doc.layers.tokens ?? [];
  let parts = tokenParts.get(tokens);
  if (!parts) {
    const { words: lower, texts } = docView({ text: doc.text, layers: { tokens, deps: doc.layers.deps } });
    parts = {
      words: doc.text.includes('’') ? lower.map((w) => w.replace(/’/g, "'")) : lower,
      texts,
      sents: sentsOf(tokens),
    };
    tokenParts.set(tokens, parts);
  }
  const mentionAt: (ActorMention | undefined)[] = new Array<ActorMention | undefined>(tokens.length);
  for (const m of doc.layers.actors ?? []) for (let t = m.tokens[0]; t < m.tokens[1] && t < tokens.length; t++) mentionAt[t] ??= m;
  return { ...parts, deps: doc.layers.deps ?? [], pos: doc.layers.pos ?? [], spans: tokens, mentionAt, pack: packOf(doc) };
}

/** The token of a mention whose head lies outside it: the mention's syntactic head. */
export function headOf(view: View, m: { readonly tokens: readonly [number, number] }): number {
  for (let t = m.tokens[0]; t < m.tokens[1]; t++) {
    const h = view.deps[t]?.head ?? -1;
    if (h < m.tokens[0] || h >= m.tokens[1]) return t;
  }
  return m.tokens[0];
}

/**
 * The first and last token of token `t`'s sentence, by core's one search (core/tokens-of.ts, as the events tree's
 * `sentenceTokensAt`). Relations never cross a sentence, so scanning only this span keeps a per-mention search linear
 * in the article's length.
 */
export function sentenceSpan(view: View, t: number): [first: number, last: number] {
  const [first, end] = sentenceTokenRange(view.spans, view.sents[t]);
  return [first, end - 1];
}

/** A subject of its clause, active or passive. */
export function isSubject(view: View, token: number): boolean {
  return (view.deps[token]?.deprel ?? '').startsWith('nsubj');
}

/** What a mention is, without where it is or why. */
export type ActorOf = Omit<ActorMention, 'start' | 'end' | 'tokens' | 'why' | 'reasons'>;

/** The actor part of a mention. */
export function actorOf(m: ActorMention): ActorOf {
  const { start: _s, end: _e, tokens: _t, why: _w, reasons: _r, ...actor } = m;
  return actor;
}

/** A part of a group: who it is, without where or why. */
export type GroupPart = Pick<ActorMention, 'actorId' | 'name' | 'code' | 'sector'>;

/**
 * The group of `parts` ("Russia and China", a call's participants): one id, name and member list made of its parts,
 * in one place for every rule that joins actors (rv-d #10 of session 58).
 */
export function groupOf(parts: readonly GroupPart[]): Pick<ActorOf, 'actorId' | 'name' | 'members' | 'parts'> {
  const own = parts.map(({ actorId, name, code, sector }) => ({ actorId, name, code, sector }));
  return { actorId: `group:${own.map((p) => p.actorId).join('+')}`, name: own.map((p) => p.name).join(' and '), members: own.map((p) => p.actorId), parts: own };
}

/** The same actor mentioned over other words: what a pronoun or description resolved to. */
export function mentionOver(view: View, first: number, last: number, of: ActorOf, reason: Reason): ActorMention {
  const start = view.spans[first]?.start ?? 0;
  const end = view.spans[last - 1]?.end ?? start;
  return { ...of, start, end, tokens: [first, last], reasons: [reason], why: renderReasons(view.pack, [reason]) };
}

/**
 * The view's tokens as the closing-source detector reads them (deps/closing-source.ts), made once per view and only
 * when a rule asks of a closing source.
 */
const sourceTokens = new WeakMap<View, SourceTokens & { readonly deps: readonly Dep[] }>();
export function sourceTokensOf(view: View): SourceTokens & { readonly deps: readonly Dep[] } {
  let found = sourceTokens.get(view);
  if (!found) sourceTokens.set(view, found = { words: view.words, pos: view.pos, lemmas: view.pos.map((p) => p.lemma), deps: view.deps });
  return found;
}
