/**
 * "Saudi Arabia, the world's biggest oil exporter, has asked …", "The U.S. Government, trying to stem protectionist
 * pressure, has called on South Korea …", "Italy, which refused to join the pact, has asked …": a name that opens the
 * sentence, then a phrase set off by commas (an appositive, a participle's phrase or a relative clause), then the
 * main verb. The parser often misreads the shape (the name as the set-off noun's subject, as a vocative, or as the
 * subject of the set-off participle), leaving the verb with no subject or the set-off noun as its subject, and the
 * act was turned down for having no actor (#12, no-actor). roles.ts reads the opening phrase as the doer then, or, when
 * the verb is passive ("Hamas, trying to rebuild its arsenal, was targeted …"), as the one acted on, as it reads a
 * passive subject (review a of ev-noactor).
 */
import { FINITE_TAGS, childBy, childrenBy, sentenceTokensAt, type Tree } from './tree.js';

/** Parts of speech of an opening noun phrase ("The Paris Club of creditor nations", "Saudi Arabia"). */
const OPENER_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'CCONJ', 'ADP', 'PART']);
/** Parts of speech that may stand between the closing comma and the verb ("has asked", "has also called"). */
const BEFORE_VERB_POS = new Set(['AUX', 'ADV', 'PART']);
/** Tags of relative pronouns ("which", "who", "whose"): a set-off phrase opened by one is a relative clause. */
const RELATIVE_TAGS = new Set(['WDT', 'WP', 'WP$']);

/** The opening phrase's head, and whether the verb is passive (then the opener is acted on, not the doer). */
export interface SetOffOpener {
  readonly token: number;
  readonly passive: boolean;
}

/**
 * The head of the phrase that opens `verb`'s sentence when a phrase set off by commas stands between it and `verb`
 * (the root, finite or with an auxiliary), and the verb's subject in the parse, if any, lies inside the set-off
 * phrase; else undefined. Whether the opener names an actor is the caller's test.
 */
export function setOffOpenerOf(tree: Tree, verb: number, subject: number | undefined): SetOffOpener | undefined {
  if (tree.deps[verb].deprel !== 'root') return undefined;
  if (!FINITE_TAGS.has(tree.pos[verb]?.xpos ?? '') && childBy(tree, verb, 'aux') === undefined) return undefined;
  const [first] = sentenceTokensAt(tree, verb);
  // The opener runs to the first comma; a preposition may not open it ("In Tokyo, …" is an adverbial).
  let open = first;
  while (open < verb && tree.words[open] !== ',') open++;
  if (open === first || open >= verb || tree.pos[first]?.upos === 'ADP') return undefined;
  for (let t = first; t < open; t++) if (!OPENER_POS.has(tree.pos[t]?.upos ?? '')) return undefined;
  // The set-off phrase closes with a comma followed only by the verb's auxiliaries and adverbs.
  let close = verb - 1;
  while (close > open && BEFORE_VERB_POS.has(tree.pos[close]?.upos ?? '')) close--;
  if (close <= open + 1 || tree.words[close] !== ',') return undefined;
  // A finite verb in it makes it a clause of its own ("Japan, as it imports oil, urged"), unless a relative pronoun opens
  // it ("Italy, which refused to join the Paris pact, has asked": the parser may hang the name on "refused").
  const relative = RELATIVE_TAGS.has(tree.pos[open + 1]?.xpos ?? '');
  const isClauseVerb = (t: number) => !relative && FINITE_TAGS.has(tree.pos[t]?.xpos ?? '') && !isTaggedParticiple(tree, t, first, open);
  for (let t = open + 1; t < close; t++) if (tree.words[t] === ',' || isClauseVerb(t)) return undefined;
  if (subject !== undefined && (subject <= open || subject >= close)) return undefined;
  // The opener's head: its one word whose head lies outside it.
  const heads: number[] = [];
  for (let t = first; t < open; t++) if (tree.deps[t].head < first || tree.deps[t].head >= open) heads.push(t);
  return heads.length === 1 ? { token: heads[0], passive: childBy(tree, verb, 'aux:pass') !== undefined } : undefined;
}

/**
 * "The Kremlin, asked about the report, has denied …", "Iran, accused of supplying drones, has rejected …": the tagger
 * often tags a set-off past participle VBD. One right after the comma that closes the opener [first, open), with no
 * subject but the opener and no object of its own, is that participle, not a clause of its own.
 */
function isTaggedParticiple(tree: Tree, t: number, first: number, open: number): boolean {
  if (t !== open + 1 || tree.pos[t]?.xpos !== 'VBD') return false;
  const subjects = childrenBy(tree, t, 'nsubj', 'nsubj:pass');
  return subjects.every((s) => s >= first && s < open) && childBy(tree, t, 'obj') === undefined;
}
