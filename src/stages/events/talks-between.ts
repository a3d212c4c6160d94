/**
 * Talks named by a noun with a "between" phrase that names their parties: "Talks between unions and employers
 * yesterday and today produced no result", "discussions between Japanese officials and British corporate affairs
 * minister Michael Howard", "meetings this week in New York between … Marcano and Venezuela's 13-bank advisory
 * committee". The clause's verb says how the talks went ("produced", "were constructive") and is no event, so no verb
 * trigger reads the noun (roles.ts reads a "between" phrase only on a trigger verb: "Talks were held between …"); yet
 * the phrase tells who talked with whom: each party took part (#12: wire CONSULT told by a noun).
 */
import { reason } from '../../lang/reason.js';
import type { RuntimeLexicon } from './lexicon.js';
import type { NominalTrigger } from './nominal.js';
import { ruleWords } from './rule-words.js';
import { childrenBy, markerOf, type Tree } from './tree.js';
import { nounCode, type TriggerMatch } from './triggers.js';

/** Modifiers that make the talks a prospect ("possible talks between …"). */
const PROSPECTIVE = ruleWords('prospective');

/** The consultation nouns of tokens [first, last) whose "between" phrase names two parties or more; nouns in `used` are left out. */
export function talksBetween(tree: Tree, lexicon: RuntimeLexicon, first: number, last: number, used: ReadonlySet<number>, hasActor: (head: number) => boolean): NominalTrigger[] {
  const out: NominalTrigger[] = [];
  for (let n = first; n < last; n++) {
    if (used.has(n) || tree.pos[n]?.upos !== 'NOUN') continue;
    const code = nounCode(tree, lexicon, n);
    if (!code?.startsWith('04') || childrenBy(tree, n, 'amod').some((a) => PROSPECTIVE.has(tree.words[a].toLowerCase()))) continue;
    const between = childrenBy(tree, n, 'nmod').find((m) => markerOf(tree, m)?.toLowerCase() === 'between');
    // Both sides named as actors: "between the two sides" or "between Zaire and its creditors" alone tells too little.
    if (between === undefined || !hasActor(between) || !childrenBy(tree, between, 'conj').some(hasActor)) continue;
    const match: TriggerMatch = {
      token: n, tokens: [n, n + 1], code, kind: 'noun', noun: n,
      reason: reason('events/trigger-talks-between', { noun: tree.words[n], party: tree.words[between] }),
    };
    out.push({ match, agent: between, targets: [], joint: true });
  }
  return out;
}
