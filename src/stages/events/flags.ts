import type { LanguagePack } from '../../lang/pack.js';
import { reason, type Reason } from '../../lang/reason.js';
import { ruleWords } from './rule-words.js';
import { ancestorsOf, childrenBy, auxWords, selfAndAncestors, type Tree } from './tree.js';
import { speakerOfConjunct } from './speaker-conjunct.js';
import { describedNounOf } from './patterns.js';

/** Whether an event is a fact of the article's day, and why not. */
export interface EventFlags {
  readonly negated: boolean;
  readonly hypothetical: boolean;
  readonly future: boolean;
  /** Negated only through its object ("offered nothing", "sought no further hostilities"): no refusal. */
  readonly objectOnly?: boolean;
  readonly reasons: readonly Reason[];
}

/**
 * Negation and modality of the clause headed by `head` (a verb, or the verb governing an event
 * noun). "would" counts as future inside reported speech ("said they would meet") and as
 * hypothetical elsewhere; deontic modals count as hypothetical too ("Ukraine must implement"
 * reports a demand, not an act: see REQUEST); a conditional clause ("if …") is hypothetical.
 */
export function clauseFlags(tree: Tree, pack: LanguagePack, head: number, opts: { reported: boolean; noun?: number }): EventFlags {
  const reasons: Reason[] = [];
  let negated = false;
  let objectOnly = false;
  let hypothetical = false;
  let future = false;
  // "said workers did not want to strike and called for talks": the speaker's own act is no part of the negated clause.
  const ownAct = speakerOfConjunct(tree, pack, head) !== undefined;
  const shared = ownAct ? head : sharedClauseHead(tree, head);
  const advs = [...new Set([head, shared])].flatMap((h) => childrenBy(tree, h, 'advmod', 'neg', 'det'));
  if (advs.some((a) => isNegator(tree, pack, a))) { negated = true; reasons.push(reason('flags/negated')); }
  if (opts.noun !== undefined && childrenBy(tree, opts.noun, 'det', 'advmod').some((d) => pack.negators.has(tree.words[d]))) {
    negated = true;
    reasons.push(reason('flags/no-noun', { noun: tree.words[opts.noun] }));
  }
  // Nor do the reported clause's auxiliaries reach it ("said Indonesia must take steps and called for …").
  const auxes = ownAct ? auxWords(tree, head) : clauseAuxiliaries(tree, head);
  // "cannot" is one token: a negated modal ("security cannot be ensured").
  if (!negated && auxes.some((a) => pack.negators.has(a))) { negated = true; reasons.push(reason('flags/negated')); }
  // The noun a reduced relative describes is the participle's object ("no concerns expressed by Macron": none voiced).
  const described = describedNounOf(tree, head);
  const objects = [...childrenBy(tree, head, 'obj'), ...soughtThings(tree, head), ...(described === undefined ? [] : [described])];
  const none = opts.noun === undefined && !negated ? objects.find((o) => isNegatedObject(tree, pack, o)) : undefined;
  if (none !== undefined) { negated = true; objectOnly = true; reasons.push(reason('flags/no-object', { object: tree.words[none] })); }
  for (const aux of auxes) {
    if (pack.modals.future.has(aux)) { future = true; reasons.push(reason('flags/future', { aux })); }
    else if (aux === 'would' && opts.reported) { future = true; reasons.push(reason('flags/would-reported')); }
    // "would like Brazil to work …" wishes now: the "would" of a present wish is no hypothetical (review rv-a #7).
    else if (aux === 'would' && PRESENT_WISH.has(tree.lemmas[head]) && !hasConditionClause(tree, pack, head)) continue;
    else if (pack.modals.hypothetical.has(aux)) { hypothetical = true; reasons.push(reason('flags/modal', { aux })); }
  }
  if (goingTo(tree, head)) { future = true; reasons.push(reason('flags/going-to')); }
  if (isPlanned(tree, head)) { future = true; reasons.push(reason('flags/be-to')); }
  for (let v = head, hops = 0; v >= 0 && hops < 4; v = tree.deps[v].head, hops++) {
    const mark = childrenBy(tree, v, 'mark').map((m) => tree.words[m]).find((m) => pack.conditionals.has(m));
    if (mark) { hypothetical = true; reasons.push(reason('flags/conditional', { mark })); break; }
    const when = temporalOf(tree, pack, v);
    if (when && isSimplePresent(tree, v)) { hypothetical = true; reasons.push(reason('flags/temporal-present', { mark: when })); break; }
    if (!['conj', 'xcomp'].includes(tree.deps[v].deprel)) break;
  }
  if (!hypothetical && isSubjunctive(tree, head)) { hypothetical = true; reasons.push(reason('flags/subjunctive', { verb: tree.words[head] })); }
  const hoped = hopedFor(tree, head);
  if (hoped !== undefined && !hypothetical) { hypothetical = true; reasons.push(reason('flags/hoped-for', { verb: tree.words[hoped] })); }
  const said = opts.reported ? reportingVerb(tree, pack, head) : undefined;
  if (said !== undefined && !hypothetical) {
    // "Putin will say that … we are firing", "did not say that …": what a future, hypothetical or
    // denied saying would report is not asserted by anyone (#12: hypothetical events are never facts).
    const saying = clauseFlags(tree, pack, said, { reported: false });
    if (saying.negated || saying.hypothetical || saying.future) {
      hypothetical = true;
      reasons.push(reason('flags/unasserted-report', { verb: [...auxWords(tree, said), tree.words[said]].join(' ') }));
    }
  }
  return { negated, hypothetical, future, ...(objectOnly ? { objectOnly } : {}), reasons };
}

/**
 * Whether `head` governs a clause of condition marked "if"/"unless" ("If the talks fail, Iran would like …"): the
 * parser hangs it under the wish itself, where the conditional marks read on the head and its ancestors do not see it;
 * with it, "would like" is hypothetical again (review rv-e #5).
 */
function hasConditionClause(tree: Tree, pack: LanguagePack, head: number): boolean {
  return childrenBy(tree, head, 'advcl').some((c) => childrenBy(tree, c, 'mark').some((m) => pack.conditionals.has(tree.words[m])));
}

/** Verbs (lemmas) whose "would" voices a present wish ("would like"), not a hypothetical. */
const PRESENT_WISH = ruleWords('present-wish');

/** "not only" / "not merely" before an act focuses it ("not only attacked … but also bombed"): both acts happened. */
const NOT_ONLY_FOCUS = ruleWords('not-only-focus');

/** Whether the adverb `a` negates its clause: a listed negator, one or two words, and no "not only" focus. */
function isNegator(tree: Tree, pack: LanguagePack, a: number): boolean {
  if (NOT_ONLY_FOCUS.has(tree.words[a + 1]?.toLowerCase() ?? '')) return false;
  return pack.negators.has(tree.words[a]) || pack.negators.has(adverbPhrase(tree, a));
}

/**
 * An adverb with the adverbs before it that modify it ("no longer": "no" hangs on "longer"), so that a negator of
 * two words in negators.txt is read as one; "no later than Friday" is no such phrase and negates nothing.
 */
function adverbPhrase(tree: Tree, adverb: number): string {
  return [...childrenBy(tree, adverb, 'advmod').filter((a) => a < adverb), adverb].map((a) => tree.words[a]).join(' ');
}

/**
 * Words of hoping and expecting: what they hope for is content, not an act ("Miyazawa hopes the
 * agreement will hold", "expressed hope that EU member states will support …"); news-dev never
 * requires hoped-for events.
 */
export const HOPING: ReadonlySet<string> = ruleWords('hoping');

/** The word of hoping whose content clause holds `head` ("hope that X will …"), if any. */
function hopedFor(tree: Tree, head: number): number | undefined {
  let v = head;
  for (let hops = 0; hops < 4 && v >= 0; hops++) {
    const rel = tree.deps[v].deprel;
    const up = tree.deps[v].head;
    if (up < 0) return undefined;
    if ((rel === 'ccomp' || rel === 'acl') && HOPING.has(tree.lemmas[up])) return up;
    if (rel !== 'conj') return undefined;
    v = up;
  }
  return undefined;
}

/** Adverbs that make a "when" clause a concession ("even when"). */
const CONCESSIVE = ruleWords('concessive');

/**
 * The temporal subordinator of the clause headed by `v` ("when", "until", "once"), if any: UD
 * attaches "when" as an adverb of its clause (advmod, WRB), the others as markers.
 */
function temporalOf(tree: Tree, pack: LanguagePack, v: number): string | undefined {
  for (const m of childrenBy(tree, v, 'mark')) {
    const word = tree.words[m];
    if (pack.temporals.has(word)) return word;
  }
  const advs = childrenBy(tree, v, 'advmod');
  for (const a of advs) {
    // "even when the aggressor continues to attack": a concession of what is so, not a condition.
    if (advs.some((e) => e === a - 1 && CONCESSIVE.has(tree.words[e]))) continue;
    const word = tree.pos[a]?.xpos === 'WRB' ? tree.words[a] : undefined;
    if (word !== undefined && pack.temporals.has(word)) return word;
  }
  return undefined;
}

/** A finite present-tense verb with no auxiliary ("meets", "stop"). */
function isSimplePresent(tree: Tree, verb: number): boolean {
  const xpos = tree.pos[verb]?.xpos;
  return (xpos === 'VBZ' || xpos === 'VBP') && !auxWords(tree, verb).length;
}

/** The verb of saying whose complement or parenthetical the clause headed by `head` is ("said that …", "…, he said"). */
function reportingVerb(tree: Tree, pack: LanguagePack, head: number): number | undefined {
  for (const v of selfAndAncestors(tree, head)) {
    const rel = tree.deps[v].deprel;
    const up = tree.deps[v].head;
    if ((rel === 'ccomp' || rel === 'parataxis') && up >= 0 && pack.speechVerbs.has(tree.lemmas[up])) return up;
    const said = childrenBy(tree, v, 'parataxis').find((p) => pack.speechVerbs.has(tree.lemmas[p]));
    if (said !== undefined) return said;
    if (!['conj', 'xcomp', 'ccomp', 'advcl'].includes(rel)) return undefined;
  }
  return undefined;
}

/** Singular subjects, with which a bare verb form can only be a subjunctive (plural ones take the bare present). */
const SINGULAR_SUBJECT_TAGS = new Set(['NN', 'NNP']);
const SINGULAR_PRONOUNS = ruleWords('singular-pronoun');

/**
 * "demanded that Iran stop attacking", "on condition that Iran withdraw", "insisted that he
 * leave": a "that" clause whose verb keeps its bare form after a singular subject is a mandative
 * subjunctive, an act demanded or set as a condition, not one done (#12).
 */
function isSubjunctive(tree: Tree, head: number): boolean {
  const verb = firstConjunct(tree, head);
  if (tree.pos[verb]?.xpos !== 'VB' || auxWords(tree, verb).length || !childrenBy(tree, verb, 'mark').some((m) => tree.words[m] === 'that')) return false;
  const subj = childrenBy(tree, verb, 'nsubj')[0];
  return subj !== undefined && (SINGULAR_SUBJECT_TAGS.has(tree.pos[subj]?.xpos ?? '') || SINGULAR_PRONOUNS.has(tree.words[subj]));
}

/**
 * What a verb of asking asks for ("called for no sacrifices", "asked for nothing"): its "for" phrase is its
 * object. Other prepositional phrases are not ("attacked with no warning" is an attack).
 */
function soughtThings(tree: Tree, verb: number): number[] {
  return childrenBy(tree, verb, 'obl').filter((o) => childrenBy(tree, o, 'case').some((c) => tree.words[c] === 'for'));
}

/** "offered nothing", "sought no further hostilities": an object that says the act did not happen. */
function isNegatedObject(tree: Tree, pack: LanguagePack, object: number): boolean {
  return pack.negators.has(tree.words[object]) || childrenBy(tree, object, 'det').some((d) => pack.negators.has(tree.words[d]));
}

/**
 * The auxiliaries that govern a verb: its own, or those of the first conjunct when it shares them
 * ("will meet and sign"); a conjunct with its own auxiliaries or subject is a clause of its own
 * ("agreed … and that the victory should be honored").
 */
function clauseAuxiliaries(tree: Tree, head: number): string[] {
  const own = auxWords(tree, head);
  const first = firstConjunct(tree, head);
  if (first === head || own.length || childrenBy(tree, head, 'nsubj', 'nsubj:pass').length) return own;
  return auxWords(tree, first);
}

/**
 * The verb whose negators govern `verb`: the first conjunct when `verb` shares its clause ("did not meet
 * and sign"), else `verb` itself. A conjunct with a subject of its own is a clause of its own, even one
 * the parser joined to the clause it gives a reason for ("has not yet agreed …, because the council
 * insisted on talks"; "NATO has not yet plucked courage …, and Russian troops continue to bomb"): a
 * negator scopes over its own clause only (#12).
 */
function sharedClauseHead(tree: Tree, verb: number): number {
  return ownClause(tree, verb) ? verb : firstConjunct(tree, verb);
}

/** A conjunct with a subject of its own ("…, because the council insisted"). */
function ownClause(tree: Tree, verb: number): boolean {
  return tree.deps[verb]?.deprel === 'conj' && childrenBy(tree, verb, 'nsubj', 'nsubj:pass', 'expl', 'csubj').length > 0;
}

/** The first verb of a coordination ("will meet and sign": auxiliaries attach to "meet"). */
export function firstConjunct(tree: Tree, verb: number): number {
  let v = verb;
  for (const head of ancestorsOf(tree, verb)) {
    if (tree.deps[v].deprel !== 'conj') break;
    v = head;
  }
  return v;
}

/** "Negotiations are to be held", "Putin is to visit": a finite "be" with "to" on the verb states a plan. */
function isPlanned(tree: Tree, head: number): boolean {
  const finiteBe = childrenBy(tree, head, 'aux', 'aux:pass').some((a) => ['is', 'are', 'was', 'were', 'am'].includes(tree.words[a]));
  return finiteBe && childrenBy(tree, head, 'mark').some((m) => tree.words[m] === 'to');
}

function goingTo(tree: Tree, head: number): boolean {
  const h = tree.deps[head]?.head ?? -1;
  return h >= 0 && tree.lemmas[h] === 'go' && tree.deps[head].deprel === 'xcomp' && auxWords(tree, h).some((a) => ['is', 'are', 'am', "'s", "'re"].includes(a));
}
