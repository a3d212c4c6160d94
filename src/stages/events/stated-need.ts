/**
 * "The President of Ukraine stressed that a complete ceasefire is needed", "Immediate closure of the sky over Ukraine
 * is needed", "a new sanctions package is needed": a need stated in the passive, with no one named who needs it, is
 * its teller's call for the thing (REQUEST, CAMEO 020), whatever the verb's patterns code for the thing needed (the
 * lexicon's "need … sanctions" is a threat, its "need … (against)" an accusation: said of a thing that no one is
 * named to need, only the call is an act). The teller is the speaker of reported speech, else the official site whose
 * own words these are (`teller.ts`). Only a clause that says it (a main clause, or what a speech verb says), in the
 * present: "sanctions that are needed to …", "when help is needed" and "were needed" only describe. The verbs are in data/rule-words.tsv
 * (`stated-need`).
 */
import { reason, type Reason } from '../../lang/reason.js';
import { ruleWords } from './rule-words.js';
import { childrenBy, markerOf, subjectOf, type Tree } from './tree.js';
import type { TriggerMatch } from './triggers.js';

/** Verbs (lemmas) whose agentless passive states a need. */
const NEED = ruleWords('stated-need');
/** The CAMEO code of the call. */
const APPEAL = '020';
/** Relations of a clause that states its need itself: the sentence's own, or what is said. */
const STATING = new Set(['root', 'ccomp', 'parataxis']);

/** Tags of a present-tense auxiliary. */
const PRESENT = new Set(['VBZ', 'VBP']);

/** A clause that states its need: the sentence's own, what is said, or one coordinated with such a clause. */
function isStated(tree: Tree, verb: number): boolean {
  let at = verb;
  while (tree.deps[at].deprel === 'conj' && tree.deps[at].head >= 0) at = tree.deps[at].head;
  return STATING.has(tree.deps[at].deprel);
}

/** The match recoded as the teller's call, with the reason; undefined when the need is not stated so. */
export function statedNeed(tree: Tree, match: TriggerMatch): { match: TriggerMatch; reason: Reason } | undefined {
  const verb = match.token;
  if (match.kind === 'noun' || !NEED.has(tree.lemmas[verb]) || !isStated(tree, verb)) return undefined;
  const subj = subjectOf(tree, verb);
  if (!subj?.passive || subj.token === verb) return undefined;
  // "is needed", "are needed": a call is made now; "the subsidies were needed to support …" explains the past.
  if (!childrenBy(tree, verb, 'aux:pass').some((a) => PRESENT.has(tree.pos[a]?.xpos ?? ''))) return undefined;
  // "are needed by the army": whoever needs it is named.
  if (childrenBy(tree, verb, 'obl:agent', 'obl', 'nmod:agent').some((o) => markerOf(tree, o) === 'by')) return undefined;
  return { match: { ...match, code: APPEAL }, reason: reason('events/stated-need', { verb: tree.words[verb], thing: tree.words[subj.token] }) };
}
