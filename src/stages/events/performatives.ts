/**
 * Performatives under a hedge: "I want to thank", "I would like to thank", "we wish
 * to congratulate". A first person who says so performs the act by saying it (#12: the gold codes
 * the thanks, the condemnation, the appeal), so the hedge passes no intent on to the infinitive,
 * unlike "decided to meet" or "he wanted to thank" (told of someone else, or in the past).
 */
import type { LanguagePack } from '../../lang/pack.js';
import { ruleWords } from './rule-words.js';
import { auxWords, childrenBy, isToInfinitive, type Tree } from './tree.js';

const PERFORMATIVE = ruleWords('performative');
const HEDGE = ruleWords('performative-hedge');
const CALL_VERBS = ruleWords('call-verb');
const PERMISSION = ruleWords('performative-permission');
/** The only auxiliary "like" may take as a hedge ("I would like to", "I'd like to"). */
const CONDITIONAL_LIKE = new Set(['would', "'d"]);

/**
 * The hedge ("want", "would like") under which a first person's `verb` is performed by saying it,
 * if any. "Let me thank" is one too, with its speaker the object of "let" (see permittedSpeaker).
 */
export function performativeHedge(tree: Tree, pack: LanguagePack, verb: number): string | undefined {
  const head = tree.deps[verb].head;
  if (head < 0 || tree.deps[verb].deprel !== 'xcomp' || !PERFORMATIVE.has(tree.lemmas[verb]) || !HEDGE.has(tree.lemmas[head])) return undefined;
  const auxes = auxWords(tree, head);
  const negated = [...auxes, ...childrenBy(tree, head, 'advmod').map((a) => tree.words[a])].some((w) => pack.negators.has(w));
  // A hedge in a subordinate clause ("if I want to thank") is not said as the act.
  if (negated || childrenBy(tree, head, 'mark').length) return undefined;
  if (!childrenBy(tree, head, 'nsubj').some((s) => pack.firstPerson.has(tree.words[s]))) return undefined;
  if (tree.lemmas[head] === 'like') return auxes.length === 1 && CONDITIONAL_LIKE.has(auxes[0]) ? `${auxes[0]} like` : undefined;
  // The present only: "I wanted to thank" tells of an intent, "I will want to" is one.
  const xpos = tree.pos[head]?.xpos;
  return (xpos === 'VBP' || xpos === 'VB') && !auxes.length ? tree.words[head] : undefined;
}

/**
 * The call, meeting or visit whose purpose `verb` is, when that purpose is a performative done in it:
 * "spoke today with Prime Minister Sunak to congratulate him", "called Kishida to thank him" (#12:
 * the gold codes the congratulation), unlike "met to sign an agreement", an act still to come.
 */
export function callPurposeHost(tree: Tree, verb: number): number | undefined {
  const head = tree.deps[verb].head;
  if (head < 0 || tree.deps[verb].deprel !== 'advcl' || !PERFORMATIVE.has(tree.lemmas[verb]) || !CALL_VERBS.has(tree.lemmas[head])) return undefined;
  return isToInfinitive(tree, verb) ? head : undefined;
}

/**
 * The first person who performs `verb` by asking leave to: "Let me congratulate you", "Allow me to thank you", "Mr
 * President, allow me again to thank you" (#12: kremlin-68426, the gold codes the thanks ARM→RUS). The leave is an
 * imperative with no subject of its own (a name set off by a comma before it is the one addressed, which the parser
 * may read as its subject) and the speaker ("me", "us") as its object; the act is a performative, its `xcomp` or,
 * as the parser reads it after an adverb, a "to" infinitive hung on it as `advcl`. "Let him thank", "let me attack"
 * and "do not let me" are no such act.
 */
export function permittedSpeaker(tree: Tree, pack: LanguagePack, verb: number): number | undefined {
  const head = tree.deps[verb].head;
  const rel = tree.deps[verb].deprel;
  if (head < 0 || !PERFORMATIVE.has(tree.lemmas[verb]) || !PERMISSION.has(tree.lemmas[head]) || tree.pos[head]?.xpos !== 'VB') return undefined;
  if (rel !== 'xcomp' && !(rel === 'advcl' && isToInfinitive(tree, verb))) return undefined;
  if (auxWords(tree, head).length || childrenBy(tree, head, 'mark').length) return undefined;
  if (childrenBy(tree, head, 'advmod').some((a) => pack.negators.has(tree.words[a].toLowerCase()))) return undefined;
  if (childrenBy(tree, head, 'nsubj').some((s) => pack.pronouns.has(tree.words[s].toLowerCase()) || tree.words[head - 1] !== ',')) return undefined;
  return childrenBy(tree, head, 'obj', 'iobj').find((o) => pack.firstPerson.has(tree.words[o].toLowerCase()) && o < verb);
}
