/**
 * The doer of an act named by a noun through a past participle's "by" phrase ("the tariffs announced by Reagan") or the
 * noun's own ("the invasion of Cyprus by Greece"), shared by roles.ts (a judged phrase's recipient) and
 * predicate-adjectives.ts (an owned act), so both apply the same exclusions.
 */
import { ruleWords } from './rule-words.js';
import { childrenBy, markerOf, type Tree } from './tree.js';

/** Verbs whose participle's "by" agent is the noun's source, not its doer ("the killings reported by the UN"). */
const SOURCE_PARTICIPLES = ruleWords('source-participle');
/** Nouns of reports and figures: their publisher did no act ("the statistics released by the Commission"). */
const REPORT_NOUNS = ruleWords('report-noun');

/**
 * The "by" phrases of the past participles modifying `noun` ("the measures taken by France"): none of a participle of
 * reporting (rule-words `source-participle`), whose agent told of the act; with `acts`, none on a noun of reports or
 * figures (rule-words `report-noun`), which names no act a feeling or verdict is about ("disappointed by the
 * statistics released by the Commission"; a verb that rejects "the report published by HRW" still answers HRW).
 */
export function participleByAgents(tree: Tree, noun: number, acts = false): number[] {
  if (acts && (REPORT_NOUNS.has(tree.lemmas[noun]) || REPORT_NOUNS.has(tree.words[noun]?.toLowerCase() ?? ''))) return [];
  return childrenBy(tree, noun, 'acl')
    .filter((p) => tree.pos[p]?.xpos === 'VBN' && !SOURCE_PARTICIPLES.has(tree.lemmas[p]))
    .flatMap((p) => childrenBy(tree, p, 'obl:agent', 'obl', 'nmod:agent').filter((o) => markerOf(tree, o) === 'by'));
}

/**
 * The "by" phrases naming who did the act `noun` names: its own ("the invasion of Cyprus by Greece", "the use of water
 * cannon by police"), then its participles' (`participleByAgents`, with the same exclusions). With `acts`, none on a
 * noun of reports or figures: "the report by HRW" names its author, no act judged (rule-words `report-noun`).
 */
export function actByAgents(tree: Tree, noun: number, acts = false): number[] {
  if (acts && (REPORT_NOUNS.has(tree.lemmas[noun]) || REPORT_NOUNS.has(tree.words[noun]?.toLowerCase() ?? ''))) return [];
  return [...childrenBy(tree, noun, 'nmod').filter((m) => markerOf(tree, m) === 'by'), ...participleByAgents(tree, noun, acts)];
}
