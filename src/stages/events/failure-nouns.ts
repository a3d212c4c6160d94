/**
 * A side's failure or unwillingness named as a noun in another side's speech (#12): "Advani said Gandhi's failure to
 * mention specific measures … will push up prices" (training wire gold ACCUSE INDOPP → INDGOV), "they were protesting
 * the Democrats' failure to present an alternative", "the reluctance of these banks had nearly jeopardized the deal",
 * "the persistent unwillingness … of the government of Japan to deliver on its commitments". Naming what a side failed
 * or is loath to do is the speaker's criticism of that side (ACCUSE disapprove, CAMEO 111), as "said X had failed to
 * implement the agreement" is (failed-duty.ts) for the verb.
 *
 * The side is the noun's owner (a possessive, an "of" phrase) or nationality ("Japanese unwillingness"); a pronoun
 * owner names no one here. Only speech by a coded speaker of another side blames; a denied or hypothetical telling
 * does not (speech-content.ts checks the clause's flags), nor a failure that may come ("any failure of Iran to comply
 * would be …"), nor a gain not had ("Russia's failure to take Bakhmut": no fault). Words: data/failure-nouns.tsv.
 */
import { actorsOfPhrase, kbCountry, nationalityOf, type ActorIndex } from './participants.js';
import { childBy, childrenBy, conjuncts, isToInfinitive, markerOf, selfAndAncestors, type Tree } from './tree.js';
import type { EventParticipant } from './types.js';
import { parseKindWords } from '../../core/kind-words.js';
import { shippedTable } from './shipped-table.js';

const KINDS = ['infinitive', 'bare', 'feat', 'open-determiner'] as const;
type Kind = (typeof KINDS)[number];

/**
 * Rows `kind<TAB>word` (kinds above, see the tsv); `#` starts a comment line. Another kind, a missing word, or a word
 * listed twice in a kind, is refused (E170).
 */
export function parseFailureNouns(text: string, path: string): Readonly<Record<Kind, ReadonlySet<string>>> {
  return parseKindWords(text, path, KINDS);
}

const WORDS = shippedTable('failure-nouns.tsv', parseFailureNouns)();

/** Whether `noun` is a listed failure noun (tested first, on every token; it allocates nothing). */
export function isFailureNoun(tree: Tree, noun: number): boolean {
  return tree.pos[noun]?.upos === 'NOUN' && (WORDS.infinitive.has(tree.lemmas[noun]) || WORDS.bare.has(tree.lemmas[noun]));
}

/**
 * The sides a failure noun at `noun` blames: its owners, when it has what its row needs. "the unwillingness or
 * inability of the government of Japan to deliver": the "of" phrase and infinitive may hang on the last conjunct.
 */
export function failingSides(tree: Tree, actors: ActorIndex, noun: number): EventParticipant[] {
  const phrase = conjuncts(tree, noun);
  const infinitives = phrase.flatMap((c) => childrenBy(tree, c, 'acl', 'xcomp').filter((v) => isToInfinitive(tree, v)));
  if (WORDS.infinitive.has(tree.lemmas[noun]) && !infinitives.length) return [];
  // "Russia's failure to take Bakhmut", "failure to win the vote": a gain sought against resistance or chance that was
  // not had is a setback, no one's fault.
  if (infinitives.some((v) => WORDS.feat.has(tree.lemmas[v]))) return [];
  const owners = phrase.flatMap((c) => [...childrenBy(tree, c, 'nmod:poss'), ...childrenBy(tree, c, 'nmod').filter((m) => markerOf(tree, m) === 'of')])
    .filter((o) => tree.pos[o]?.upos !== 'PRON');
  const named = owners.flatMap((o) => actorsOfPhrase(tree, actors, o)).filter((a) => a.code);
  return named.length ? named : nationalityOf(tree, noun, kbCountry).filter((a) => a.code);
}

/**
 * Whether the failure at `noun` is one that may come, not one that came: "any failure of Iran to comply would be …",
 * "whatever reluctance …" (a determiner of the tsv's `open-determiner` rows).
 */
export function isOpenFailure(tree: Tree, noun: number): boolean {
  return childrenBy(tree, noun, 'det').some((d) => WORDS['open-determiner'].has(tree.words[d]));
}

/**
 * The clause a noun is told in: the nearest verb or copular predicate above it ("… will push up prices"). When the
 * parser made the noun the object of a verb of saying (`speechVerbs`) and hung its predicate beside it as that verb's
 * clause ("said Iran's failure to comply was a serious matter": "failure" obj of "said", "matter" ccomp of "said"), the
 * clause is that predicate, the reading judged-predicates.ts's stranded subject makes from the other side.
 */
export function clauseOfNoun(tree: Tree, noun: number, speechVerbs?: ReadonlySet<string>): number | undefined {
  const head = tree.deps[noun].head;
  if (speechVerbs && head >= 0 && tree.deps[noun].deprel === 'obj' && speechVerbs.has(tree.lemmas[head])) {
    const predicate = childrenBy(tree, head, 'ccomp').find((c) => c > noun);
    if (predicate !== undefined) return predicate;
  }
  return selfAndAncestors(tree, head).find((t) => tree.pos[t]?.upos === 'VERB' || childBy(tree, t, 'cop') !== undefined);
}
