/**
 * Adjective predicates that state an act as a verb would ("is open to dialogue", "was critical
 * of"), read from data/predicate-adjectives.tsv (split out of code-events.ts).
 */
import { DyadError } from '../../core/errors.js';
import { reason } from '../../lang/reason.js';
import { ownersOf } from './owners.js';
import { participleByAgents } from './participle-doer.js';
import { PLOVER_EVENTS, type PloverEvent } from './plover.js';
import { isPredicate } from './predicate-clause.js';
import { childrenBy, markerOf, type Tree } from './tree.js';
import type { TriggerMatch } from './triggers.js';
import { shippedTable } from './shipped-table.js';

/**
 * An adjective's act: the preposition it needs, its CAMEO code and the nouns it takes (none: any), or
 * `actor`: its phrase must name an actor or be a personal pronoun, which the discourse layer resolves
 * ("grateful to Italy", "grateful to you"; not "grateful to everyone who …", "to all our heroes"), or
 * `owner`: its noun must be owned by an actor, through a possessive or an "of" phrase ("grateful for
 * Slovakia's willingness", "for the bold position of Charles Michel"; not "for all the intelligence
 * from international partners", "for the opportunity to address you"). `denied`: the act its denial is
 * ("not satisfied with Japan's inability": ACCUSE), where denying most acts codes nothing.
 */
export interface PredicateAdjective {
  readonly prep: string; readonly code: string; readonly nouns?: ReadonlySet<string>; readonly actor?: true; readonly owner?: true; readonly party?: true;
  readonly denied?: PloverEvent;
}

/** The nouns column that asks for an actor's phrase rather than a word. */
const ACTOR = '=actor';
/** The nouns column that asks for a noun an actor owns ("Italy's support", "the position of the EU"). */
const OWNER = '=owner';
/** The nouns column that asks for either: an actor's phrase, or a noun an actor owns ("disappointed by Japan", "by the government's position"). */
const PARTY = '=party';

/**
 * Rows `adjective<TAB>preposition<TAB>CAMEO code<TAB>nouns,…[<TAB>PLOVER event when denied]`; `#` starts a comment
 * line. An adjective may have a row per preposition ("grateful to X", "grateful for X's help"), tried in file order.
 */
export function parsePredicateAdjectives(text: string, path: string): ReadonlyMap<string, readonly PredicateAdjective[]> {
  const out = new Map<string, PredicateAdjective[]>();
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [adjective = '', prep = '', code = '', nouns = '', denied = ''] = line.split('\t').map((f) => f.trim());
    if (!adjective || !prep || !/^\d{3,4}$/.test(code)) throw new DyadError('E170', { path, line: i + 1, problem: 'expected adjective, preposition, CAMEO code and optional nouns, tab-separated' });
    if (denied && !isPloverEvent(denied)) throw new DyadError('E170', { path, line: i + 1, problem: `"${denied}" (when denied) is no PLOVER event` });
    const list = nouns.split(',').map((n) => n.trim()).filter(Boolean);
    const takes = list.length === 1 && list[0] === ACTOR ? { actor: true as const }
      : list.length === 1 && list[0] === OWNER ? { owner: true as const }
        : list.length === 1 && list[0] === PARTY ? { party: true as const } : list.length ? { nouns: new Set(list) } : {};
    out.set(adjective, [...(out.get(adjective) ?? []), { prep, code, ...takes, ...(isPloverEvent(denied) ? { denied } : {}) }]);
  });
  return out;
}

function isPloverEvent(word: string): word is PloverEvent {
  return (PLOVER_EVENTS as readonly string[]).includes(word);
}

/** Predicate adjectives that state an act as a verb would (data/predicate-adjectives.tsv: "is open to dialogue"). */
const PREDICATE_ADJECTIVES = shippedTable('predicate-adjectives.tsv', parsePredicateAdjectives)();

/** "Russia is open to dialogue": an adjective predicate (with a copula or after "remain") with its preposition and noun. */
export function matchPredicateAdjective(tree: Tree, adj: number, hasActor: (head: number) => boolean, codesOf: (head: number) => readonly string[] = () => []): TriggerMatch | undefined {
  // "Japan was satisfied with the deal reached by Japanese negotiators": a doer of the subject's own side owns no act
  // the subject judges (the recipient would be the subject itself).
  const own = new Set(childrenBy(tree, adj, 'nsubj', 'nsubj:pass').flatMap(codesOf));
  const otherSide = (head: number): boolean => hasActor(head) && codesOf(head).some((c) => !own.has(c));
  // The lexicon's irregular forms give a participle adjective its verb's lemma ("satisfied" → "satisfy"): the table lists the adjective.
  const senses = PREDICATE_ADJECTIVES.get(tree.lemmas[adj]) ?? PREDICATE_ADJECTIVES.get(tree.words[adj]);
  if (!senses) return undefined;
  if (!isPredicate(tree, adj)) return undefined;
  for (const sense of senses) {
    // The parser can read "to dialogue" as an infinitive (xcomp with mark "to"): the words decide.
    const named = (o: number): boolean => !sense.nouns || sense.nouns.has(tree.words[o]) || sense.nouns.has(tree.lemmas[o]);
    // A noun that only frames the listed one names it through "of": "ready for any format of talks", "a new round of negotiations".
    // "disappointed by the tariffs announced by President Reagan", "satisfied with the measures taken by the French
    // government": an act's doer, named in the "by" phrase of a participle on its noun, owns it as a possessor would;
    // not a participle of reporting, nor a noun of reports or figures, nor a doer of the subject's side (participle-doer.ts).
    const owned = (o: number): boolean => ownersOf(tree, o).some(hasActor) || participleByAgents(tree, o, true).some(otherSide);
    const takes = (o: number): boolean => sense.actor ? hasActor(o) || tree.pos[o]?.xpos === 'PRP'
      : sense.owner ? owned(o)
        : sense.party ? hasActor(o) || owned(o)
        : named(o) || childrenBy(tree, o, 'nmod').some((m) => markerOf(tree, m) === 'of' && named(m));
    const noun = childrenBy(tree, adj, 'obl', 'nmod', 'xcomp').find((o) => takes(o) && childrenBy(tree, o, 'case', 'mark').some((c) => tree.words[c] === sense.prep));
    if (noun === undefined) continue;
    return {
      token: adj, tokens: [adj, adj + 1], code: sense.code, kind: 'verb', ...(sense.denied ? { deniedAs: sense.denied } : {}),
      reason: reason('events/trigger-predicate-adjective', { adjective: tree.words[adj], prep: sense.prep, noun: tree.words[noun] }),
    };
  }
  return undefined;
}
