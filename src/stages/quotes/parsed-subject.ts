import type { Span } from '../../core/span.js';
import type { ActorMention } from '../actors/types.js';
import type { Dep } from '../deps/types.js';
import type { PosTag } from '../pos/types.js';
import type { Token } from '../tokens/types.js';
import { isQuoted } from './pronoun-speaker.js';

/** What the parse-based speaker reads of a document. */
export interface ParseCtx {
  readonly tokens: readonly Token[];
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
  let subject = subjectOf(ctx, v);
  for (let hops = 0; subject === undefined && hops < 3 && sharesSubject(ctx, v); hops++) {
    v = ctx.deps[v].head;
    if (v < 0 || ctx.tokens[v]?.sent !== ctx.tokens[verb].sent) return undefined;
    subject = subjectOf(ctx, v);
    inherited = true;
  }
  if (subject === undefined || isQuoted(ctx.quoted, ctx.tokens[subject].start)) return undefined;
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
 * Whether the verb of saying is in a relative clause ("Mr Brown, who said last week …, was in Scotland"): it tells
 * something about a person on the way to the sentence's own statement, and attributes no quote after the sentence.
 */
export function saidInRelativeClause(ctx: ParseCtx, verb: number): boolean {
  const subject = subjectOf(ctx, verb);
  return subject !== undefined && RELATIVE.has(ctx.pos?.[subject]?.xpos ?? '');
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
