/**
 * A readout's sentence that opens with its verb and names no subject ("I addressed the Parliament
 * of Estonia. Expressed gratitude for …") carries on the previous sentence's subject: the telegraphic
 * style of official readouts drops a subject that stays the same. Only on an official site (the caller
 * checks): a wire story's verb-first sentence is a headline or a list item, not a carried subject.
 */
import { sentenceTokenRange } from '../../core/tokens-of.js';
import { actorsOfPhrase, type ActorIndex } from './participants.js';
import { subjectOf, type Tree } from './tree.js';
import type { EventParticipant } from './types.js';

/** Tags of a past or present finite verb; a bare "VB" opening a sentence is an imperative ("Help us"). */
const OPENING_FINITE = new Set(['VBD', 'VBZ']);

/** The sentence's main verb: the root, through the conjuncts of `verb` ("Expressed … and discussed …"). */
function clauseHead(tree: Tree, verb: number): number {
  let v = verb;
  while (tree.deps[v]?.deprel === 'conj' && tree.deps[v].head >= 0) v = tree.deps[v].head;
  return v;
}

/** The first token of the sentence that is not punctuation. */
function firstWord(tree: Tree, first: number, last: number): number {
  let i = first;
  while (i < last && tree.pos[i]?.upos === 'PUNCT') i++;
  return i;
}

/**
 * The actors the previous sentence's active subject names, when the sentence `sent` opens with the
 * finite main verb of `verb`'s clause and has no subject; none otherwise.
 */
export function carriedSubject(tree: Tree, actors: ActorIndex, sent: number, verb: number): EventParticipant[] {
  if (sent === 0) return [];
  const head = clauseHead(tree, verb);
  const [first, last] = sentenceTokenRange(tree.tokens, sent);
  if (tree.deps[head]?.deprel !== 'root' || firstWord(tree, first, last) !== head || !OPENING_FINITE.has(tree.pos[head]?.xpos ?? '')) return [];
  if (subjectOf(tree, head)) return [];
  return previousSubject(tree, actors, sent);
}

/** The actors the active subject of the sentence before `sent` names; none when that subject is passive or names none. */
export function previousSubject(tree: Tree, actors: ActorIndex, sent: number): EventParticipant[] {
  const subj = rootSubject(tree, sent - 1)?.subject;
  return subj && !subj.passive ? actorsOfPhrase(tree, actors, subj.token) : [];
}

/** Sentence `sent`'s root and that root's subject (`subjectOf`); undefined when the sentence has no root. */
export function rootSubject(tree: Tree, sent: number): { root: number; subject: { token: number; passive: boolean } | undefined } | undefined {
  const [first, last] = sentenceTokenRange(tree.tokens, sent);
  for (let t = first; t < last; t++) if (tree.deps[t]?.deprel === 'root') return { root: t, subject: subjectOf(tree, t) };
  return undefined;
}
