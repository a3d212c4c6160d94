/**
 * A duty told as unmet by another side is a wrong like a breach ("Japan has failed to implement two
 * parts of a three-part semiconductor agreement, Yeutter said", "X has not kept its promise", "did not
 * honour the agreement"): the teller's ACCUSE allege against the failing party (PLOVER: accusing a
 * party of not living up to an agreement; news-dev conventions, #12). `speech-content.ts` reads it as
 * it reads a told breach; this file only says which verb of the clause names the unmet duty. A denial
 * the lexicon already codes as a refusal ("not kept its promise" is REJECT) is told the same way and
 * blames through `reported-accusations.ts`.
 */
import type { LanguagePack } from '../../lang/pack.js';
import { ruleWords } from './rule-words.js';
import { childrenBy, type Tree } from './tree.js';
import type { CodedEvent } from './types.js';

/** Verbs of carrying out a duty or pact ("implement", "honour", "keep", "fulfil", "comply"). */
const DUTY = ruleWords('duty-verb');
/** Things a party owes ("agreement", "promise", "commitment"): kept or honoured, they make the verb a duty. */
const PLEDGE = ruleWords('pledge-noun');

/** Whether `verb` tells that its subject left a duty undone: "failed to implement …", or a denied "kept its promise". */
export function failedDuty(tree: Tree, pack: LanguagePack, verb: number): { readonly denied: boolean } | undefined {
  // Asked of every verb: the lemma is tested apart from the rest, whose closures would allocate their context on every call (#13).
  const lemma = tree.lemmas[verb];
  return lemma === 'fail' || DUTY.has(lemma) ? dutyFailure(tree, pack, verb) : undefined;
}

function dutyFailure(tree: Tree, pack: LanguagePack, verb: number): { readonly denied: boolean } | undefined {
  if (tree.lemmas[verb] === 'fail') return childrenBy(tree, verb, 'xcomp').some((x) => DUTY.has(tree.lemmas[x])) ? { denied: false } : undefined;
  if (!DUTY.has(tree.lemmas[verb]) || !tree.children[verb].some((c) => pack.negators.has(tree.words[c]))) return undefined;
  const owed = [...childrenBy(tree, verb, 'obj'), ...childrenBy(tree, verb, 'obl')].some((o) => PLEDGE.has(tree.lemmas[o]));
  return owed ? { denied: true } : undefined;
}

/** Whether `event` (its trigger's lemma `lemma`) is a refusal coded on a duty verb ("had not kept its promise" is REJECT). */
export function refusedDuty(event: CodedEvent, lemma: string): boolean {
  return event.event === 'REJECT' && DUTY.has(lemma);
}
