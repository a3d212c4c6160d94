/**
 * The recipient phrases of a reduced relative that the parser hung on its "by" agent: in "the weapons supplied by Iran
 * to Hezbollah" and "the sanctions lifted by the United States on Cuba" the "to"/"on" phrase is an `nmod` of the
 * agent noun before it, not the participle's own, so the participle found no recipient (review c #4, #5; #12).
 */
import { describedNounOf } from './patterns.js';
import { ruleWords } from './rule-words.js';
import { childrenBy, markerOf, type Tree } from './tree.js';

/** Markers of such a phrase (data/rule-words.tsv `agent-hung-recipient-marker`). */
const AGENT_HUNG_MARKERS = ruleWords('agent-hung-recipient-marker');

/**
 * The phrases of the "by" agent `agent` of participle `verb` that are the participle's recipient phrases, when the
 * participle describes a noun. Empty for any other verb: a finite verb's agent phrase keeps its own modifiers.
 */
export function agentHungRecipientPhrases(tree: Tree, verb: number, agent: number | undefined): number[] {
  if (agent === undefined || describedNounOf(tree, verb) === undefined) return [];
  return childrenBy(tree, agent, 'nmod').filter((m) => AGENT_HUNG_MARKERS.has(markerOf(tree, m) ?? ''));
}
