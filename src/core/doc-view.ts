/**
 * A read-only view of one document's tokens and trees, built once per document and shared by the
 * stages that read it (events, quotes, …) instead of each building its own. Parts are cached by
 * the identity of the layer they come from, so the view survives the pipeline's copying of the
 * document between stages and is rebuilt only if a layer is replaced.
 */
import type { Span } from './span.js';
import { sentenceTokenRange } from './tokens-of.js';

/** What the view reads: the text, tokens with their sentence, and (when parsed) token heads. */
export interface Viewable {
  readonly text: string;
  readonly layers: {
    readonly tokens: readonly (Span & { readonly sent: number; readonly cased?: string })[];
    readonly deps?: readonly { readonly head: number }[];
  };
}

export interface DocView {
  /** Text of each token, as written, or its restored case where the text's case is uninformative (#12). */
  readonly texts: readonly string[];
  /** Lower-cased text of each token. */
  readonly words: readonly string[];
  /** Children of each token by dependency, in text order; empty lists before the parser ran. */
  readonly children: readonly (readonly number[])[];
  /** The token range [first, last) of sentence `sent`. */
  sentenceTokens(sent: number): [number, number];
}

const textsOf = new WeakMap<object, readonly string[]>();
const wordsOf = new WeakMap<object, readonly string[]>();
const childrenOf = new WeakMap<object, readonly (readonly number[])[]>();

/**
 * The view of a document.
 * @example docView(doc).children[verb].filter((c) => doc.layers.deps[c].deprel === 'obj')
 */
export function docView(doc: Viewable): DocView {
  const { tokens, deps } = doc.layers;
  // The actors, discourse and events stages read the same token texts: each is cut once per document (#13).
  let texts = textsOf.get(tokens);
  if (!texts) textsOf.set(tokens, (texts = tokenTexts(doc.text, tokens)));
  let words = wordsOf.get(tokens);
  if (!words) wordsOf.set(tokens, (words = lowerCased(texts)));
  let children = deps && childrenOf.get(deps);
  if (!children) {
    children = childLists(tokens.length, deps);
    if (deps) childrenOf.set(deps, children);
  }
  return { texts, words, children, sentenceTokens: (sent) => sentenceTokenRange(tokens, sent) };
}

// Plain loops, not `map((t) => …)`: a closure made per call loses its optimised code at every full
// collection, which a worker's bounded heap makes frequent (#13, docs/scaling.md, session 35).
function tokenTexts(text: string, tokens: readonly (Span & { readonly cased?: string })[]): string[] {
  const out: string[] = [];
  for (const t of tokens) out.push(t.cased ?? text.slice(t.start, t.end));
  return out;
}

function lowerCased(texts: readonly string[]): string[] {
  const out: string[] = [];
  for (const text of texts) out.push(text.toLowerCase());
  return out;
}

/** The children of a token with none (about half of them): one shared list, frozen so that a change in place throws (#13). */
const NO_CHILDREN: readonly number[] = Object.freeze([]);

/** Tokens grouped by head, each group in text order: the lists are cut from it. */
const byHead: number[] = [];
let firstChild = new Int32Array(256);

/**
 * Each token's children, every list cut at its exact length from one array grouped by head: a list
 * grown by `push` reserved room for 17 (~100 bytes a token, 2.5% of the pipeline's allocation, #13).
 */
function childLists(count: number, deps: readonly { readonly head: number }[] | undefined): (readonly number[])[] {
  const built: (readonly number[])[] = [];
  if (!deps) {
    for (let i = 0; i < count; i++) built.push(NO_CHILDREN);
    return built;
  }
  if (firstChild.length < count + 1) firstChild = new Int32Array(2 * (count + 1));
  const first = firstChild;
  first.fill(0, 0, count + 1);
  for (let i = 0; i < deps.length; i++) if (deps[i].head >= 0 && deps[i].head < count) first[deps[i].head + 1]++;
  for (let h = 0; h < count; h++) first[h + 1] += first[h];
  const total = first[count];
  while (byHead.length < total) byHead.push(0);
  // Placed from each head's first slot on, in text order; `first[h]` ends at the start of h + 1's group.
  for (let i = 0; i < deps.length; i++) if (deps[i].head >= 0 && deps[i].head < count) byHead[first[deps[i].head]++] = i;
  for (let h = 0; h < count; h++) {
    const start = h === 0 ? 0 : first[h - 1];
    built.push(start === first[h] ? NO_CHILDREN : byHead.slice(start, first[h]));
  }
  return built;
}
