/**
 * A speaker's verdict of fault on what another side made or did, told as a predicate adjective in reported speech
 * (#12, "statement only" misses): "The current ICO quota system is 'unfair and autocratic,' Escalante said", "a budget
 * plan drafted by Senate Budget Chairman Lawton Chiles was 'seriously deficient'", "OECD predictions are somewhat
 * unreliable" are the speaker's ACCUSE disapprove (CAMEO 111) of that side. The side must be named by the subject
 * itself or as its owner, "of"/compound modifier or "by" agent, never by a phrase of place ("the situation in Ukraine
 * is unacceptable" blames no one). Only an asserted verdict: not a negated, conditional, future or asked one. The
 * words are `data/rule-words.tsv` class `verdict-adjective`.
 */
import { reason } from '../../lang/reason.js';
import { type Context, push, timeOf } from './event-context.js';
import { clauseFlags } from './flags.js';
import { speakerOf } from './roles.js';
import { ruleWords } from './rule-words.js';
import { childrenBy, markerOf, subjectOf } from './tree.js';
import type { TriggerMatch } from './triggers.js';
import type { EventParticipant } from './types.js';

const VERDICT = ruleWords('verdict-adjective');
/** CAMEO 111, criticize or denounce: PLOVER ACCUSE disapprove. */
const CRITICIZE = '111';
/** Markers of a modifier that names the owner or maker of the thing judged ("the policy of X", "drafted by X"). */
const OWNER_MARKERS: ReadonlySet<string> = new Set(['of', 'by']);

/** The tokens of the subject phrase that may name the side judged: its head, owner, compound, "of" and "by" phrases. */
function ownerHeads(ctx: Context, subj: number): number[] {
  const { tree } = ctx;
  const direct = childrenBy(tree, subj, 'nmod:poss', 'compound').concat(childrenBy(tree, subj, 'nmod').filter((n) => OWNER_MARKERS.has(markerOf(tree, n) ?? '')));
  const agents = childrenBy(tree, subj, 'acl').flatMap((a) => childrenBy(tree, a, 'obl', 'obl:agent').filter((o) => markerOf(tree, o) === 'by'));
  return [subj, ...direct, ...agents];
}

/** The coded sides named by the subject phrase of `head`, other than the speaker's. */
function judged(ctx: Context, head: number, speaker: EventParticipant): EventParticipant[] {
  const subj = subjectOf(ctx.tree, head);
  if (!subj || subj.passive) return [];
  const out: EventParticipant[] = [];
  for (const t of ownerHeads(ctx, subj.token)) {
    const m = ctx.actors.at(t);
    for (const p of m ? ctx.actors.expand(m) : []) if (p.code && p.code !== speaker.code && !out.some((o) => o.code === p.code)) out.push(p);
  }
  return out;
}

/** Codes the verdicts of fault told in tokens [first, last) of sentence `sent` as ACCUSE (CAMEO 111). */
export function codeStatementVerdicts(ctx: Context, sent: number, first: number, last: number): void {
  const { tree } = ctx;
  for (let adj = first; adj < last; adj++) {
    if (tree.pos[adj]?.upos !== 'ADJ' || !VERDICT.has(tree.words[adj].toLowerCase()) || !childrenBy(tree, adj, 'cop').length) continue;
    if (tree.words.slice(first, last).includes('?')) return;
    const said = speakerOf(tree, ctx.pack, ctx.actors, adj, ctx.doc.layers.quotes ?? []);
    if (!said.reported || !said.speaker?.code) continue;
    const flags = clauseFlags(tree, ctx.pack, adj, { reported: true });
    if (flags.negated || flags.hypothetical || flags.future) continue;
    const recipients = judged(ctx, adj, said.speaker);
    // A side the sentence already accuses is not accused twice.
    if (!recipients.length || ctx.events.some((e) => e.sent === sent && e.event === 'ACCUSE' && recipients.every((r) => e.recipients.some((x) => x.code === r.code)))) continue;
    const entry = ctx.lexicon.cameo[CRITICIZE];
    const match: TriggerMatch = { token: adj, tokens: [adj, adj + 1], code: CRITICIZE, kind: 'verb', reason: reason('events/trigger-verdict', { adjective: tree.words[adj], speaker: said.speaker.name }) };
    const time = timeOf(ctx, adj);
    push(ctx, {
      event: entry.event, mode: entry.mode, context: entry.context, cameo: CRITICIZE, actors: [said.speaker], recipients, speaker: said.speaker,
      negated: false, hypothetical: false, future: false, historical: time.historical,
      date: time.date, dateSource: time.dateSource, confidence: 0.5, sent, match,
      why: [reason('events/cameo', { trigger: match.reason, code: CRITICIZE, label: entry.label }), ...(time.reason ? [time.reason] : [])],
    });
  }
}
