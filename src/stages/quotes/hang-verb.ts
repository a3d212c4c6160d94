import type { Span } from '../../core/span.js';
import { isQuoted } from './pronoun-speaker.js';
import type { ParseCtx } from './parsed-subject.js';

/** How far up the parse a quote's head is followed: a verb of saying further up speaks another clause. */
const MAX_HOPS = 6;

/**
 * The verb of saying a quotation hangs from in the parse: the first one met walking up from the quote's own head
 * (the word inside the marks the parser hung from a word outside them), in the quote's first sentence. That is the
 * verb whose clause or colon introduces the quote ("After Mr Howard criticised the plan, saying it was wrong, Mr
 * Blair said: "…"" → the second "said"), or, for a quote inside a complement, the verb of that complement ("Mr
 * Howard said it was "a con trick"" → "said"). Undefined when the walk meets no verb of saying (the quote heads its
 * sentence, or the parse hangs the verb under it): the words then decide, as before.
 */
export function hangVerb(ctx: ParseCtx, outer: Span, isSpeech: (k: number) => boolean): number | undefined {
  const { tokens, deps } = ctx;
  let first = 0;
  let hi = tokens.length;
  while (first < hi) {
    const mid = (first + hi) >>> 1;
    if (tokens[mid].start >= outer.start) hi = mid;
    else first = mid + 1;
  }
  if (first >= tokens.length) return undefined;
  const sent = tokens[first].sent;
  const inside = (k: number): boolean => k >= 0 && tokens[k].start >= outer.start && tokens[k].start < outer.end;
  for (let k = first; k < tokens.length && inside(k) && tokens[k].sent === sent; k++) {
    // Marks and the closing full stop are hung anywhere by the parser; only words carry the quote's clause.
    if (ctx.pos?.[k]?.upos === 'PUNCT' || inside(deps[k]?.head ?? -1)) continue;
    return verbAbove(ctx, k, isSpeech);
  }
  return undefined;
}

/**
 * The first verb of saying above token `k`, outside every quotation and in `k`'s sentence, not in the passive; with
 * `governed`, moved on to the verb whose subject it shares (`governingVerb`).
 */
function verbAbove(ctx: ParseCtx, k: number, isSpeech: (k: number) => boolean, governed = true): number | undefined {
  const sent = ctx.tokens[k].sent;
  for (let h = ctx.deps[k]?.head ?? -1, hops = 0; h >= 0 && hops < MAX_HOPS; h = ctx.deps[h]?.head ?? -1, hops++) {
    if (ctx.tokens[h].sent !== sent) return undefined;
    // "the king would be told Britain needs "…"": the one told hears the words, someone further up says them.
    if (!isSpeech(h) || isQuoted(ctx.quoted, ctx.tokens[h].start) || hasChild(ctx, h, PASSIVE)) continue;
    return governed ? governingVerb(ctx, h, isSpeech) : h;
  }
  return undefined;
}

/**
 * A verb of saying with no subject of its own that is a participle, an infinitive or a conjunct speaks for the next
 * verb of saying above it: "Mr Taylor wrote to the watchdog saying: "…"" (the words before "saying" name nobody),
 * "The ministers said they were disturbed by the U.S. moves, adding: "…"", and "He said the bonds had to be freely
 * tradable and added: "…"" (the parser hangs "added" from the complement's verb, whose subject names no actor). A
 * name or pronoun right before the verb is its own subject however the parser hung it ("… and Mr Powell said").
 */
function governingVerb(ctx: ParseCtx, verb: number, isSpeech: (k: number) => boolean): number {
  let v = verb;
  for (let hops = 0; hops < 3; hops++) {
    const dep = ctx.deps[v];
    if (!dep || !SHARES_SUBJECT.has(dep.deprel) || hasChild(ctx, v, SUBJECT) || hasNameBefore(ctx, v)) break;
    if (dep.deprel === 'conj' ? hasActorSubject(ctx, dep.head) : !(ctx.pos?.[v]?.xpos === 'VBG' || hasChild(ctx, v, INFINITIVE_MARK))) break;
    const above = verbAbove(ctx, v, isSpeech, false);
    if (above === undefined) break;
    v = above;
  }
  return v;
}

/**
 * Whether verb `v` has a subject that names an actor: a verb of saying coordinated with it speaks for that actor ("Perry
 * gave no figures but said"); one coordinated with a verb of a thing ("any instruments … had to be tradable and
 * added") speaks for the verb of saying above.
 */
function hasActorSubject(ctx: ParseCtx, v: number): boolean {
  const sent = ctx.tokens[v].sent;
  for (let k = v - 1; k >= 0 && ctx.tokens[k].sent === sent; k--) {
    if (ctx.deps[k]?.head === v && SUBJECT.test(ctx.deps[k].deprel)) return ctx.mentions.some((m) => m.tokens[0] <= k && k < m.tokens[1]);
  }
  return false;
}

/** Whether a name or pronoun stands right before token `v` (adverbs aside). */
function hasNameBefore(ctx: ParseCtx, v: number): boolean {
  let k = v - 1;
  while (k >= 0 && ctx.pos?.[k]?.upos === 'ADV') k--;
  return k >= 0 && ctx.tokens[k].sent === ctx.tokens[v].sent && NAMES.has(ctx.pos?.[k]?.upos ?? '');
}

/** Parts of speech of a subject standing right before its verb. */
const NAMES = new Set(['PROPN', 'PRON']);
/** Relations of a passive verb: "would be told", "was asked". */
const PASSIVE = /^(aux:pass|nsubj:pass)$/;
/** A subject relation. */
const SUBJECT = /^nsubj/;
/** The "to" of an infinitive ("to say"), as the parser marks it. */
const INFINITIVE_MARK = /^mark$/;
/** Relations by which a participle or infinitive hangs from the verb whose subject it shares. */
const SHARES_SUBJECT = new Set(['advcl', 'xcomp', 'conj']);

/** Whether token `v` has a dependent by a relation matching `relation` (for "mark", only the infinitive "to"). */
function hasChild(ctx: ParseCtx, v: number, relation: RegExp): boolean {
  const sent = ctx.tokens[v].sent;
  for (let k = v - 1; k >= 0 && ctx.tokens[k].sent === sent; k--) if (isChild(ctx, k, v, relation)) return true;
  for (let k = v + 1; k < ctx.tokens.length && ctx.tokens[k].sent === sent; k++) if (isChild(ctx, k, v, relation)) return true;
  return false;
}

function isChild(ctx: ParseCtx, k: number, v: number, relation: RegExp): boolean {
  const dep = ctx.deps[k];
  if (dep?.head !== v || !relation.test(dep.deprel)) return false;
  return relation !== INFINITIVE_MARK || ctx.pos?.[k]?.upos === 'PART';
}
