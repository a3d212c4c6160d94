/**
 * "The meetings … come as interest rates are turning higher", "Two rounds of talks … come on the heels of the
 * imposition of punitive tariffs", "The meeting … comes at a time of guarded optimism": talks that "come" against other
 * news are the background of the story, told where they are held, not here (#12, session 56: training wire gold
 * "come" CONSULT 0 right of 5). Only meeting nouns (CAMEO 04x): "The two-week strike comes as Brazil faces a debt
 * crisis" reports the strike (PROTEST, right). The words are in data/rule-words.tsv.
 */
import { ruleWords } from './rule-words.js';
import { childrenBy, markerOf, type Tree } from './tree.js';

/** Verbs that set their subject event against other news ("come"). */
const TIMING_VERBS = ruleWords('timing-frame-verb');
/** The subordinator of a clause of the news set against ("as"). */
const TIMING_MARKERS = ruleWords('timing-frame-marker');
/** Nouns of a phrase of the time set against ("at a time of", "on the heels of", "in the wake of"). */
const TIMING_NOUNS = ruleWords('timing-frame-noun');

/** Whether verb `verb`, whose subject noun is coded `nounCode`, only times a meeting against other news. */
export function isTimedMeeting(tree: Tree, verb: number, nounCode: string | undefined): boolean {
  if (!TIMING_VERBS.has(tree.lemmas[verb]) || !nounCode?.startsWith('04')) return false;
  // The parser may make the "as" clause's subject a phrase of the verb ("came [as the annual meeting] … was ending").
  return childrenBy(tree, verb, 'advcl', 'obl').some((c) => TIMING_MARKERS.has(markerOf(tree, c) ?? '')) ||
    childrenBy(tree, verb, 'obl').some((o) => TIMING_NOUNS.has(tree.lemmas[o]));
}
