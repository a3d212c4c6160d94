/** A reported obligation as a REQUEST (split out of code-events.ts). */
import { reason } from '../../lang/reason.js';
import { type Context, push, reject, timeOf } from './event-context.js';
import { clauseFlags } from './flags.js';
import { refineMode } from './modes.js';
import { PLOVER_RULES } from './plover.js';
import { rolesOf } from './roles.js';
import { auxWords, childrenBy, subjectOf } from './tree.js';
import type { TriggerMatch } from './triggers.js';

const { obligation: OBLIGATION_RULE } = PLOVER_RULES;

/**
 * "The Russian side stressed that Ukraine must implement …": a reported obligation put on the
 * subject of the complement is a REQUEST from the speaker to that subject.
 */
export function codeObligation(ctx: Context, sent: number, said: number): void {
  const { tree } = ctx;
  for (const clause of childrenBy(tree, said, 'ccomp')) {
    const modal = auxWords(tree, clause).find((a) => ctx.pack.modals.obligation.has(a));
    if (!modal) continue;
    const subj = subjectOf(tree, clause);
    const speakerRoles = rolesOf(tree, ctx.pack, ctx.actors, said);
    const targetRoles = subj ? rolesOf(tree, ctx.pack, ctx.actors, clause) : undefined;
    const match: TriggerMatch = { token: clause, tokens: [clause, clause + 1], code: OBLIGATION_RULE.cameo, kind: 'verb', reason: reason('events/trigger-obligation', { said: tree.words[said], modal, verb: tree.words[clause] }) };
    // "We should thank our colleagues": an obligation the speaking side puts on itself asks no one.
    if (subj && ctx.pack.firstPerson.has(tree.words[subj.token])) continue;
    if (!speakerRoles.actors.length || !targetRoles?.actors.length) {
      reject(ctx, sent, match, 'events/no-actor', OBLIGATION_RULE.event, reason('events/no-obliged'));
      continue;
    }
    const refined = refineMode(tree, OBLIGATION_RULE.event, clause, undefined, { verbIsContent: true });
    const flags = clauseFlags(tree, ctx.pack, said, { reported: false });
    const time = timeOf(ctx, clause);
    push(ctx, {
      event: OBLIGATION_RULE.event, mode: refined?.mode ?? OBLIGATION_RULE.mode, context: [], cameo: OBLIGATION_RULE.cameo,
      actors: speakerRoles.actors, recipients: targetRoles.actors,
      negated: flags.negated, hypothetical: flags.hypothetical, future: false, historical: time.historical,
      date: time.date, dateSource: time.dateSource, confidence: 0.6, sent, match,
      why: [match.reason, refined?.reason ?? reason('events/mode-obligation', { mode: OBLIGATION_RULE.mode }), reason('events/obligation-roles')],
    });
  }
}
