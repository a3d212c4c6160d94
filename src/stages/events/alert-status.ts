/**
 * A raised alert status stated as a predicate: "Hundreds of marines were on alert at 11 key ports",
 * "The air force, navy and army are in a state of alert" (CAMEO 152, increase military alert status:
 * PLOVER MOBILIZE). CAMEO's patterns code putting or placing forces on alert ("put * (ON ALERT)"); being
 * on alert has no verb of the lexicon, only a copula (#12: wire statements of force readiness).
 */
import { reason } from '../../lang/reason.js';
import { ruleWords } from './rule-words.js';
import { childBy, childrenBy, markerOf, type Tree } from './tree.js';
import type { TriggerMatch } from './triggers.js';

/** The CAMEO code of a raised military alert status. */
const ALERT_CODE = '152';
/** Nouns that frame the alert through "of" ("in a state of alert"). */
const FRAMES = ruleWords('alert-frame');

/**
 * "X were on alert", "X are in a state of alert": the copular predicate at token `i` ("alert"), if it is one and
 * `isForce` says its subject names armed forces or police ("search and rescue teams are on alert" mobilise no one).
 */
export function matchAlertStatus(tree: Tree, i: number, isForce: (head: number) => boolean): TriggerMatch | undefined {
  if (tree.words[i] !== 'alert') return undefined;
  const head = tree.deps[i].head;
  const framed = head >= 0 && FRAMES.has(tree.lemmas[head]) && markerOf(tree, i) === 'of';
  const predicate = framed ? head : i;
  // "were on alert", "are in a state of alert": the predicate's own preposition and copula; "an alert was issued",
  // "the state of alert was lifted" name the alert, not forces on it. The copula only, not `isPredicate`: the forces
  // are read as the predicate's own subject, which after a linking verb ("remain on alert") hangs on the verb.
  if (!['on', 'in'].includes(markerOf(tree, predicate) ?? '') || childBy(tree, predicate, 'cop') === undefined) return undefined;
  if (!childrenBy(tree, predicate, 'nsubj').some(isForce)) return undefined;
  const from = Math.min(...childrenBy(tree, predicate, 'case'));
  return {
    token: predicate, tokens: [predicate, predicate + 1], code: ALERT_CODE, kind: 'verb',
    reason: reason('events/trigger-alert', { phrase: tree.words.slice(from, i + 1).join(' ') }),
  };
}
