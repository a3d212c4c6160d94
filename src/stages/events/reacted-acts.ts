/**
 * An act named by a noun that a verb of praise or blame takes as its object, with its doer named: "The President
 * welcomed the release of hostages by Hamas" tells Hamas's release as well as the welcome (the training gold codes both;
 * #12, rv-d #4). nominal.ts reads only conflict nouns this way, since a cooperative noun with a possessor names a
 * standing relation more often than an act of the day; under a reaction verb the noun is a done act. Only the nouns of
 * rule-words `reacted-act-noun` (acts, not appeals or relations) and only with a "by" phrase or a possessor naming an
 * actor: "the release of two hostages from Gaza" names no doer, and the welcomer is not one.
 */
import { reason } from '../../lang/reason.js';
import type { RuntimeLexicon } from './lexicon.js';
import type { NominalTrigger } from './nominal.js';
import { ruleWords } from './rule-words.js';
import { childrenBy, markerOf, type Tree } from './tree.js';
import { nounCode, type TriggerMatch } from './triggers.js';

/** Verbs of praise or blame whose object act is an event of its own (rule-words `reaction-verb`). */
const REACTION_VERBS = ruleWords('reaction-verb');

/** Event nouns that name a done act under a reaction verb (rule-words `reacted-act-noun`). */
const ACT_NOUNS = ruleWords('reacted-act-noun');

/** Nouns of a published text or recording (rule-words `publication-noun`): "the release of the report" frees no one. */
const PUBLICATIONS = ruleWords('publication-noun');

/** Prepositions whose object is the one the act is done to (rule-words `target-marker`, as nominal.ts reads them). */
const TARGET_MARKERS = ruleWords('target-marker');

/** The reaction verb whose object noun `n` is, directly or as a conjunct of its object; undefined for none. */
function reactionOf(tree: Tree, n: number): number | undefined {
  let noun = n;
  if (tree.deps[noun].deprel === 'conj') noun = tree.deps[noun].head;
  const verb = noun >= 0 ? tree.deps[noun].head : -1;
  if (verb < 0 || tree.deps[noun].deprel !== 'obj' || !REACTION_VERBS.has(tree.lemmas[verb])) return undefined;
  return verb;
}

/**
 * The act nouns of tokens [first, last) that a reaction verb takes with a named doer, as nominal triggers. A noun the
 * reaction verb's own pattern read (`used` in code-events.ts) is still read here: that reading is the welcome's.
 */
export function reactedActs(tree: Tree, lexicon: RuntimeLexicon, first: number, last: number, hasActor: (head: number) => boolean): NominalTrigger[] {
  const out: NominalTrigger[] = [];
  for (let n = first; n < last; n++) {
    if (tree.pos[n]?.upos !== 'NOUN' || !ACT_NOUNS.has(tree.lemmas[n])) continue;
    const verb = reactionOf(tree, n);
    const code = verb === undefined ? undefined : nounCode(tree, lexicon, n);
    if (verb === undefined || code === undefined || !lexicon.cameo[code]) continue;
    const by = childrenBy(tree, n, 'nmod').find((m) => markerOf(tree, m) === 'by' && hasActor(m));
    const possessor = childrenBy(tree, n, 'nmod:poss').find((p) => tree.pos[p]?.upos !== 'PRON' && hasActor(p));
    const agent = by ?? possessor;
    if (agent === undefined) continue;
    if (childrenBy(tree, n, 'nmod').some((m) => markerOf(tree, m) === 'of' && PUBLICATIONS.has(tree.lemmas[m]))) continue;
    const targets = childrenBy(tree, n, 'nmod').filter((m) => m !== agent && TARGET_MARKERS.has(markerOf(tree, m) ?? ''));
    const match: TriggerMatch = {
      token: n, tokens: [n, n + 1], code, kind: 'noun', noun: n,
      reason: reason('events/trigger-reacted-act', { noun: tree.words[n], agent: tree.words[agent], verb: tree.words[verb] }),
    };
    out.push({ match, agent, targets });
  }
  return out;
}
