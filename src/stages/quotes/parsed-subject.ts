import type { Span } from '../../core/span.js';
import type { ActorMention } from '../actors/types.js';
import type { Dep } from '../deps/types.js';
import type { PosTag } from '../pos/types.js';
import type { Token } from '../tokens/types.js';
import { isQuoted } from './pronoun-speaker.js';

/** What the parse-based speaker reads of a document. */
export interface ParseCtx {
  readonly tokens: readonly Token[];
  readonly words: readonly string[];
  readonly deps: readonly Dep[];
  readonly pos?: readonly PosTag[];
  readonly mentions: readonly ActorMention[];
  /** The quotations' extents, in text order: a subject inside one is the quote's, not the verb's (a misparse). */
  readonly quoted: readonly Span[];
}

/**
 * The subject of a verb of saying by the parse: an actor mention, or the subject's own words when no actor stands
 * there; `head` is the token heading the subject, `own` whether it is the verb's own (not shared with the verb it
 * is coordinated with, nor a relative pronoun's antecedent).
 */
export type ParsedSubject = { readonly head: number; readonly own: boolean } & ({ readonly mention: ActorMention } | { readonly tokens: readonly [number, number] });

/** A subject; not a passive one ("was quoted as saying": the quoted person is no subject of "saying"). */
const SUBJECT = /^nsubj(?!:pass)/;
/**
 * Relations by which a verb with no subject of its own shares its governor's: a coordinated verb ("praised the police
 * and said"), a participle clause ("attacked the plan, saying"), an infinitive complement ("went on to say").
 */
const SHARES_SUBJECT = new Set(['conj', 'advcl', 'xcomp']);
/** Parts of speech a verb that shares its governor's subject follows: "and said", ", saying", "to say". */
const JOINERS = new Set(['CCONJ', 'PUNCT', 'PART']);
/** Relations of clausal complements and modifiers: a clause inside one shares no subject with the sentence. */
const COMPLEMENT = /^(ccomp|acl|csubj)/;
/** Relations that join a name to the title heading it: "Mr ← Blair" (flat), "leader ← Kinnock" (appos). */
const NAME = new Set(['flat', 'flat:name', 'appos']);
/** A compound word before the title: a name too ("Labour ← leader"), but after the person's own. */
const MODIFIER = new Set(['compound']);
/** Penn tags of relative pronouns ("who", "which", "that" as WDT). */
const RELATIVE = new Set(['WP', 'WDT']);
/** Objects of a verb: the person asked to speak in "persuaded Mr Brown to say", "told Mr Brown to say". */
const OBJECT = new Set(['obj', 'iobj']);
/** Parts of speech of verbs: one before a relative clause's noun makes the noun no subject of the sentence. */
const VERBS = new Set(['VERB', 'AUX']);
/** Verbs of quoting whose passive subject is the speaker of "as saying" ("was quoted as saying"). */
const QUOTING = new Set(['quoted', 'cited', 'reported']);

/**
 * The speaker of the verb of saying at `verb` by the parse, when the words around the verb mislead: the subject of
 * the verb it is coordinated with or depends on when it has none ("Mr Blair praised the police and said:" is Mr
 * Blair's, not the police's); a relative "who" is the noun it modifies ("Mr Brown, who said …"); a subject the parser
 * put under a title is found through the name's chain ("Labour leader Neil Kinnock"). Undefined when the parse names
 * no subject, or when the verb's own subject stands for no actor: the words then decide.
 */
export function parsedSubject(ctx: ParseCtx, verb: number): ParsedSubject | undefined {
  let v = verb;
  let inherited = false;
  let subject: number | undefined = subjectOf(ctx, v);
  if (subject === undefined) {
    subject = quotedAsSaying(ctx, verb);
    inherited = subject !== undefined;
  }
  for (let hops = 0; subject === undefined && hops < 3 && sharesSubject(ctx, v); hops++) {
    const infinitive = isInfinitive(ctx, v);
    v = ctx.deps[v].head;
    if (v < 0 || ctx.tokens[v]?.sent !== ctx.tokens[verb].sent) return undefined;
    // "persuaded Mr Brown to say", "invited the French president to … say": the person asked is the one who speaks.
    const object = infinitive ? objectOf(ctx, v) : undefined;
    subject = object !== undefined && mentionAt(ctx, object) ? object : subjectOf(ctx, v);
    // Two subjects on one verb ("Mr Kennedy, whose party came third, said", "came" given both): a broken parse.
    if (subject !== object && subjectCount(ctx, v) > 1) return undefined;
    inherited = true;
  }
  if (subject === undefined || isQuoted(ctx.quoted, ctx.tokens[subject].start)) return undefined;
  if (inherited && isPossessiveRelative(ctx, subject)) {
    // "whose party" taken over from the relative clause's verb: the person the clause is about.
    const modified = mentionBefore(ctx, subject);
    return modified && { head: subject, own: false, mention: modified };
  }
  if (RELATIVE.has(ctx.pos?.[subject]?.xpos ?? '')) {
    const modified = relativeAntecedent(ctx, subject, v);
    return modified && { head: subject, own: false, mention: modified };
  }
  const mention = mentionAt(ctx, subject);
  if (mention) return { head: subject, own: !inherited, mention };
  return inherited ? { head: subject, own: false, tokens: [phraseStart(ctx, subject), subject + 1] } : undefined;
}

/** The first word of the phrase a subject heads ("the" of "the chief executive"): its dependents just before it. */
function phraseStart(ctx: ParseCtx, head: number): number {
  let a = head;
  while (a - 1 >= 0 && ctx.tokens[a - 1].sent === ctx.tokens[head].sent && dependsOn(ctx.deps, a - 1, head) && ctx.deps[a - 1].deprel !== 'punct') a--;
  return a;
}

/** Whether token `k` lies under `head` in the parse. */
function dependsOn(deps: readonly Dep[], k: number, head: number): boolean {
  for (let h = deps[k]?.head ?? -1, hops = 0; h >= 0 && hops < 8; h = deps[h]?.head ?? -1, hops++) if (h === head) return true;
  return false;
}

/**
 * The relative clause a verb of saying is in ("Mr Brown, who said last week …, was in Scotland"; "whose party said"),
 * with the noun it is about when that noun is the sentence's subject: no verb before it in the sentence ("Mr Brown,
 * who said …, repeated the claim", not "Mr Blair met Mr Brown, who said …"). Undefined when the verb is in none.
 */
export function relativeClauseOf(ctx: ParseCtx, verb: number): { readonly subject?: ActorMention } | undefined {
  const subject = subjectOf(ctx, verb);
  if (subject === undefined) return undefined;
  // "whose spokesman said": the spokesman spoke, not the noun the clause is about.
  if (isPossessiveRelative(ctx, subject)) return {};
  if (!RELATIVE.has(ctx.pos?.[subject]?.xpos ?? '')) return undefined;
  const noun = relativeAntecedent(ctx, subject, verb);
  if (!noun) return {};
  for (let k = noun.tokens[0] - 1; k >= 0 && ctx.tokens[k].sent === ctx.tokens[verb].sent; k--) if (VERBS.has(ctx.pos?.[k]?.upos ?? '')) return {};
  return { subject: noun };
}

/**
 * Whether the actor mention sits inside a relative clause ("the police" in "Mr Blair, who praised the police, said"):
 * a party the clause talks about, no speaker of the sentence's verb.
 */
export function inRelativeClause(ctx: ParseCtx, m: ActorMention): boolean {
  for (let h = ctx.deps[m.tokens[0]]?.head ?? -1, hops = 0; h >= 0 && hops < 8; h = ctx.deps[h]?.head ?? -1, hops++) {
    if (ctx.deps[h]?.deprel === 'acl:relcl') return true;
    const subject = subjectOf(ctx, h);
    if (subject !== undefined && subject < m.tokens[0] && RELATIVE.has(ctx.pos?.[subject]?.xpos ?? '')) return true;
  }
  return false;
}

/**
 * The speaker of "Mr Howard was quoted as saying": the passive subject of a verb of quoting that "as saying" hangs
 * from (the quoted person is no subject of "saying" in the parse).
 */
function quotedAsSaying(ctx: ParseCtx, verb: number): number | undefined {
  const dep = ctx.deps[verb];
  if (!dep || dep.deprel !== 'advcl' || dep.head < 0 || !QUOTING.has(wordAt(ctx, dep.head))) return undefined;
  const as = ctx.deps.findIndex((d, k) => d.head === verb && d.deprel === 'mark' && wordAt(ctx, k) === 'as');
  if (as < 0) return undefined;
  const sent = ctx.tokens[verb].sent;
  for (let k = dep.head - 1; k >= 0 && ctx.tokens[k].sent === sent; k--) if (ctx.deps[k]?.head === dep.head && ctx.deps[k].deprel === 'nsubj:pass') return k;
  return undefined;
}

/** The lower-case word of token `k`. */
function wordAt(ctx: ParseCtx, k: number): string {
  return ctx.words[k]?.toLowerCase() ?? '';
}

/** Whether verb `v` is an infinitive ("to say", "to address … and say" through its first conjunct). */
function isInfinitive(ctx: ParseCtx, v: number): boolean {
  const dep = ctx.deps[v];
  if (!dep || (dep.deprel !== 'xcomp' && dep.deprel !== 'advcl')) return false;
  return ctx.deps.some((d, k) => d.head === v && d.deprel === 'mark' && ctx.pos?.[k]?.upos === 'PART');
}

/** The token heading the object of verb `v` ("persuaded Mr ← Brown", "told Mr Brown" as iobj), or undefined. */
function objectOf(ctx: ParseCtx, v: number): number | undefined {
  const sent = ctx.tokens[v].sent;
  for (let k = v + 1; k < ctx.tokens.length && ctx.tokens[k].sent === sent; k++) if (ctx.deps[k]?.head === v && OBJECT.has(ctx.deps[k].deprel)) return k;
  return undefined;
}

/** How many subjects the parse gave verb `v`. */
function subjectCount(ctx: ParseCtx, v: number): number {
  const sent = ctx.tokens[v].sent;
  let n = 0;
  for (let k = 0; k < ctx.tokens.length; k++) if (ctx.tokens[k].sent === sent && ctx.deps[k]?.head === v && SUBJECT.test(ctx.deps[k].deprel)) n++;
  return n;
}

/** Whether the subject at `k` is a noun with a possessive relative "whose" ("whose party"). */
function isPossessiveRelative(ctx: ParseCtx, k: number): boolean {
  return whoseOf(ctx, k) !== undefined;
}

/** The "whose" hanging from token `k`, or undefined. */
function whoseOf(ctx: ParseCtx, k: number): number | undefined {
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) if (ctx.deps[j]?.head === k && ctx.pos?.[j]?.xpos === 'WP$') return j;
  return undefined;
}

/** The mention right before the "whose" of the subject at `k` ("Mr Kennedy, whose party"). */
function mentionBefore(ctx: ParseCtx, k: number): ActorMention | undefined {
  const whose = whoseOf(ctx, k);
  if (whose === undefined) return undefined;
  return ctx.mentions.find((m) => (m.tokens[1] === whose || m.tokens[1] === whose - 1) && ctx.tokens[m.tokens[0]].sent === ctx.tokens[whose].sent);
}

/**
 * Whether verb `v` has no subject of its own to look for but its governor's: it hangs by a sharing relation, is no
 * "as saying" (the object of "quoted Baker as saying" is its speaker), and follows an "and", a comma or an infinitive
 * "to", adverbs aside: a name right before it is its own subject however the parser attached it ("… and Mexican
 * finance minister Gustavo Petricioli merely said"). A participle clause inside a clausal complement ("dismissed
 * fears that the takeover would violate the law, saying") was attached there by mistake: no subject is shared.
 */
function sharesSubject(ctx: ParseCtx, v: number): boolean {
  const dep = ctx.deps[v];
  if (!dep || !SHARES_SUBJECT.has(dep.deprel) || !ctx.pos) return false;
  if (dep.deprel === 'advcl' && COMPLEMENT.test(ctx.deps[dep.head]?.deprel ?? '')) return false;
  const sent = ctx.tokens[v].sent;
  for (let k = v - 1; k >= 0 && ctx.tokens[k].sent === sent; k--) if (ctx.deps[k]?.head === v && ctx.deps[k].deprel === 'mark' && ctx.pos[k]?.upos !== 'PART') return false;
  let k = v - 1;
  while (k >= 0 && ctx.pos[k]?.upos === 'ADV') k--;
  return k >= 0 && ctx.tokens[k].sent === sent && JOINERS.has(ctx.pos[k]?.upos ?? '');
}

/**
 * Whether the mention lies inside the subject's phrase ("the Malaysian delegation" in "Wong Kum Choon, head of the
 * Malaysian delegation, said"): an apposition that speaks with the subject, not another party of the sentence.
 */
export function inSubjectPhrase(ctx: ParseCtx, m: ActorMention, head: number): boolean {
  for (let t = m.tokens[0]; t < m.tokens[1]; t++) if (t === head || dependsOn(ctx.deps, t, head)) return true;
  return false;
}

/** The token heading the subject of verb `v`, in its sentence, or undefined. */
function subjectOf(ctx: ParseCtx, v: number): number | undefined {
  const sent = ctx.tokens[v].sent;
  for (let k = v - 1; k >= 0 && ctx.tokens[k].sent === sent; k--) if (ctx.deps[k]?.head === v && SUBJECT.test(ctx.deps[k].deprel)) return k;
  for (let k = v + 1; k < ctx.tokens.length && ctx.tokens[k].sent === sent; k++) if (ctx.deps[k]?.head === v && SUBJECT.test(ctx.deps[k].deprel)) return k;
  return undefined;
}

/**
 * The mention a relative pronoun subject stands for: the noun its clause modifies ("acl:relcl" → its head), else,
 * when the parser left the clause unattached, the mention right before the pronoun ("Mr Brown, who").
 */
function relativeAntecedent(ctx: ParseCtx, pronoun: number, clause: number): ActorMention | undefined {
  const dep = ctx.deps[clause];
  if (dep?.deprel.startsWith('acl') && dep.head >= 0) {
    const m = mentionAt(ctx, dep.head);
    if (m) return m;
  }
  return ctx.mentions.find((m) => (m.tokens[1] === pronoun || m.tokens[1] === pronoun - 1) && ctx.tokens[m.tokens[0]].sent === ctx.tokens[pronoun].sent);
}

/**
 * The mention standing at token `k`: one that covers it, or one of whose words hangs from it by a name relation
 * (the title "Mr" the parser made the subject, "Blair" flat under it; "leader" with "Neil Kinnock" in apposition).
 */
function mentionAt(ctx: ParseCtx, k: number): ActorMention | undefined {
  const covering = ctx.mentions.find((m) => m.tokens[0] <= k && k < m.tokens[1]);
  if (covering) return covering;
  const hanging = (relations: ReadonlySet<string>) => ctx.mentions.find((m) => {
    if (Math.abs(m.tokens[0] - k) > 6) return false;
    for (let t = m.tokens[0]; t < m.tokens[1]; t++) if (ctx.deps[t]?.head === k && relations.has(ctx.deps[t].deprel)) return true;
    return false;
  });
  // The name itself before a modifier of the title ("EC" in "EC Commissioner Willy De Clercq").
  return hanging(NAME) ?? hanging(MODIFIER);
}
