/**
 * Praise told as a copula's verdict in reported speech (#12), the mirror of judged-predicates.ts's damning verdicts:
 * "Miyazawa said the Paris currency accord had been successful", "Ortiz Mena said the country's moratorium was the
 * right action", "a decision by the U.S. Securities and Exchange Commission … was a constructive development" (training
 * wire gold SUPPORT speaker → the side whose act is praised), "Mark Oaten said the government was right to want to
 * increase the links between local people and the police" (BBC). A praising adjective or noun said of another side, or
 * of what another side did or proposed, is the speaker's praise (SUPPORT, CAMEO 051, as "praise" is).
 *
 * The praised side is the subject itself, or the doer of the act it names: its owner ("the country's moratorium"), its
 * qualifier ("the Louvre accord"), its nationality ("the Japanese package") or its "by" agent. Only an act or plan noun
 * (data kind `act`, rule-words proposal-noun and conduct-noun) names a deed: "the talks were constructive", "the jobs
 * data were encouraging", "sterling's rise is welcome" praise no one. An act's other phrases name whom it was done with
 * or to ("the talks with France", "the accord with Brazil"): such a phrase naming a side refuses the praise, as the
 * doer is not told apart. Only a `side` word ("right", "wise", "constructive") praises a side itself: "Russian tourists
 * were welcome", "Washington was positive about a ceasefire", "the plan was successful" praise no side named as the
 * subject. A verdict of effect ("is helpful for American suppliers", "positive for sterling"), a measure's date of force
 * ("effective from April 1") or what an act achieved ("effective in wearing down defences") is an assessment, not
 * praise. Words: data/praised-predicates.tsv.
 */
import type { ActorIndex } from './participants.js';
import { ruleWords } from './rule-words.js';
import { childrenBy, firstOfPhrase, markerOf, type Tree } from './tree.js';
import type { EventParticipant } from './types.js';
import { parseKindWords } from '../../core/kind-words.js';
import { deedDoers } from './deed-doers.js';
import { shippedTable } from './shipped-table.js';

const KINDS = ['praise', 'side', 'outcome', 'in-force', 'in-force-marker', 'act'] as const;
type Kind = (typeof KINDS)[number];
/** Kinds whose words must also be `praise` rows: they say more of a praise word. */
const OF_PRAISE: readonly Kind[] = ['side', 'outcome', 'in-force'];

/**
 * Rows `kind<TAB>word`; `#` starts a comment line. A row of another kind, a word listed twice in a kind, or a `side`,
 * `outcome` or `in-force` word that is no `praise` row above it, is refused (E170).
 */
export function parsePraisedPredicates(text: string, path: string): Readonly<Record<Kind, ReadonlySet<string>>> {
  return parseKindWords(text, path, KINDS, (kind, word, above) =>
    (OF_PRAISE.includes(kind) && !above.praise.has(word) ? `"${word}" is ${kind} but no praise row above it` : undefined));
}

const WORDS = shippedTable('praised-predicates.tsv', parsePraisedPredicates)();
/** The praise words of the file, for steps that read a judgement as a class (statement-stance.ts). */
export const praiseWords = (): ReadonlySet<string> => WORDS.praise;
/** Nouns of a deed or plan that praise can judge. */
const ACT_NOUNS = new Set([...WORDS.act, ...ruleWords('proposal-noun'), ...ruleWords('conduct-noun')]);

const isListed = (set: ReadonlySet<string>, tree: Tree, t: number): boolean => set.has(tree.lemmas[t]) || set.has(tree.words[t]);

/**
 * The praising word of the predicate at `head`: the head itself ("was constructive", "a success") or, for a noun, its
 * adjective ("a constructive development", "the right action"); undefined when none praises.
 */
export function praiseWordOf(tree: Tree, head: number): number | undefined {
  const upos = tree.pos[head]?.upos;
  if (upos !== 'ADJ' && upos !== 'NOUN') return undefined;
  if (isListed(WORDS.praise, tree, head)) return head;
  return upos === 'NOUN' ? childrenBy(tree, head, 'amod').find((a) => isListed(WORDS.praise, tree, a)) : undefined;
}

/**
 * Whether praise word `word` may praise a side itself (`side` rows: "Washington was right to act", "China has been
 * helpful"). The others praise only a deed: "Russian tourists were welcome" (welcome to come), "Washington was positive
 * about a ceasefire" (hopeful), "India was capable" tell a side's state, not the speaker's praise.
 */
export function praisesSide(tree: Tree, word: number): boolean {
  return isListed(WORDS.side, tree, word);
}

/** Whether the noun `t` names a deed or plan a verdict can judge ("the moratorium", "the plan", "the decision"). */
export function isActNoun(tree: Tree, t: number): boolean {
  return ACT_NOUNS.has(tree.lemmas[t]);
}

/**
 * "is helpful for American suppliers", "positive for sterling", "welcome to investors": whom it suits, not praise;
 * "are capable of purchasing a lot": what a side can do, not praise of what it did; "positive about a ceasefire": a
 * hope about a thing. "Japan's measures are effective from April 1": when a measure takes force (`in-force` word with
 * an `in-force-marker` or a time); "Russia's strategy had been effective in wearing down Ukrainian defences": what an
 * act achieved (an `outcome` word with an "in"/"at" phrase of a deed), an assessment, not praise.
 */
export function isEffectVerdict(tree: Tree, head: number, word: number): boolean {
  const mods = [head, word].flatMap((h) => tree.children[h].map((m) => ({ h, m, rel: tree.deps[m].deprel, marker: markerOf(tree, m) ?? '' })));
  if (mods.some(({ h, rel, marker }) => /^(obl|nmod|advcl|acl)/.test(rel) && ['for', 'to', 'about', ...(tree.pos[h]?.upos === 'ADJ' ? ['of'] : [])].includes(marker))) return true;
  // "effective from April 1" can be parsed with "from" on "April" under "1" (obl:unmarked): the phrase's first word counts.
  if (isListed(WORDS['in-force'], tree, word) && mods.some(({ m, rel, marker }) => WORDS['in-force-marker'].has(marker)
    || WORDS['in-force-marker'].has(tree.words[firstOfPhrase(tree, m)]) || ['obl:tmod', 'obl:unmarked', 'obl:npmod'].includes(rel))) return true;
  return isListed(WORDS.outcome, tree, word) && mods.some(({ m, rel, marker }) => /^(obl|advcl)/.test(rel) && (marker === 'in' || marker === 'at')
    && (tree.pos[m]?.upos === 'VERB' || tree.words[m].endsWith('ing')));
}

/**
 * The sides the subject `subj` praises when praise word `word` is said of it, other than `speaker`'s (by `isOther`):
 * the subject itself when it is a side, else the doers of the act it names. Empty when it names no side's deed, or
 * names a side the act was done with or to.
 */
export function praisedSides(tree: Tree, actors: ActorIndex, subj: number, word: number, isOther: (p: EventParticipant) => boolean): EventParticipant[] {
  const own = actors.at(subj);
  if (own?.code) return praisesSide(tree, word) ? actors.expand(own).filter((a) => a.code && isOther(a)) : [];
  if (!isActNoun(tree, subj)) return [];
  return deedDoers(tree, actors, subj, isOther);
}
