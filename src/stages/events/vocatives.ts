/**
 * Vocatives the parser reads as subjects: "Dear Prime Minister Bennett, thank you very much" hangs
 * "Bennett" on "thank" as its subject, but a name set off by a comma at the start of a clause,
 * after "Dear" or before an imperative to "you" ("Mr President, thank you"; a bare verb form after
 * a singular name cannot be a third person's present), is the one spoken to. The teller (speaker
 * or official site, teller.ts) does the act; the addressee undergoes it (#12: speeches and letters
 * thank, ask and congratulate their addressees so).
 */
import type { LanguagePack } from '../../lang/pack.js';
import { ruleWords } from './rule-words.js';
import { childrenBy, walk, type Tree } from './tree.js';

/** Verbs of acts performed by saying them ("thank", "congratulate"). */
const PERFORMATIVE = ruleWords('performative');
/** Words that open an address ("Dear Prime Minister"). */
const OPENERS = ruleWords('vocative-opener');
/** Bare verb forms: with a singular name before them, an imperative. */
const BARE = new Set(['VB', 'VBP']);

/** Whether `subj`, the parser's subject of `verb`, is a name the speaker addresses. */
export function isVocativeSubject(tree: Tree, pack: LanguagePack, verb: number, subj: number): boolean {
  if (tree.deps[subj].head !== verb || tree.deps[subj].deprel !== 'nsubj') return false;
  const span = walk(tree, subj, ['punct']).map((w) => w.token);
  const first = Math.min(...span);
  const last = Math.max(...span);
  // Set off: a comma right after the name, the verb right after the comma.
  if (tree.words[last + 1] !== ',' || last + 2 !== verb) return false;
  // At the start of its sentence or quotation ("'Dear …, thank you,' he said").
  if (first > 0 && tree.pos[first - 1]?.upos !== 'PUNCT') return false;
  if (OPENERS.has(tree.words[first])) return true;
  // Else a bare name or title ("Mr President", no "the", no clause in it) before an imperative
  // that speaks to "you" ("…, thank you"): an appositive subject ("We, the governments of …,
  // recognize") or a misread clause has a determiner, a verb or no second person.
  const bareName = tree.pos[subj]?.xpos === 'NNP' && span.every((t) => tree.pos[t]?.upos !== 'DET' && tree.pos[t]?.upos !== 'VERB');
  return bareName && BARE.has(tree.pos[verb]?.xpos ?? '') && childrenBy(tree, verb, 'obj', 'iobj').some((o) => pack.secondPerson.has(tree.words[o]));
}

/**
 * "Thank you, Britain!": the token of the one addressed, named (the parser marks it `vocative`) after a
 * subjectless performative to "you". The teller does the act (#12: a Ukrainian address ends "Thank you,
 * Estonia! Thank you, Denmark!").
 */
export function addressedVocative(tree: Tree, pack: LanguagePack, verb: number): number | undefined {
  if (!PERFORMATIVE.has(tree.lemmas[verb]) || !BARE.has(tree.pos[verb]?.xpos ?? '') || childrenBy(tree, verb, 'nsubj', 'nsubj:pass').length) return undefined;
  if (!childrenBy(tree, verb, 'obj', 'iobj').some((o) => pack.secondPerson.has(tree.words[o]))) return undefined;
  return childrenBy(tree, verb, 'vocative').find((v) => v > verb);
}
