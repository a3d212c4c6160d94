/**
 * Participles that serve as prepositions: "The leaders discussed the situation given the concentration of Russian
 * forces", "especially given Estonia's membership in the Security Council". "Given" there means "considering": it
 * introduces a fact the clause weighs, and no one gives anything, yet the lexicon reads "give" with its object
 * ("* &MILITARY" → AID, "* &SECURITY"). The reduced passive of a ditransitive ("U.S. banks given equal privileges")
 * has the same shape; when the parse hangs the participle on a noun that names a party (`acl`/`amod`), it describes
 * the party that received, so it stays an act. Hung from a clause instead ("Given candidate status, Ukraine will …",
 * an `advcl`), receiving cannot be told from considering by the parse, and it is read as the preposition; a participle
 * with no object of its own ("Ukraine, given candidate status, …" parsed with "given" on "status") is no preposition
 * and goes on to the other rules. The words are the `prepositional-participle` class of `data/rule-words.tsv`.
 */
import { ruleWords } from './rule-words.js';
import { childrenBy, markerOf, type Tree } from './tree.js';

const PREPOSITIONAL = ruleWords('prepositional-participle');

/**
 * Whether `verb` is a participle read as a preposition: a listed past participle with an object and no auxiliary,
 * subject, "to" phrase or "by" agent of its own, that hangs from a clause (`advcl`, `conj`, …) or describes a noun
 * that names no party (`namesActor` false). A participle describing a party is that party's receiving.
 */
export function isPrepositionalParticiple(tree: Tree, verb: number, namesActor: (token: number) => boolean): boolean {
  if (tree.pos[verb]?.xpos !== 'VBN' || !PREPOSITIONAL.has(tree.words[verb] ?? '')) return false;
  if (!childrenBy(tree, verb, 'obj').length) return false;
  if (childrenBy(tree, verb, 'aux', 'aux:pass', 'nsubj', 'nsubj:pass', 'iobj').length) return false;
  // "given to the army", "given by Germany": a giver or a receiver named is an act of giving.
  if (childrenBy(tree, verb, 'obl', 'obl:agent').some((o) => ['to', 'by'].includes(markerOf(tree, o) ?? ''))) return false;
  const { deprel, head } = tree.deps[verb];
  if ((deprel === 'acl' || deprel === 'amod') && head >= 0 && namesActor(head)) return false;
  return true;
}
