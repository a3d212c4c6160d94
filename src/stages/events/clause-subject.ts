/**
 * "Hamas vowed revenge, and Egypt and Qatar offered to mediate": the parser can hang the second clause's subject on
 * the first clause's verb (`obl:unmarked`, `obj`), so the second verb, coordinated with the first and with no subject
 * of its own, took the first clause's subject, and the first verb took the second's subject for its recipients (#12,
 * review c #11 of session 54). The repair makes that phrase the second verb's subject, as the parser gives a
 * coordinated clause it reads right. Likewise "Italy hopes Japan will beat Brazil": a that-less hoped clause whose
 * subject the parser read as the hoping verb's object gets that subject back (`splitClauseVerb`).
 */
import type { Dep } from '../deps/types.js';
import { ruleWords } from './rule-words.js';
import { FINITE_TAGS, childBy, childrenBy, lastOfPhrase, selfAndAncestors, walkTokens, type Tree } from './tree.js';

/** Verbs (lemmas) of expecting or hoping, whose that-less clause the parser may split (`splitClauseVerb`). */
const EXPECTING = ruleWords('expecting');

/** Relations by which the parser hangs the stranded subject on the first verb. */
const STRANDED_RELS = new Set(['obl:unmarked', 'obj']);
/** Parts of speech a subject's head has. */
const SUBJECT_POS = new Set(['NOUN', 'PROPN', 'PRON']);

/**
 * The relations with each stranded subject made its clause's subject, or undefined when no sentence has one. The
 * phrase opens with its own "and" (after an optional comma), ends right before a finite verb coordinated with the
 * phrase's head verb, and that verb has no subject: the "and" coordinates clauses, not the phrase.
 */
export function reattachClauseSubjects(tree: Tree): Dep[] | undefined {
  let out: Dep[] | undefined;
  for (let v = 0; v < tree.deps.length; v++) {
    const found = strandedSubject(tree, v);
    if (!found) continue;
    out ??= [...tree.deps];
    out[found.subject] = { head: v, deprel: 'nsubj' };
    // A clause read as an unmarked advcl is the conjunct the "and" makes it, as the parser gives one it reads right.
    if (tree.deps[v].deprel === 'advcl') out[v] = { head: tree.deps[v].head, deprel: 'conj' };
    // The "and" and its comma join the clauses: they are the second verb's, as for a clause the parser reads right.
    for (const t of found.joiners) out[t] = { head: v, deprel: tree.deps[t].deprel };
  }
  for (let v = 0; v < tree.deps.length; v++) {
    if (!EXPECTING.has(tree.lemmas[v])) continue;
    const obj = childBy(tree, v, 'obj');
    const act = obj !== undefined ? splitClauseVerb(tree, v, obj) : undefined;
    if (obj === undefined || act === undefined) continue;
    // "Italy hopes Japan will beat Brazil": the object is the hoped clause's subject, the clause the verb's own (rv-d
    // #5 of session 60: as an object, the clause's act took the hoper as its doer).
    out ??= [...tree.deps];
    out[obj] = { head: act, deprel: 'nsubj' };
    // "Moscow expects Kabul will negotiate": the parser may hang the hoping verb on the act it hopes for; the hoping
    // verb takes the act's place, so the act under it makes no cycle (review rv-b #7).
    if (tree.deps[v].head === act) out[v] = { head: tree.deps[act].head, deprel: tree.deps[act].deprel };
    out[act] = { head: v, deprel: 'ccomp' };
  }
  return out;
}

function strandedSubject(tree: Tree, v: number): { subject: number; joiners: number[] } | undefined {
  const head = tree.deps[v].head;
  // "…, and Egypt also urged": the parser may make the second verb an adverbial clause with no marker of its own
  // (review b after session 56 #3); only a phrase opening with ", and" makes such a clause a misread conjunct.
  const advcl = tree.deps[v].deprel === 'advcl' && childBy(tree, v, 'mark') === undefined;
  if ((tree.deps[v].deprel !== 'conj' && !advcl) || head < 0 || head > v || tree.pos[v]?.upos !== 'VERB') return undefined;
  // A verb with its own auxiliary ("and Egypt did not condemn", "will urge") is finite through it; a participle or
  // infinitive conjunct ("… and Egypt, backed by Qatar") starts no clause, nor does a bare modal.
  const tag = tree.pos[v]?.xpos ?? '';
  if ((!FINITE_TAGS.has(tag) || tag === 'MD') && childBy(tree, v, 'aux', 'aux:pass') === undefined) return undefined;
  if (childBy(tree, v, 'nsubj', 'nsubj:pass', 'csubj', 'expl') !== undefined) return undefined;
  return strandedPhrase(tree, v, head, advcl);
}

/**
 * `strandedSubject` past its guards. Kept apart because its closures capture the function's variables, and V8
 * allocates their context on every call: the guards run for every token, this only for a finite conjoined verb (#13).
 */
function strandedPhrase(tree: Tree, v: number, head: number, advcl: boolean): { subject: number; joiners: number[] } | undefined {
  // The verb's last phrase before the second verb: an object before it ("vowed revenge") is the first clause's. Else a
  // phrase deeper in the first clause, hung on one of its nouns ("struck targets in Gaza on Monday, and Egypt urged":
  // "Egypt" an apposition of "Monday"; review a after session 55 #7), when it ends right before the second verb.
  // The phrase ends before the verb's own auxiliaries, adverbs and negation ("and Egypt did not condemn", "will urge").
  const end = verbGroupStart(tree, v);
  const direct = tree.children[head].findLast((k) => k > head && k < end && STRANDED_RELS.has(tree.deps[k].deprel));
  if (direct !== undefined) {
    const found = openedPhrase(tree, direct, end);
    if (found && (!advcl || found.joiners.length === 2)) return found;
  }
  // The outermost phrase that opens with its own "and": "and Egypt and Qatar urged" is both countries' clause.
  for (const t of deepStranded(tree, head, end).reverse()) {
    const found = openedPhrase(tree, t, end);
    if (found && (!advcl || found.joiners.length === 2)) return found;
  }
  return undefined;
}

/** Relations of a verb's own words that stand right before it: "did not", "will", "also" (review b after session 56 #3). */
const VERB_GROUP_RELS = new Set(['aux', 'aux:pass', 'advmod', 'neg']);

/** The first token of the run of `v`'s own auxiliaries, adverbs and negation right before it, else `v`. */
function verbGroupStart(tree: Tree, v: number): number {
  let first = v;
  while (first > 0 && tree.deps[first - 1].head === v && VERB_GROUP_RELS.has(tree.deps[first - 1].deprel)) first--;
  return first;
}

/** The phrase of `subject` as a stranded subject: a noun's phrase that ends right before `end` (the second verb's group) and opens with its own "and". */
function openedPhrase(tree: Tree, subject: number | undefined, end: number): { subject: number; joiners: number[] } | undefined {
  if (subject === undefined || !SUBJECT_POS.has(tree.pos[subject]?.upos ?? '')) return undefined;
  const phrase = walkTokens(tree, subject).sort((a, b) => a - b);
  if (phrase[phrase.length - 1] !== end - 1) return undefined;
  let opening = 0;
  if (tree.words[phrase[opening]] === ',') opening++;
  const cc = phrase[opening];
  if (tree.deps[cc]?.deprel !== 'cc' || tree.deps[cc].head !== subject || cc >= subject) return undefined;
  return { subject, joiners: phrase.slice(0, opening + 1) };
}

/**
 * Relations by which the parser hangs the stranded subject on a noun of the first clause: a `conj` too, as "on Monday
 * and Egypt urged" (no comma) hangs "Egypt" as a conjunct of "Monday" (review b after session 56 #4).
 */
const DEEP_RELS = new Set(['appos', 'nmod', 'obl', 'conj']);

/** The heads of phrases hung on a noun under the first verb `head` that end right before `end` (the second verb's group), innermost first. */
function deepStranded(tree: Tree, head: number, end: number): number[] {
  const k = end - 1;
  const found: number[] = [];
  for (const t of selfAndAncestors(tree, k)) {
    if (t <= head) break;
    if (DEEP_RELS.has(tree.deps[t].deprel) && tree.deps[t].head > head && Math.max(...walkTokens(tree, t)) === k) found.push(t);
    if (tree.deps[t].head === head) break;
  }
  return found;
}

/**
 * "the U.S. Hopes Japan will take steps", "I hope (Nakasone) brings answers": the parser may read a that-less clause's
 * subject as the hoping verb's object and hang the clause's verb beside it, from the hoping verb or from that verb's
 * head. The verb right after the object (or after its modal), finite, active and with no subject of its own, is then
 * the act hoped for, and the object its doer.
 */
function splitClauseVerb(tree: Tree, verb: number, obj: number): number | undefined {
  const next = lastOfPhrase(tree, obj) + 1;
  const act = tree.pos[next]?.upos === 'AUX' ? tree.deps[next].head : next;
  if (tree.pos[act]?.upos !== 'VERB') return undefined;
  // Or the act is the hoping verb's head, the hoping verb its `parataxis`/`advcl` ("Moscow expects Kabul will negotiate").
  const actOverHoping = tree.deps[verb].head === act && HOPING_UNDER_ACT.has(tree.baseRels[verb]);
  if (actOverHoping) return finiteWithoutSubject(tree, act) ? act : undefined;
  if (![verb, tree.deps[verb].head].includes(tree.deps[act].head)) return undefined;
  // An `xcomp` with a modal ("hopes Japan will beat Brazil") is the same misread clause: an infinitive takes no modal.
  if (!['ccomp', 'parataxis', 'xcomp'].includes(tree.baseRels[act])) return undefined;
  return finiteWithoutSubject(tree, act) ? act : undefined;
}

/** Relations by which the parser may hang the hoping verb on the act it hopes for. */
const HOPING_UNDER_ACT = new Set(['parataxis', 'advcl']);

/** Whether `act` is finite (or has a modal) and active, with no subject of its own. */
function finiteWithoutSubject(tree: Tree, act: number): boolean {
  const finite = FINITE_TAGS.has(tree.pos[act].xpos) || childrenBy(tree, act, 'aux').some((a) => tree.pos[a]?.xpos === 'MD');
  return finite && !childrenBy(tree, act, 'nsubj', 'aux:pass', 'expl').length;
}
