/**
 * "Ukrainians who need urgent help", "the people who need help", "debt reduction for countries that need it": a need
 * said in a relative clause describes the people or countries it is said of, the ones help is for; it is no appeal
 * they make (CAMEO's "need * HELP" codes 023, an appeal for aid). The training gold codes none of them; the needy are
 * the beneficiaries of someone else's act told in the main clause. A need stated in a clause of its own ("we need
 * help", "Ukraine needs weapons") is still its subject's call. The verbs are the `stated-need` rule words.
 */
import { ruleWords } from './rule-words.js';
import { subjectOf, type Tree } from './tree.js';

/** Verbs (lemmas) of needing. */
const NEED = ruleWords('stated-need');
/** Penn tags of a relative pronoun ("who", "that", "which"). */
const RELATIVE_PRONOUN = new Set(['WP', 'WDT']);

/** Whether `verb` is a need in a relative clause whose subject is the relative pronoun: the needy described. */
export function isDescribedNeed(tree: Tree, verb: number): boolean {
  if (!NEED.has(tree.lemmas[verb]) || tree.deps[verb].deprel !== 'acl:relcl') return false;
  const subj = subjectOf(tree, verb);
  return subj !== undefined && !subj.passive && RELATIVE_PRONOUN.has(tree.pos[subj.token]?.xpos ?? '');
}
