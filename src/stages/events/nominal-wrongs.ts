/**
 * Wrongs named by a noun with their doer: "the genocide of people of the Donbass republics
 * perpetrated by the Kiev regime", "war crimes of Russian troops", "in the face of ongoing Russian
 * aggression". The noun judges as it names: whoever tells of it accuses the doer (news-dev codes such
 * phrases ACCUSE teller→doer, never the wrong itself as an act of the day). The words are the
 * `wrong-noun` class of `data/rule-words.tsv`; coding is `code-nominal.ts`'s.
 */
import { reason } from '../../lang/reason.js';
import { ruleWords } from './rule-words.js';
import { kbCountry, nationalityOf } from './participants.js';
import { childBy, childrenBy, markerOf, walk, type Tree } from './tree.js';
import type { TriggerMatch } from './triggers.js';

/** Nouns (lemmas, or "war crime" for "crime" after "war") that name a wrong and judge it. */
const WRONGS = ruleWords('wrong-noun');
/** Of all nouns, those whose "of" phrase names the doer ("the aggression of the Russian Federation"). */
const OF_DOER = ruleWords('doer-of');
/** Wrong nouns whose "of" phrase names the doer ("war crimes of Russian troops"), not the victims. */
const WRONG_OF_DOER = ruleWords('wrong-of-doer');
/** Relations that leave the noun's phrase for another clause or a list. */
const CLAUSE_BOUNDS = ['acl', 'acl:relcl', 'conj', 'appos', 'parataxis'];
/** CAMEO's "accuse" (ACCUSE allege): what a wrong named with its doer says of the doer. */
const ACCUSE_CODE = '112';

export interface NominalWrong {
  readonly match: TriggerMatch;
  /** Heads of the phrases that name the doer. */
  readonly doers: readonly number[];
}

/** Neutral nouns of conduct, and the adjectives of fault that make them a wrong ("Kiev's destructive policy"). */
const CONDUCT = ruleWords('conduct-noun');
const FAULTY = ruleWords('faulty');

/**
 * The wrong a noun names, as its `wrong-noun` key ("war crime" for "crime" with "war"), if it is one; a noun of
 * conduct (`conduct-noun`: policy, actions, behaviour …) judged by an adjective of fault (`faulty`) is one too, keyed
 * by its word, whose "of" names the doer as `doer-of` says.
 */
function wrongKey(tree: Tree, n: number): string | undefined {
  const lemma = tree.lemmas[n] ?? '';
  if (WRONGS.has(lemma)) return lemma;
  const word = tree.words[n] ?? '';
  if (CONDUCT.has(word) && hasFaultyModifier(tree, n)) return word;
  // Tried on every noun: only a noun with a compound goes on to the part with closures, whose
  // context would be allocated on every call (#13).
  return childBy(tree, n, 'compound') === undefined ? undefined : compoundKey(tree, n, lemma);
}

function hasFaultyModifier(tree: Tree, n: number): boolean {
  // The tagger reads some adjectives of fault as nouns before a plural ("the hostile actions": a compound).
  return childrenBy(tree, n, 'amod', 'compound').some((a) => FAULTY.has(tree.words[a] ?? ''));
}

function compoundKey(tree: Tree, n: number, lemma: string): string | undefined {
  const compounds = childrenBy(tree, n, 'compound').map((c) => tree.lemmas[c] ?? '');
  return compounds.map((c) => `${c} ${lemma}`).find((k) => WRONGS.has(k));
}

/**
 * The doer of a wrong noun: a "by" phrase on the noun or on its participle ("perpetrated by",
 * "committed by"), a possessor ("Russia's aggression"), an "of" phrase where the noun's "of" names
 * the doer, or an adjective naming an actor ("Russian aggression").
 */
function doersOf(tree: Tree, n: number, key: string, hasActor: (head: number) => boolean): number[] {
  // The agent may be named by its nationality only ("committed by Russian aggressors", "by Ukrainian security … forces").
  const byOf = (head: number): number[] => childrenBy(tree, head, 'nmod', 'obl', 'obl:agent').filter((m) => markerOf(tree, m) === 'by' && (hasActor(m) || nationalityOf(tree, m, kbCountry).length > 0));
  // The parser hangs the participle on the nearest noun: "the genocide of people of the Donbass republics perpetrated by".
  const phrase = [n, ...walk(tree, n, CLAUSE_BOUNDS, 3).filter((w) => w.depth > 0 && tree.baseRels[w.token] === 'nmod').map((w) => w.token)];
  const participles = phrase.flatMap((h) => childrenBy(tree, h, 'acl')).filter((v) => tree.pos[v]?.xpos === 'VBN');
  const by = [...byOf(n), ...participles.flatMap(byOf)];
  if (by.length) return by;
  const possessor = childrenBy(tree, n, 'nmod:poss').filter((p) => tree.pos[p]?.upos !== 'PRON' && hasActor(p));
  if (possessor.length) return possessor;
  const ofDoer = OF_DOER.has(key) || OF_DOER.has(`${key}s`) || WRONG_OF_DOER.has(key);
  const of = ofDoer ? childrenBy(tree, n, 'nmod').filter((m) => markerOf(tree, m) === 'of' && hasActor(m)) : [];
  if (of.length) return of;
  // "Russian aggression": the noun itself stands for the nationality adjective's country (code-nominal.ts reads it).
  return nationalityOf(tree, n, kbCountry).length ? [n] : [];
}

/** The wrong nouns of tokens [first, last) with their doer named, leaving out nouns a verb trigger already read (`used`). */
export function nominalWrongs(tree: Tree, first: number, last: number, used: ReadonlySet<number>, hasActor: (head: number) => boolean): NominalWrong[] {
  const out: NominalWrong[] = [];
  for (let n = first; n < last; n++) {
    if (used.has(n) || tree.pos[n]?.upos !== 'NOUN') continue;
    const key = wrongKey(tree, n);
    if (!key) continue;
    // "no aggression", "without provocation": a wrong denied is no accusation.
    if (childrenBy(tree, n, 'det').some((d) => tree.words[d] === 'no') || markerOf(tree, n) === 'without') continue;
    const doers = doersOf(tree, n, key, hasActor);
    if (!doers.length) continue;
    out.push({
      doers,
      match: { token: n, tokens: [n, n + 1], code: ACCUSE_CODE, kind: 'noun', noun: n, reason: reason('events/trigger-wrong-noun', { noun: key, doer: doers[0] === n ? nationalityOf(tree, n, kbCountry)[0]?.name ?? tree.words[n] : tree.words[doers[0]] }) },
    });
  }
  return out;
}
