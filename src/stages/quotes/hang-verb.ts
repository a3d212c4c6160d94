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
 * Howard said it was "a con trick"" → "said"). A verb of saying right before the colon that opens the quote
 * introduces it whatever the parser hung the quote from (", adding: "…"" parsed as a conjunct of an earlier verb).
 * A partial quote (`direct` false) in the complement of a verb of saying that is itself reported by a higher one
 * is the reporter's wording ("The Kremlin said Washington had told Kyiv to "fight to the last Ukrainian"" → "said").
 * `first` is the quote's first token (the first at or after `outer.start`). Undefined when the walk meets no verb
 * of saying (the quote heads its sentence, or the parse hangs the verb under it): the words then decide, as before.
 */
export function hangVerb(ctx: ParseCtx, outer: Span, first: number, isSpeech: (k: number) => boolean, direct = true): number | undefined {
  const { tokens, deps } = ctx;
  if (first < 0 || first >= tokens.length) return undefined;
  const sent = tokens[first].sent;
  const inside = (k: number): boolean => k >= 0 && tokens[k].start >= outer.start && tokens[k].start < outer.end;
  let verb = colonVerb(ctx, first, isSpeech);
  for (let k = first; verb === undefined && k < tokens.length && inside(k) && tokens[k].sent === sent; k++) {
    // Marks and the closing full stop are hung anywhere by the parser; only words carry the quote's clause.
    if (ctx.pos?.[k]?.upos === 'PUNCT' || inside(deps[k]?.head ?? -1)) continue;
    verb = verbAbove(ctx, k, isSpeech);
    if (verb === undefined) return undefined;
  }
  if (verb === undefined) return undefined;
  if (isParticiple(ctx, verb)) return participleVerb(ctx, verb, isSpeech);
  const governing = governingVerb(ctx, verb, isSpeech);
  return direct ? governing : reportingVerb(ctx, governing, isSpeech);
}

/**
 * The verb of saying right before the colon that opens the quote at token `opening` ("…, adding: "…"", "Mr Blair
 * said: "…""), in its sentence and not in the passive; undefined when another word stands there.
 */
function colonVerb(ctx: ParseCtx, opening: number, isSpeech: (k: number) => boolean): number | undefined {
  const colon = opening - 1;
  const verb = colon - 1;
  if (verb < 0 || ctx.words[colon] !== ':' || ctx.tokens[verb].sent !== ctx.tokens[opening].sent) return undefined;
  return isSpeech(verb) && !isQuoted(ctx.quoted, ctx.tokens[verb].start) && !hasChild(ctx, verb, PASSIVE) ? verb : undefined;
}

/** The first verb of saying above token `k`, outside every quotation and in `k`'s sentence, not in the passive. */
function verbAbove(ctx: ParseCtx, k: number, isSpeech: (k: number) => boolean): number | undefined {
  const sent = ctx.tokens[k].sent;
  for (let h = ctx.deps[k]?.head ?? -1, hops = 0; h >= 0 && hops < MAX_HOPS; h = ctx.deps[h]?.head ?? -1, hops++) {
    if (ctx.tokens[h].sent !== sent) return undefined;
    // "the king would be told Britain needs "…"": the one told hears the words, someone further up says them.
    if (!isSpeech(h) || isQuoted(ctx.quoted, ctx.tokens[h].start) || hasChild(ctx, h, PASSIVE)) continue;
    return h;
  }
  return undefined;
}

/**
 * An infinitive with no subject of its own, or a conjunct, speaks for the next verb of saying above it ("He said the
 * bonds had to be freely tradable and added: "…"": the parser hangs "added" from the complement's verb, whose subject
 * names no actor); a conjunct of an actor's verb stays ("Perry gave no figures but said").
 */
function governingVerb(ctx: ParseCtx, verb: number, isSpeech: (k: number) => boolean): number {
  let v = verb;
  for (let hops = 0; hops < 3; hops++) {
    const dep = ctx.deps[v];
    if (!dep || !SHARES_SUBJECT.has(dep.deprel) || hasChild(ctx, v, SUBJECT) || hasNameBefore(ctx, v)) break;
    if (dep.deprel === 'conj' ? hasActorSubject(ctx, dep.head) : !(ctx.pos?.[v]?.xpos === 'VBG' || hasChild(ctx, v, INFINITIVE_MARK))) break;
    const above = verbAbove(ctx, v, isSpeech);
    if (above === undefined) break;
    v = above;
  }
  return v;
}

/**
 * Whether verb `v` is a participle with no subject of its own hung from a clause ("…, adding:", "wrote to the
 * watchdog saying:"); not one modifying a noun ("a statement saying").
 */
function isParticiple(ctx: ParseCtx, v: number): boolean {
  return ctx.pos?.[v]?.xpos === 'VBG' && SHARES_SUBJECT.has(ctx.deps[v]?.deprel ?? '') && !hasChild(ctx, v, SUBJECT) && !hasNameBefore(ctx, v);
}

/**
 * The verb a participle of saying speaks for. It modifies its sentence's clause of saying, however low the parser
 * hung it: "Mr Taylor wrote to the watchdog saying: "…"", "The ministers said they were disturbed by the U.S. moves,
 * adding: "…"", and, through a reported clause, "Peskov said Biden had told reporters the sanctions were working,
 * adding: "…"" (Peskov's; `reportingVerb`). A clause of its own on the way, an actor's verb joined by "and" or put
 * before the main clause ("…, and Emmanuel Macron agreed, saying: "…""), is the one it modifies: the participle then
 * speaks for that verb's subject. An actor's verb heading a reported clause is no such clause ("Lavrov said Ukraine had
 * broken the deal, adding" is Lavrov's).
 */
function participleVerb(ctx: ParseCtx, participle: number, isSpeech: (k: number) => boolean): number {
  const sent = ctx.tokens[participle].sent;
  for (let h = ctx.deps[participle]?.head ?? -1, hops = 0; h >= 0 && hops < MAX_HOPS; h = ctx.deps[h]?.head ?? -1, hops++) {
    if (ctx.tokens[h].sent !== sent) break;
    if (isSpeech(h) && !isQuoted(ctx.quoted, ctx.tokens[h].start) && !hasChild(ctx, h, PASSIVE)) return reportingVerb(ctx, governingVerb(ctx, h, isSpeech), isSpeech);
    if (OWN_CLAUSE.has(ctx.deps[h]?.deprel ?? '') && hasActorSubject(ctx, h)) break;
  }
  return participle;
}

/**
 * The verb of saying that reports the clause of verb `v`: walking up, the first verb of saying reached through a
 * clausal complement ("The Kremlin said that Washington had told Kyiv …": "told" → "said"), and so on up; `v` itself
 * when none reports it.
 */
function reportingVerb(ctx: ParseCtx, v: number, isSpeech: (k: number) => boolean): number {
  const sent = ctx.tokens[v].sent;
  let top = v;
  let reported = false;
  for (let k = v, hops = 0; hops < MAX_HOPS; hops++) {
    const h = ctx.deps[k]?.head ?? -1;
    if (h < 0 || ctx.tokens[h].sent !== sent) break;
    reported ||= COMPLEMENT.test(ctx.deps[k].deprel);
    if (isSpeech(h) && !isQuoted(ctx.quoted, ctx.tokens[h].start) && !hasChild(ctx, h, PASSIVE)) {
      if (!reported) break;
      top = h;
      reported = false;
    }
    k = h;
  }
  return top;
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

/**
 * Whether a name or pronoun right before token `v` (adverbs aside) is its subject, however the parser hung it ("… and
 * Mr Powell said"; "Asked if …, Sen. Pete Wilson told reporters" with "Wilson" under the question's verb): unless the
 * parse makes it an object or a prepositional phrase of the verb `v` hangs from, a party of that clause ("wrote to
 * Antonio Guterres saying", "told him, adding").
 */
function hasNameBefore(ctx: ParseCtx, v: number): boolean {
  let k = v - 1;
  while (k >= 0 && ctx.pos?.[k]?.upos === 'ADV') k--;
  if (k < 0 || ctx.tokens[k].sent !== ctx.tokens[v].sent || !NAMES.has(ctx.pos?.[k]?.upos ?? '')) return false;
  // The subject is the name's phrase head: "Sergei ← Lavrov" (flat), "Emmanuel → Macron" (compound).
  let head = k;
  for (let hops = 0; hops < 4 && NAME_PARTS.has(ctx.deps[head]?.deprel ?? '') && ctx.deps[head].head >= 0; hops++) head = ctx.deps[head].head;
  const dep = ctx.deps[head];
  return !dep || !NOT_SUBJECT.test(dep.deprel) || dep.head !== ctx.deps[v]?.head;
}

/** Parts of speech of a subject standing right before its verb. */
const NAMES = new Set(['PROPN', 'PRON']);
/** Relations of a name that is no subject: an object, an oblique or a noun's modifier. */
const NOT_SUBJECT = /^(obj|iobj|obl|nmod)/;
/** Relations inside a name ("Antonio ← Guterres" flat): the name's head carries its relation to the verb. */
const NAME_PARTS = new Set(['flat', 'flat:name', 'compound']);
/** Relations of a passive verb: "would be told", "was asked". */
const PASSIVE = /^(aux:pass|nsubj:pass)$/;
/** A subject relation. */
const SUBJECT = /^nsubj/;
/** A clausal complement: the clause a verb of saying reports ("said [that Washington had told …]"). */
const COMPLEMENT = /^ccomp/;
/** The "to" of an infinitive ("to say"), as the parser marks it. */
const INFINITIVE_MARK = /^mark$/;
/** Relations of a clause beside the main one: a conjunct ("and Macron agreed") or an adverbial clause ("After Mr Howard criticised the plan"). */
const OWN_CLAUSE = new Set(['conj', 'advcl']);
/** Relations by which a participle, an infinitive or a conjunct hangs from the verb whose subject it shares. */
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
