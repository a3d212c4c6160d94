/**
 * Courtesy replies in transcripts: "Nikol Pashinyan: Thank you.", "Sergei Shoigu: Thank you, Mr President.",
 * "Shavkat Mirziyoyev: Thank you very much." Bare thanks to "you" inside a speaker's turn answer or close
 * the turn; they tell of no act between the sides (the training gold codes none of them). Thanks for
 * something ("Thank you for coming to the St Petersburg Forum") name what is praised and stay an act.
 */
import type { LanguagePack } from '../../lang/pack.js';
import type { ActorIndex } from './participants.js';
import { ruleWords } from './rule-words.js';
import { childrenBy, subjectOf, type Tree } from './tree.js';
import { turnSpeaker } from './turns.js';

/** Verbs said to the one addressed ("thank"): the same class turns.ts gives the turn's speaker. */
const ADDRESSED_ACTS = ruleWords('addressed-act');

/** Relations that say what the thanks are for, or what else the clause does. */
const CONTENT_RELS = ['obl', 'advcl', 'xcomp', 'ccomp'] as const;

/** Whether verb `verb` is a bare "Thank you[, Mr President]" in a transcript turn: no subject, "you", nothing it is for. */
export function isCourtesyReply(tree: Tree, pack: LanguagePack, actors: ActorIndex, verb: number): boolean {
  if (!ADDRESSED_ACTS.has(tree.lemmas[verb]) || subjectOf(tree, verb) !== undefined) return false;
  if (!childrenBy(tree, verb, 'obj', 'iobj').some((o) => pack.secondPerson.has(tree.words[o]))) return false;
  if (childrenBy(tree, verb, ...CONTENT_RELS).length) return false;
  // "Thank you, Mr President, for your words": the parser may hang the "for" phrase on the vocative.
  const sent = tree.tokens[verb].sent;
  for (let t = verb + 1; t < tree.words.length && tree.tokens[t].sent === sent; t++) if (tree.lemmas[t] === 'for') return false;
  return turnSpeaker(tree, actors, verb) !== undefined;
}
