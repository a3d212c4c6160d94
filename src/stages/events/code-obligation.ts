/** A reported obligation as a REQUEST (split out of code-events.ts). */
import { reason } from '../../lang/reason.js';
import { readoutCounterparts } from '../discourse/implicit.js';
import { type Context, push, reject, timeOf } from './event-context.js';
import { clauseFlags } from './flags.js';
import { refineMode } from './modes.js';
import { PLOVER_RULES } from './plover.js';
import { rolesOf } from './roles.js';
import { ruleWords } from './rule-words.js';
import { auxWords, childrenBy, subjectOf, walk, type Tree } from './tree.js';
import type { TriggerMatch } from './triggers.js';
import type { EventParticipant } from './types.js';

const { obligation: OBLIGATION_RULE } = PLOVER_RULES;

/** Singular nouns of a body of people ("the leadership of …"): an obligation put on one binds its party. */
const PARTY_NOUNS = ruleWords('party-noun');
/** Acts only a party carries out: an obligation to do one that names no party asks the readout's other side. */
const PARTY_ACTS = ruleWords('party-act');
/** "the world", "everyone": an obligation put on all asks no one side. */
const EVERYONE = ruleWords('everyone-noun');
/** Verbs that with a "to" infinitive state an obligation as a modal does ("need to open", "would have to abandon"). */
const SEMI_MODALS = ruleWords('semi-modal');
/** "has yet to decide": adverbs that turn a semi-modal into an act not done so far, no duty. */
const NOT_YET = ruleWords('not-yet-adverb');

/**
 * "The Russian side stressed that Ukraine must implement …": a reported obligation put on the
 * subject of the complement is a REQUEST from the speaker to that subject.
 */
export function codeObligation(ctx: Context, sent: number, said: number): void {
  const { tree } = ctx;
  for (const clause of childrenBy(tree, said, 'ccomp')) {
    const obligation = obligationOf(ctx, clause);
    if (!obligation) continue;
    const { modal, act } = obligation;
    const ownSubj = subjectOf(tree, clause);
    const objectSubj = ownSubj ? undefined : objectSubjectOf(ctx, said, clause);
    // "the EMS has to be reinforced": the subject of a passive infinitive is what is to be done, as a passive clause's is.
    const passiveAct = act !== clause && childrenBy(tree, act, 'aux:pass').length > 0;
    const found = ownSubj ?? objectSubj;
    const subj = found && passiveAct ? { ...found, passive: true } : found;
    const speakerRoles = rolesOf(tree, ctx.pack, ctx.actors, said);
    const targetRoles = ownSubj ? rolesOf(tree, ctx.pack, ctx.actors, clause) : objectSubj ? { actors: speakerRoles.recipients, reasons: [] } : undefined;
    let obliged = subj && targetRoles ? obligedOf(ctx, subj, targetRoles) : [];
    const match: TriggerMatch = { token: clause, tokens: [clause, clause + 1], code: OBLIGATION_RULE.cameo, kind: 'verb', reason: reason('events/trigger-obligation', { said: tree.words[said], modal, verb: tree.words[act] }) };
    // "We should thank our colleagues": an obligation the speaking side puts on itself asks no one.
    if (subj && ctx.pack.firstPerson.has(tree.words[subj.token])) continue;
    const why = objectSubj === undefined ? [match.reason] : [match.reason, reason('events/obligation-object-subject', { subject: tree.words[objectSubj.token] })];
    if (!obliged.length && isPartyAct(tree, act) && !(subj && EVERYONE.has(tree.lemmas[subj.token])) && ctx.doc.layers.discourse?.publisher) {
      // "He stressed that sanctions should be imposed": an act no party is named for, in a readout,
      // is asked of the meeting's other side; a state or a forecast ("should become") asks no one.
      // Only a side's own readout is about its one meeting: in a wire story the talks are one event
      // among others, and "quotas must be negotiated sometime", "the policing role of GATT must be
      // strengthened" ask the story's meeting of no one (as `readoutActors` leaves wire stories out).
      const other = readoutCounterparts(ctx.doc.layers.discourse, sent, OBLIGATION_RULE.event, speakerRoles.actors);
      if (other) { obliged = other.recipients.flatMap((m) => ctx.actors.expand(m)); why.push(other.reason); }
    }
    if (!speakerRoles.actors.length || !obliged.length) {
      reject(ctx, sent, match, 'events/no-actor', OBLIGATION_RULE.event, reason('events/no-obliged'));
      continue;
    }
    const refined = refineMode(tree, OBLIGATION_RULE.event, act, undefined, { verbIsContent: true });
    const flags = clauseFlags(tree, ctx.pack, said, { reported: false });
    // The demand is made when it is said: a date inside the demanded clause is its deadline ("reiterated that Hamas
    // must release all hostages by Saturday"), not the day of the request.
    const time = timeOf(ctx, said);
    push(ctx, {
      event: OBLIGATION_RULE.event, mode: refined?.mode ?? OBLIGATION_RULE.mode, context: [], cameo: OBLIGATION_RULE.cameo,
      actors: speakerRoles.actors, recipients: obliged,
      negated: flags.negated, hypothetical: flags.hypothetical, future: false, historical: time.historical,
      date: time.date, dateSource: time.dateSource, confidence: 0.6, sent, match,
      why: [...why, refined?.reason ?? reason('events/mode-obligation', { mode: OBLIGATION_RULE.mode }), reason('events/obligation-roles')],
    });
  }
}

/**
 * The obligation a content clause states: an obligation modal on its verb ("must open"), or a `semi-modal` verb with
 * a "to" infinitive and no object ("needs to open", "would have to abandon"; "needed more time" states no duty), not
 * denied ("did not need to", "no longer needs to" lift one) nor an act not yet done ("has yet to decide"). `act` is the
 * verb of what is to be done.
 */
function obligationOf(ctx: Context, clause: number): { modal: string; act: number } | undefined {
  const { tree } = ctx;
  const modal = auxWords(tree, clause).find((a) => ctx.pack.modals.obligation.has(a));
  if (modal) return { modal, act: clause };
  if (!SEMI_MODALS.has(tree.lemmas[clause]) || tree.pos[clause]?.upos !== 'VERB' || childrenBy(tree, clause, 'obj').length) return undefined;
  // One reading of negation for every clause (flags.ts), so "no longer needs to" and "hardly needs to" lift a duty too.
  if (clauseFlags(tree, ctx.pack, clause, { reported: false }).negated) return undefined;
  const act = childrenBy(tree, clause, 'xcomp').find((x) => tree.pos[x]?.upos === 'VERB' && childrenBy(tree, x, 'mark').some((m) => tree.lemmas[m] === 'to'));
  if (act === undefined || [clause, act].some((v) => childrenBy(tree, v, 'advmod').some((a) => NOT_YET.has(tree.lemmas[a])))) return undefined;
  return { modal: `${tree.words[clause]} to`, act };
}

/**
 * "said Japan must open its markets", "said Italy would have to abandon …": with no "that", the parser hangs the
 * content clause's subject on the statement verb as its object. An object right before a clause that has no subject
 * of its own, with only the clause's own words between them, is that subject. Not after a telling verb, whose object
 * is the one told ("told Japan it must …").
 */
function objectSubjectOf(ctx: Context, said: number, clause: number): { token: number; passive: boolean } | undefined {
  const { tree } = ctx;
  if (ctx.pack.tellingVerbs.has(tree.lemmas[said])) return undefined;
  const obj = childrenBy(tree, said, 'obj').find((o) => o > said && o < clause);
  if (obj === undefined) return undefined;
  const end = Math.max(...walk(tree, obj).map((w) => w.token));
  for (let t = end + 1; t < clause; t++) if (tree.deps[t].head !== clause) return undefined;
  return { token: obj, passive: false };
}

/**
 * Whom an obligation binds: the party its subject names. A passive subject is what is to be done
 * ("Ukraine should not be left alone", "sanctions should be imposed"), and its doer only a "by"
 * phrase names. An active subject binds a party when it is one: a mention, a pronoun standing for
 * one, or a plural or a body of people qualified by one ("the leaders of Iran", "Russian forces",
 * "the leadership of the aggressor country"); another singular thing of a party says what should
 * happen, not who should act ("Malaysia's recovery should receive a boost", "restricting Russia's
 * access to funds should weaken …"). Other actors the clause's roles fall back on (the nearest one
 * named before it) are not the subject's.
 */
function obligedOf(ctx: Context, subj: { token: number; passive: boolean }, roles: { actors: EventParticipant[]; reasons: readonly { rule: string }[] }): EventParticipant[] {
  const { tree } = ctx;
  if (subj.passive) return roles.reasons.some((r) => r.rule === 'roles/passive-agent') ? roles.actors : [];
  if (ctx.pack.pronouns.has(tree.words[subj.token]) || isRelativePronoun(tree, subj.token)) return roles.actors;
  if (!ctx.actors.at(subj.token) && !isPlural(tree, subj.token) && !PARTY_NOUNS.has(tree.lemmas[subj.token])) return [];
  const phrase = new Set(walk(tree, subj.token).map((w) => w.token));
  return roles.actors.filter((a) => phrase.has(a.tokens[0]));
}

/** "should impose", "should be approved": an act a party carries out, not a state ("should remain firm"). */
function isPartyAct(tree: Tree, verb: number): boolean {
  return tree.pos[verb]?.upos === 'VERB' && PARTY_ACTS.has(tree.lemmas[verb]);
}

function isPlural(tree: Tree, token: number): boolean {
  return ['NNS', 'NNPS'].includes(tree.pos[token]?.xpos ?? '');
}

/** "the guarantor countries, which must ensure …": the relative pronoun stands for its antecedent. */
function isRelativePronoun(tree: Tree, token: number): boolean {
  return tree.pos[token]?.upos === 'PRON' && tree.deps[tree.deps[token].head]?.deprel === 'acl:relcl';
}
