/**
 * "Philippine officials and a 12-bank committee have been meeting", "Brazilian and U.S. trade officials held a
 * meeting": the parser can split a coordinated subject at its "and", making the first conjunct (a noun phrase, or a
 * nationality's adjective) the sentence's root and the rest the subject of a clause coordinated with it, so the first
 * party drops out of the act (#12, session 47: "type found, wrong participants", a party of the subject missing). The
 * repair joins the first conjunct to the verb's subject, in the shape the parser gives a coordination it reads
 * right: a noun a conjunct of the subject, an adjective the first of the subject's coordinated modifiers ("The U.S.
 * and Afghan leaders", read by participants.ts `coordinatedModifiers`).
 */
import type { Dep } from '../deps/types.js';
import { firstOfPhrase, lastOfPhrase, type Tree } from './tree.js';

/** Parts of speech a noun phrase's head has. */
const NOMINAL = new Set(['NOUN', 'PROPN']);
/** Relations of the modifiers of a subject an opening adjective is coordinated with ("U.S." in "U.S. trade officials"). */
const MODIFIER_RELS = new Set(['amod', 'compound', 'nmod:poss']);
/** Relations by which the parser hangs an object's first nationality on the verb ("met Egyptian and Soviet officials"). */
const OBJECT_RELS = new Set(['xcomp', 'obj']);
/** Relations that give a root noun a clause of its own ("Prices were up and OPEC met": the first is a clause). */
const CLAUSE_RELS = new Set(['cop', 'nsubj', 'nsubj:pass', 'aux', 'aux:pass', 'expl', 'mark']);

/**
 * The relations with each split subject joined, or undefined when no sentence has one. "A and B verb…" parsed as the
 * root A with "and B verb…" its conjunct: A heads a plain noun phrase that opens the sentence, its "and" comes right
 * after that phrase (no comma: ", and" joins clauses), and the verb's own subject follows the "and". A becomes a
 * conjunct of that subject and the verb the root.
 */
export function joinOpeningConjuncts(tree: Tree): Dep[] | undefined {
  let out: Dep[] | undefined;
  for (let v = 0; v < tree.deps.length; v++) {
    const found = splitSubject(tree, v);
    if (!found) continue;
    const { root, subject, cc, modifier } = found;
    out ??= [...tree.deps];
    out[v] = { head: -1, deprel: 'root' };
    if (modifier === undefined) {
      out[root] = { head: subject, deprel: 'conj' };
      out[cc] = { head: root, deprel: 'cc' };
    } else {
      out[root] = { head: subject, deprel: 'amod' };
      out[modifier] = { head: root, deprel: 'conj' };
      out[cc] = { head: modifier, deprel: 'cc' };
    }
    // The sentence's own punctuation after the verb was the root's; it is the verb's now.
    for (const k of tree.children[root]) if (k > v && tree.deps[k].deprel === 'punct') out[k] = { head: v, deprel: 'punct' };
  }
  for (let a = 0; a < tree.deps.length; a++) {
    const found = splitObject(tree, a);
    if (!found) continue;
    const { noun, modifier } = found;
    out ??= [...tree.deps];
    out[noun] = { head: tree.deps[a].head, deprel: 'obj' };
    out[a] = { head: noun, deprel: 'amod' };
    out[modifier] = { head: a, deprel: 'conj' };
    out[a + 1] = { head: modifier, deprel: 'cc' };
  }
  return out;
}

/**
 * "The minister met Egyptian and Soviet officials": the parser can read the first nationality as the verb's
 * complement and the noun as a second predicate coordinated with the verb. A bare adjective complement followed by
 * "and" and a noun's first modifier (an adjective or a name), the noun coordinated with the same verb, is that noun's
 * first modifier; the noun is the object.
 */
function splitObject(tree: Tree, a: number): { noun: number; modifier: number } | undefined {
  const verb = tree.deps[a].head;
  if (tree.pos[a]?.upos !== 'ADJ' || !OBJECT_RELS.has(tree.deps[a].deprel) || verb < 0 || tree.children[a].length) return undefined;
  const modifier = a + 2;
  if (tree.words[a + 1] !== 'and' || !['ADJ', 'PROPN'].includes(tree.pos[modifier]?.upos ?? '')) return undefined;
  const noun = tree.deps[modifier]?.head ?? -1;
  if (noun <= modifier || !MODIFIER_RELS.has(tree.deps[modifier].deprel) || !NOMINAL.has(tree.pos[noun]?.upos ?? '')) return undefined;
  if (tree.deps[noun].deprel !== 'conj' || tree.deps[noun].head !== verb || tree.tokens[noun].sent !== tree.tokens[a].sent) return undefined;
  return { noun, modifier };
}

function splitSubject(tree: Tree, v: number): { root: number; subject: number; cc: number; modifier?: number } | undefined {
  const root = tree.deps[v].head;
  if (tree.deps[v].deprel !== 'conj' || root < 0 || root > v || tree.deps[root].head !== -1 || tree.pos[v]?.upos !== 'VERB') return undefined;
  const adjective = tree.pos[root]?.upos === 'ADJ';
  if (!adjective && !NOMINAL.has(tree.pos[root]?.upos ?? '')) return undefined;
  return splitSubjectAt(tree, v, root, adjective);
}

/**
 * `splitSubject` past its guards. Kept apart because its closures capture the function's variables, and V8 allocates
 * their context on every call: the guards run for every token, this only for a verb conjoined to a root noun (#13).
 */
function splitSubjectAt(tree: Tree, v: number, root: number, adjective: boolean): { root: number; subject: number; cc: number; modifier?: number } | undefined {
  const kids = tree.children[v];
  const cc = kids.find((k) => tree.deps[k].deprel === 'cc' && k > root && k < v);
  const subject = kids.find((k) => tree.deps[k].deprel.startsWith('nsubj') && cc !== undefined && k > cc && k < v);
  if (cc === undefined || subject === undefined || tree.words[cc] !== 'and') return undefined;
  // An adjective is coordinated with the subject's first modifier right after the "and" ("Brazilian and U.S. trade
  // officials"); with none there it qualifies nothing the repair can name.
  const modifier = adjective ? tree.children[subject].find((k) => k === cc + 1 && MODIFIER_RELS.has(tree.deps[k].deprel)) : undefined;
  if (adjective && modifier === undefined) return undefined;
  // The root's phrase: its own words before the "and", none a clause's, opening the sentence and ending at the "and".
  const before = tree.children[root].filter((k) => k < cc);
  if (tree.children[root].some((k) => CLAUSE_RELS.has(tree.deps[k].deprel))) return undefined;
  const first = Math.min(root, ...before.map((k) => firstOfPhrase(tree, k)));
  const sent = tree.tokens[root].sent;
  if (first > 0 && tree.tokens[first - 1]?.sent === sent) return undefined;
  const last = Math.max(root, ...before.map((k) => lastOfPhrase(tree, k)));
  // The comma, when the parser hangs it on the root, ends that phrase too: the guard reads the word itself.
  if (last + 1 !== cc || tree.words[cc - 1] === ',') return undefined;
  return { root, subject, cc, ...(modifier !== undefined ? { modifier } : {}) };
}

