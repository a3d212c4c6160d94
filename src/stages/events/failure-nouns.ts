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
 * does not (the caller's flags). Words: data/failure-nouns.tsv.
 */
import { assetPath, readDataText } from '../../core/assets.js';
import { DyadError } from '../../core/errors.js';
import { actorsOfPhrase, kbCountry, nationalityOf, type ActorIndex } from './participants.js';
import { childBy, childrenBy, conjuncts, isToInfinitive, markerOf, type Tree } from './tree.js';
import type { EventParticipant } from './types.js';

/** What a failure noun needs to blame: an infinitive of the act not done, or nothing more. */
type Needs = 'infinitive' | 'any';

/** Rows `noun<TAB>infinitive|any`; `#` starts a comment line. Another value, or a noun listed twice, is refused (E170). */
export function parseFailureNouns(text: string, path: string): ReadonlyMap<string, Needs> {
  const nouns = new Map<string, Needs>();
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [noun = '', needs = ''] = line.split('\t').map((f) => f.trim());
    if (!noun || (needs !== 'infinitive' && needs !== 'any')) throw new DyadError('E170', { path, line: i + 1, problem: 'expected a noun and "infinitive" or "any", tab-separated' });
    if (nouns.has(noun)) throw new DyadError('E170', { path, line: i + 1, problem: `"${noun}" is listed twice` });
    nouns.set(noun, needs);
  });
  return nouns;
}

const NOUNS = ((path) => parseFailureNouns(readDataText(path), path))(assetPath('src', 'stages', 'events', 'data', 'failure-nouns.tsv'));

/** Whether `noun` is a listed failure noun (tested first, on every token; it allocates nothing). */
export function isFailureNoun(tree: Tree, noun: number): boolean {
  return tree.pos[noun]?.upos === 'NOUN' && NOUNS.has(tree.lemmas[noun]);
}

/**
 * The sides a failure noun at `noun` blames: its owners, when it has what its row needs. "the unwillingness or
 * inability of the government of Japan to deliver": the "of" phrase and infinitive may hang on the last conjunct.
 */
export function failingSides(tree: Tree, actors: ActorIndex, noun: number): EventParticipant[] {
  const phrase = conjuncts(tree, noun);
  const infinitive = phrase.some((c) => childrenBy(tree, c, 'acl', 'xcomp').some((v) => isToInfinitive(tree, v)));
  if (NOUNS.get(tree.lemmas[noun]) === 'infinitive' && !infinitive) return [];
  const owners = phrase.flatMap((c) => [...childrenBy(tree, c, 'nmod:poss'), ...childrenBy(tree, c, 'nmod').filter((m) => markerOf(tree, m)?.toLowerCase() === 'of')])
    .filter((o) => tree.pos[o]?.upos !== 'PRON');
  const named = owners.flatMap((o) => actorsOfPhrase(tree, actors, o)).filter((a) => a.code);
  return named.length ? named : nationalityOf(tree, noun, kbCountry).filter((a) => a.code);
}

/** The clause a noun is told in: the nearest verb or copular predicate above it ("… will push up prices"). */
export function clauseOfNoun(tree: Tree, noun: number): number | undefined {
  let t = tree.deps[noun].head;
  for (let hops = 0; t >= 0 && hops < 6; hops++, t = tree.deps[t].head) {
    if (tree.pos[t]?.upos === 'VERB' || childBy(tree, t, 'cop') !== undefined) return t;
  }
  return undefined;
}
