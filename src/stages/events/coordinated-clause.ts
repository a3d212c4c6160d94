/**
 * "Hamas vowed revenge, and Egypt offered to mediate": the parser can make a coordinated clause the first verb's content
 * (`ccomp`), hanging the "and" on the second clause's subject. Such a clause is no content, and its subject is its own
 * doer, not whom the first clause's demand or threat is addressed to (review after session 55 #8).
 */
import { childrenBy, subjectOf, type Tree } from './tree.js';

/** Relations of a subject to its clause. */
const SUBJECT_RELS = new Set(['nsubj', 'nsubj:pass']);

/** Whether `clause`, hung on a verb as its content, opens with a coordinating conjunction before its subject. */
export function isMisreadCoordinate(tree: Tree, clause: number): boolean {
  const subj = subjectOf(tree, clause)?.token;
  if (subj === undefined) return false;
  return [...childrenBy(tree, clause, 'cc'), ...childrenBy(tree, subj, 'cc')].some((c) => c < subj);
}

/**
 * Whether a mention (its `[first, last)` tokens) holds the subject of a clause coordinated with `verb`'s: a `conj` of
 * it, or a content clause of it that opens with "and" (isMisreadCoordinate).
 */
export function isCoordinateSubject(tree: Tree, [first, last]: readonly [number, number], verb: number): boolean {
  for (let t = first; t < last; t++) if (isSubjectOfCoordinate(tree, t, verb)) return true;
  return false;
}

function isSubjectOfCoordinate(tree: Tree, token: number, verb: number): boolean {
  if (!SUBJECT_RELS.has(tree.deps[token]?.deprel ?? '')) return false;
  const clause = tree.deps[token].head;
  if (clause < 0 || clause === verb) return false;
  const linked = tree.deps[clause].head === verb || tree.deps[verb].head === clause;
  if (!linked) return false;
  return tree.deps[clause].deprel === 'conj' || tree.deps[verb].deprel === 'conj' || isMisreadCoordinate(tree, clause);
}
