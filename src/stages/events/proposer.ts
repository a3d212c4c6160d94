/**
 * Whom opposition to a proposal is addressed to when the sentence names it only as "the plan", "such
 * a move", "the bills": wire stories name the proposer once ("The EC Commission proposed a tax on oils
 * and fats …") and then report each side's stand on it ("West Germany has opposed the plan"). CAMEO's
 * 12x codes the rejection against the proposal's owner, as the gold does (#12); the nearest proposer
 * the article named before the verb is taken, none if it named none.
 */
import { reason, type Reason } from '../../lang/reason.js';
import { actorsOfPhrase, possessorOf, type ActorIndex } from './participants.js';
import { ruleWords } from './rule-words.js';
import { CLAUSE_RELS, childrenBy, markerOf, subjectOf, walk, type Tree } from './tree.js';
import type { EventParticipant } from './types.js';

/** Nouns (lemmas) of a proposal a side can oppose (rule-words `proposal-noun`). */
const PROPOSALS = ruleWords('proposal-noun');

/** Verbs (lemmas) whose subject puts a proposal forward (rule-words `proposing-verb`). */
const PROPOSING = ruleWords('proposing-verb');

/**
 * The proposal `verb` opposes, when its owner is not named with it: the object ("opposed the plan")
 * or the "to" phrase ("objects to the scheme", "are opposed to proposed limits"), with no possessor.
 */
export function ownerlessProposal(tree: Tree, verb: number): number | undefined {
  const args = [...childrenBy(tree, verb, 'obj'), ...childrenBy(tree, verb, 'obl').filter((o) => markerOf(tree, o) === 'to')];
  // "objects to some of its proposals": the proposal is the part's "of" phrase.
  const parts = args.flatMap((a) => [a, ...childrenBy(tree, a, 'nmod').filter((m) => markerOf(tree, m) === 'of')]);
  // "proposed limits": a noun the participle calls proposed is one too.
  const proposal = (a: number) => PROPOSALS.has(tree.lemmas[a]) || childrenBy(tree, a, 'amod').some((m) => PROPOSING.has(tree.lemmas[m]));
  // "its proposals": a pronoun owner is the proposer named before, sought as for none.
  const owned = (a: number) => childrenBy(tree, a, 'nmod:poss').some((p) => tree.pos[p]?.upos !== 'PRON');
  return parts.find((a) => proposal(a) && !owned(a));
}

/**
 * The actors who last put a proposal forward before `verb`: the active subject of a proposing verb,
 * or the possessor or "by" agent of a proposal noun ("the Commission's plan", "a proposal still under
 * consideration by the EC"), none of them among `opposers`.
 */
export function proposerBefore(tree: Tree, actors: ActorIndex, verb: number, opposers: readonly EventParticipant[]): { found: EventParticipant[]; reason: Reason } | undefined {
  const others = (found: EventParticipant[]) => found.filter((p) => !opposers.some((o) => o.code === p.code));
  // "France supports the Commission's plans but objects to some of its proposals": the sentence's own words before the verb first.
  for (let t = verb - 1; t >= 0; t--) {
    let found: EventParticipant[] = [];
    if (PROPOSING.has(tree.lemmas[t]) && tree.pos[t]?.upos === 'VERB') {
      const subj = subjectOf(tree, t);
      found = subj && !subj.passive ? others(actorsOfPhrase(tree, actors, subj.token)) : [];
    } else if (PROPOSALS.has(tree.lemmas[t])) found = others([...possessorOf(tree, actors, t), ...agentsUnder(tree, actors, t)]);
    if (found.length) return { found, reason: reason('events/proposer', { proposer: found[0].name, word: tree.words[t] }) };
  }
  return undefined;
}

/** Markers of a legislature a bill is before ("legislation pending in Congress", "the bill before parliament"). */
const BEFORE_LEGISLATURE = new Set(['in', 'before']);

/**
 * The actors of a "by" phrase within a few words under proposal `noun` ("a proposal … under
 * consideration by the EC"), or of the legislature it is pending in, whose bill it is.
 */
function agentsUnder(tree: Tree, actors: ActorIndex, noun: number): EventParticipant[] {
  return walk(tree, noun, CLAUSE_RELS.filter((r) => r !== 'acl'), 3).flatMap(({ token }) => {
    const marker = token === noun ? undefined : markerOf(tree, token);
    if (marker === 'by') return actorsOfPhrase(tree, actors, token);
    return marker !== undefined && BEFORE_LEGISLATURE.has(marker) ? actorsOfPhrase(tree, actors, token).filter((p) => p.sector === 'LEG') : [];
  });
}
