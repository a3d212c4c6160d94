/**
 * Adjective predicates that state an act as a verb would ("is open to dialogue", "was critical
 * of"), read from data/predicate-adjectives.tsv (split out of code-events.ts).
 */
import { assetPath, readDataText } from '../../core/assets.js';
import { DyadError } from '../../core/errors.js';
import { reason } from '../../lang/reason.js';
import { ruleWords } from './rule-words.js';
import { childBy, childrenBy, type Tree } from './tree.js';
import type { TriggerMatch } from './triggers.js';

/** An adjective's act: the preposition it needs, its CAMEO code and the nouns it takes (none: any). */
export interface PredicateAdjective { readonly prep: string; readonly code: string; readonly nouns?: ReadonlySet<string> }

/** Rows `adjective<TAB>preposition<TAB>CAMEO code<TAB>nouns,…`; `#` starts a comment line. */
export function parsePredicateAdjectives(text: string, path: string): ReadonlyMap<string, PredicateAdjective> {
  const out = new Map<string, PredicateAdjective>();
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [adjective = '', prep = '', code = '', nouns = ''] = line.split('\t').map((f) => f.trim());
    if (!adjective || !prep || !/^\d{3,4}$/.test(code)) throw new DyadError('E170', { path, line: i + 1, problem: 'expected adjective, preposition, CAMEO code and optional nouns, tab-separated' });
    const list = nouns.split(',').map((n) => n.trim()).filter(Boolean);
    out.set(adjective, { prep, code, ...(list.length ? { nouns: new Set(list) } : {}) });
  });
  return out;
}

/** Predicate adjectives that state an act as a verb would (data/predicate-adjectives.tsv: "is open to dialogue"). */
const PREDICATE_ADJECTIVES = ((path) => parsePredicateAdjectives(readDataText(path), path))(assetPath('src', 'stages', 'events', 'data', 'predicate-adjectives.tsv'));
/** Linking verbs an adjective predicate can follow as their complement ("remains open to …"). */
const LINKING = ruleWords('linking');

/** "Russia is open to dialogue": an adjective predicate (with a copula or after "remain") with its preposition and noun. */
export function matchPredicateAdjective(tree: Tree, adj: number): TriggerMatch | undefined {
  const sense = PREDICATE_ADJECTIVES.get(tree.lemmas[adj]);
  if (!sense) return undefined;
  const predicate = childBy(tree, adj, 'cop') !== undefined
    || (tree.deps[adj].deprel === 'xcomp' && LINKING.has(tree.lemmas[tree.deps[adj].head] ?? ''));
  if (!predicate) return undefined;
  // The parser can read "to dialogue" as an infinitive (xcomp with mark "to"): the words decide.
  const noun = childrenBy(tree, adj, 'obl', 'nmod', 'xcomp').find((o) => (!sense.nouns || sense.nouns.has(tree.words[o]) || sense.nouns.has(tree.lemmas[o]))
    && childrenBy(tree, o, 'case', 'mark').some((c) => tree.words[c] === sense.prep));
  if (noun === undefined) return undefined;
  return {
    token: adj, tokens: [adj, adj + 1], code: sense.code, kind: 'verb',
    reason: reason('events/trigger-predicate-adjective', { adjective: tree.words[adj], prep: sense.prep, noun: tree.words[noun] }),
  };
}
