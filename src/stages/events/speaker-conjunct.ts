/**
 * A spoken act coordinated after a reported clause the parser left with no subject ("Sourrouille said the interest of
 * banks was holding up an accord and urged a quick decision"): the speaker's own act (roles.ts), a clause of its own
 * that the reported clause's negators do not reach (flags.ts: "said workers did not want to strike and called for talks").
 */
import type { LanguagePack } from '../../lang/pack.js';
import { ruleWords } from './rule-words.js';
import { childrenBy, subjectOf, type Tree } from './tree.js';

/** Verbs of a spoken act a speaker does after what they report (rule-words `speaker-conjunct-verb`). */
const SPEAKER_CONJUNCT_VERBS = ruleWords('speaker-conjunct-verb');
/** Nouns of people, bodies and agents (rule-words `people-noun`, `swallowed-doer`): a swallowed subject that is one does the conjunct. */
const DOERS: ReadonlySet<string> = new Set([...ruleWords('people-noun'), ...ruleWords('swallowed-doer')]);

/**
 * The subject of the verb of saying whose reported clause `verb` is coordinated with, when `verb` is a finite verb of
 * a spoken act ("urged", "warned", "called") with no auxiliary, and neither it nor the reported clause's verb has a
 * subject in the parse: "X said <clause> and urged …", where the parser read the clause's subject as the object of
 * "said" and hung "urged" on the clause.
 */
export function speakerOfConjunct(tree: Tree, pack: Pick<LanguagePack, 'speechVerbs'>, verb: number): number | undefined {
  if (tree.deps[verb].deprel !== 'conj' || !SPEAKER_CONJUNCT_VERBS.has(tree.lemmas[verb])) return undefined;
  if (!['VBD', 'VBZ', 'VBP'].includes(tree.pos[verb]?.xpos ?? '') || childrenBy(tree, verb, 'aux', 'aux:pass').length) return undefined;
  const clause = tree.deps[verb].head;
  if (clause < 0 || tree.deps[clause].deprel !== 'ccomp' || subjectOf(tree, clause)) return undefined;
  const said = tree.deps[clause].head;
  if (said < 0 || !pack.speechVerbs.has(tree.lemmas[said])) return undefined;
  // The reported clause's subject the parser read as the object of "said" is the conjunct's usual doer when it names
  // people or an agent ("said the kidnappers of the engineer were holding him … and demanded a ransom"); only an
  // abstract one ("the interest of banks", "Reagan's decision") leaves the act to the speaker.
  const swallowed = childrenBy(tree, said, 'obj').filter((o) => o < clause).pop();
  if (swallowed !== undefined && (DOERS.has(tree.lemmas[swallowed]) || tree.pos[swallowed]?.upos === 'PROPN')) return undefined;
  const subj = subjectOf(tree, said);
  return subj && !subj.passive && subj.token < clause ? subj.token : undefined;
}

