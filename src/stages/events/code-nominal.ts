/** Coding a conflict noun whose doer its phrase names (nominal.ts finds them; split out of code-events.ts). */
import { reason, type Reason } from '../../lang/reason.js';
import { type Context, push, timeOf } from './event-context.js';
import { clauseFlags } from './flags.js';
import type { NominalTrigger } from './nominal.js';
import { actorsOfPhrase } from './participants.js';
import { speakerOf } from './roles.js';

/** A conflict noun with its doer named ("the shelling of … by the neo-Nazis"): the phrase gives doer and target (nominal.ts). */
export function codeNominal(ctx: Context, sent: number, nominal: NominalTrigger): void {
  const { tree, lexicon } = ctx;
  const { match } = nominal;
  const entry = lexicon.cameo[match.code];
  const actors = actorsOfPhrase(tree, ctx.actors, nominal.agent);
  const recipients = nominal.targets.flatMap((t) => actorsOfPhrase(tree, ctx.actors, t)).filter((r) => !actors.some((a) => a.actorId === r.actorId));
  // The clause the noun stands in: who reports it, and when.
  let clause = match.token;
  for (let hops = 0; hops < 8 && clause >= 0 && tree.pos[clause]?.upos !== 'VERB'; hops++) clause = tree.deps[clause].head;
  const said = clause >= 0 ? speakerOf(tree, ctx.pack, ctx.actors, clause, ctx.doc.layers.quotes ?? []) : { reported: false };
  const time = timeOf(ctx, clause >= 0 ? clause : match.token, match.token);
  const why: Reason[] = [reason('events/cameo', { trigger: match.reason, code: match.code, label: entry.label })];
  if (time.reason) why.push(time.reason);
  if (said.reported) why.push(said.speaker ? reason('events/reported-by', { speaker: said.speaker.name }) : reason('events/reported'));
  if (nominal.prospective) why.push(reason('events/prospective', { modifier: nominal.prospective }));
  // The act a noun names is presupposed, whatever its clause's modality; only a condition ("if the offensive …") suspends it.
  const condition = clause >= 0 ? clauseFlags(tree, ctx.pack, clause, { reported: said.reported }).reasons.find((r) => r.rule === 'flags/conditional') : undefined;
  if (condition) why.push(condition);
  push(ctx, {
    event: entry.event, mode: entry.mode, context: entry.context, cameo: match.code, actors, recipients,
    ...(said.speaker ? { speaker: said.speaker } : {}),
    negated: false, hypothetical: !!nominal.prospective || !!condition, future: false, historical: time.historical,
    date: time.date, dateSource: time.dateSource, confidence: 0.6, sent, match, why,
  });
}
