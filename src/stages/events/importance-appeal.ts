/**
 * "The Russian President noted the importance of ensuring that it is fully implemented", "The
 * President emphasized the importance of taking steps to deescalate": one party stressing that an
 * act matters calls for it (REQUEST, CAMEO 020), as "stressed the need to" does; the parties
 * together ("the leaders stressed the importance of stepping up cooperation", "the importance of
 * … was emphasized") state a shared intent (AGREE, CAMEO 030, the pattern's own code). Only an
 * act to be done is called for: the importance of a thing or of another's act already done ("the
 * importance of the U.S.-Ethiopia relationship", "the importance and timeliness of the US
 * provision of … assistance") keeps the pattern's code. The words tested are in
 * data/rule-words.tsv (`importance-noun`, `joint-pronoun`, `joint-determiner`).
 */
import { reason, type Reason } from '../../lang/reason.js';
import { ruleWords } from './rule-words.js';
import { childrenBy, markerOf, subjectOf, type Tree } from './tree.js';
import type { TriggerMatch } from './triggers.js';

/** Nouns whose stress by one party calls for the act they head ("the importance of …"). */
const IMPORTANCE = ruleWords('importance-noun');
/** Subject pronouns that name several parties ("they", "we"). */
const JOINT_PRONOUNS = ruleWords('joint-pronoun');
/** Determiners that make a subject several parties ("both leaders", "all sides"). */
const JOINT_DETERMINERS = ruleWords('joint-determiner');

/** The CAMEO codes: the pattern's shared intent, and the appeal one party makes. */
const SHARED_INTENT = '030';
const APPEAL = '020';

/** The match recoded as one party's appeal, with the reason; undefined when the pattern's code stands. */
export function importanceAppeal(tree: Tree, match: TriggerMatch): { match: TriggerMatch; reason: Reason } | undefined {
  if (match.code !== SHARED_INTENT || match.kind !== 'pattern') return undefined;
  const verb = match.token;
  const noun = childrenBy(tree, verb, 'obj').find((o) => IMPORTANCE.has(tree.lemmas[o]));
  if (noun === undefined || !namesActToDo(tree, noun)) return undefined;
  const subj = subjectOf(tree, verb);
  if (!subj || subj.passive || isJoint(tree, subj.token)) return undefined;
  return {
    match: { ...match, code: APPEAL },
    reason: reason('events/importance-appeal', { verb: tree.words[verb], noun: tree.words[noun], subject: tree.words[subj.token] }),
  };
}

/** "the importance of ensuring …", "of Afghans coming together", "for Russia to unblock": a clause of an act, not a thing. */
function namesActToDo(tree: Tree, noun: number): boolean {
  return childrenBy(tree, noun, 'acl').some((c) => {
    const xpos = tree.pos[c]?.xpos;
    return xpos === 'VBG' || (xpos === 'VB' && markerOf(tree, c) === 'to');
  });
}

/** A subject naming several parties: coordinated, a plural common noun, a plural pronoun, or "both/all …". */
function isJoint(tree: Tree, subj: number): boolean {
  if (childrenBy(tree, subj, 'conj').length || tree.pos[subj]?.xpos === 'NNS') return true;
  // Word forms, lower-cased: the subject often opens the sentence ("We stressed …", "Both leaders …").
  if (JOINT_PRONOUNS.has(tree.words[subj].toLowerCase())) return true;
  return childrenBy(tree, subj, 'det', 'nummod').some((d) => JOINT_DETERMINERS.has(tree.words[d].toLowerCase()) || tree.pos[d]?.xpos === 'CD');
}
