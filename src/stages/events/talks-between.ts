/**
 * Talks named by a noun with a "between" phrase that names their parties: "Talks between unions and employers
 * yesterday and today produced no result", "discussions between Japanese officials and British corporate affairs
 * minister Michael Howard", "meetings this week in New York between … Marcano and Venezuela's 13-bank advisory
 * committee". The clause's verb says how the talks went ("produced", "were constructive") and is no event, so no verb
 * trigger reads the noun (roles.ts reads a "between" phrase only on a trigger verb: "Talks were held between …"); yet
 * the phrase tells who talked with whom: each party took part (#12: wire CONSULT told by a noun). A side may be
 * named by its nationality alone ("the talks between Russian and Ukrainian representatives", as the Kremlin tells the
 * 2022 negotiations): the parser hangs such a phrase on the first adjective, read as a name, so each conjunct that
 * names no actor is read as a nationality word or a noun with one (participants.ts `jointParties`).
 */
import { reason } from '../../lang/reason.js';
import type { RuntimeLexicon } from './lexicon.js';
import type { NominalTrigger } from './nominal.js';
import { kbCountry, nationalityOf } from './participants.js';
import { ruleWords } from './rule-words.js';
import { baseRel, childrenBy, conjuncts, markerOf, type Tree } from './tree.js';
import { isForecastExistentialSubject, nounCode, type TriggerMatch } from './triggers.js';

/** Modifiers that make the talks a prospect ("possible talks between …"). */
const PROSPECTIVE = ruleWords('prospective');
/** Verbs whose object or oblique talks are asked for, refused or planned, not held ("called for talks between …"). */
const UNHELD = ruleWords('unheld-talks-verb');

/**
 * Whether the talks noun at `n` names talks nobody held: "no talks between …", "ruled out talks between …", "There
 * will be talks between …" (a forecast existential, triggers.ts; review d #3).
 */
function unheld(tree: Tree, n: number): boolean {
  if (childrenBy(tree, n, 'det').some((d) => tree.words[d] === 'no') || isForecastExistentialSubject(tree, n)) return true;
  const head = tree.deps[n]?.head ?? -1;
  return head >= 0 && ['obj', 'obl'].includes(baseRel(tree, n)) && UNHELD.has(tree.lemmas[head] ?? '');
}

/** The consultation nouns of tokens [first, last) whose "between" phrase names two parties or more; nouns in `used` are left out. */
export function talksBetween(tree: Tree, lexicon: RuntimeLexicon, first: number, last: number, used: ReadonlySet<number>, hasActor: (head: number) => boolean): NominalTrigger[] {
  const out: NominalTrigger[] = [];
  for (let n = first; n < last; n++) {
    if (used.has(n) || tree.pos[n]?.upos !== 'NOUN') continue;
    const code = nounCode(tree, lexicon, n);
    if (!code?.startsWith('04') || childrenBy(tree, n, 'amod').some((a) => PROSPECTIVE.has(tree.words[a])) || unheld(tree, n)) continue;
    const between = childrenBy(tree, n, 'nmod').find((m) => markerOf(tree, m) === 'between');
    // Both sides named as actors or nationalities: "between the two sides" or "between Zaire and its creditors" alone tells too little.
    if (between === undefined || !bothSidesNamed(tree, between, hasActor)) continue;
    const match: TriggerMatch = {
      token: n, tokens: [n, n + 1], code, kind: 'noun', noun: n,
      reason: reason('events/trigger-talks-between', { noun: tree.words[n], party: tree.words[between] }),
    };
    out.push({ match, agent: between, targets: [], joint: true });
  }
  return out;
}

/** The country a conjunct of a "between" phrase names by nationality: the word itself ("Russian", read as a name) or an adjective on it. */
function nationalCode(tree: Tree, c: number): string | undefined {
  return kbCountry(tree.words[c]) ?? nationalityOf(tree, c, kbCountry)[0]?.code;
}

/**
 * Whether the "between" phrase headed by `between` names two sides: its head and a conjunct as actors, or at least
 * two conjuncts naming different countries by nationality ("between Russian and Ukrainian representatives").
 */
function bothSidesNamed(tree: Tree, between: number, hasActor: (head: number) => boolean): boolean {
  if (hasActor(between) && childrenBy(tree, between, 'conj').some(hasActor)) return true;
  const countries = new Set(conjuncts(tree, between).map((c) => nationalCode(tree, c)).filter((code) => code !== undefined));
  return countries.size >= 2;
}
