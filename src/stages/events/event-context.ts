/**
 * What the events stage's coders share while coding one document: the context, turning a trigger
 * down, an event's date, and adding a coded event with its evidence (split out of code-events.ts).
 */
import type { Rescue } from './event-rescue.js';
import type { DocumentWith } from '../../core/stage.js';
import { sentenceTokenRange } from '../../core/tokens-of.js';
import type { LanguagePack } from '../../lang/pack.js';
import { reason, renderReasons, type Reason } from '../../lang/reason.js';
import type { RuntimeLexicon } from './lexicon.js';
import { kbCountry, nationalityWord, type ActorIndex } from './participants.js';
import { ploverScore, quadCode, QUAD_OF, type PloverEvent } from './plover.js';
import { keepsOwnSide } from './own-side-addressee.js';
import { isQuotedAt } from './teller.js';
import { CLAUSE_RELS, walkTokens, type Tree } from './tree.js';
import type { TriggerMatch } from './triggers.js';
import type { CodedEvent, EventParticipant, RejectedTrigger } from './types.js';

export interface Context {
  readonly doc: EventInput;
  readonly tree: Tree;
  readonly pack: LanguagePack;
  readonly lexicon: RuntimeLexicon;
  readonly actors: ActorIndex;
  readonly events: CodedEvent[];
  readonly rejected: RejectedTrigger[];
  readonly articleDate?: string;
  /**
   * The meeting or call the article reports (its first reciprocal consultation): later mentions
   * of it restate it. Who "the parties" and "it was agreed" are is the discourse layer's work.
   */
  frame?: { readonly participants: readonly EventParticipant[]; readonly sent: number; readonly trigger: string };
  /** The learned rescue of turned-down triggers, when on (event-rescue.ts). */
  readonly rescue?: Rescue;
  /** The one rule a rescue's second reading passes over (event-rescue.ts). */
  readonly bypass?: string;
  /** The actor a rescue's second reading gives a trigger that found none (event-rescue.ts). */
  readonly supplied?: readonly EventParticipant[];
}

/**
 * What a trigger's reading may read before the rules a rescue's trial resumes at (code-events.ts `readTrigger`): the
 * document and its annotations, the rule passed over and where rejections go, never what coding has made so far (the
 * events, the frame) nor a trial's supplied actor. A trial resumed from the first reading's record (event-rescue.ts
 * `Resume`) then finds what a second reading from the start would, which its tests check (#13). `bypass` may only
 * let a rule pass itself over: a reading that got past every such rule never asked it.
 */
export type ReadingContext = Omit<Context, 'events' | 'frame' | 'supplied' | 'rescue'>;

/**
 * A coding context with every property in one order, whether set or not: the contexts of a document and of the
 * rescue's trial readings then share one hidden class. A context spread and extended per trial (and given `frame`
 * later) had up to six, and every read of `ctx.tree`, `ctx.actors`, `ctx.bypass` … in `codeTrigger` and the helpers
 * it calls went through a megamorphic cache (#13).
 */
export function contextOf(base: Omit<Context, 'frame' | 'rescue' | 'bypass' | 'supplied'>, extra: Pick<Context, 'frame' | 'rescue' | 'bypass' | 'supplied'> = {}): Context {
  return {
    doc: base.doc, tree: base.tree, pack: base.pack, lexicon: base.lexicon, actors: base.actors,
    events: base.events, rejected: base.rejected, articleDate: base.articleDate,
    frame: extra.frame, rescue: extra.rescue, bypass: extra.bypass, supplied: extra.supplied,
  };
}

/** The layers the events stage requires (it reads dateline, quotes, dates and places when present). */
export type EventInput = DocumentWith<'sentences' | 'tokens' | 'pos' | 'deps' | 'entities' | 'actors'>;

/** Turn a trigger down: `ruleId` names the rule, `why` (default: the rule alone) says what it found. */
export function reject(ctx: Pick<Context, 'tree' | 'rejected'>, sent: number, match: TriggerMatch, ruleId: string, event?: PloverEvent, why: Reason = reason(ruleId)): void {
  const { tree } = ctx;
  const trigger = { start: tree.tokens[match.tokens[0]].start, end: tree.tokens[match.tokens[1] - 1].end, tokens: match.tokens };
  const reasons = [why, match.reason];
  // One literal per case, not spreads of throw-away objects: most triggers are turned down, and the spreads here and in
  // `addRejected` were a share of the stage's time (#13). The keys keep the layer's order: sent, trigger, cameo, event, ruleId.
  const cameo = match.code !== '---' ? match.code : undefined;
  ctx.rejected.push(cameo === undefined
    ? (event ? { sent, trigger, event, ruleId, reasons } : { sent, trigger, ruleId, reasons })
    : (event ? { sent, trigger, cameo, event, ruleId, reasons } : { sent, trigger, cameo, ruleId, reasons }));
}

/** Record a rejection: the rule's reason first, then what the trigger had been coded as. */
export function addRejected(ctx: Pick<Context, 'rejected'>, base: Omit<RejectedTrigger, 'reasons'>, reasons: readonly Reason[]): void {
  ctx.rejected.push({ ...base, reasons });
}

/** Two offsets inside one direct or partial quotation. */
export function sameQuote(ctx: ReadingContext, a: number, b: number): boolean {
  return (ctx.doc.layers.quotes ?? []).some((q) => q.kind !== 'reported' && q.start <= a && a < q.end && q.start <= b && b < q.end);
}

/** True when token `i` of `tree` lies inside quotation marks (a direct or partial quote). */
export function isQuoted(ctx: ReadingContext, tree: Tree, i: number): boolean {
  return isQuotedAt(ctx.doc.layers.quotes ?? [], tree.tokens[i].start);
}

/** The coded actor mentions of a sentence, in text order, each expanded to its members. */
export function sentenceParticipants(ctx: Context, sent: number): EventParticipant[] {
  const [first, last] = sentenceTokenRange(ctx.tree.tokens, sent);
  const seen = new Set<string>();
  const found: EventParticipant[] = [];
  for (let t = first; t < last; t++) {
    const m = ctx.actors.at(t);
    if (!m || seen.has(`${m.start}:${m.actorId}`)) continue;
    seen.add(`${m.start}:${m.actorId}`);
    found.push(...ctx.actors.expand(m).filter((p) => p.code));
  }
  // "will not leave this American move unanswered": a nationality adjective names its side too.
  for (let t = first; t < last; t++) {
    const code = ctx.tree.pos[t]?.upos === 'ADJ' && !ctx.actors.at(t) ? kbCountry(ctx.tree.words[t]) : undefined;
    if (code) found.push(nationalityWord(ctx.tree, t, code));
  }
  return found;
}

/**
 * A `dates` layer, when the pipeline runs the dates stage before this one: normalised temporal
 * expressions, with background ones marked. Read structurally so that events do not depend on it.
 */
export interface DateHint { readonly start: number; readonly end: number; readonly value: string; readonly background?: boolean }

/** The event's date and whether it is background history. */
export function timeOf(ctx: ReadingContext, verb: number, noun?: number): { date?: string; dateSource?: 'sentence' | 'article'; historical: boolean; reason?: Reason } {
  const { tree } = ctx;
  const near = walkTokens(tree, verb, CLAUSE_RELS, 2);
  if (noun !== undefined) for (const t of walkTokens(tree, noun, CLAUSE_RELS, 3)) near.push(t);
  const article = ctx.articleDate ? { date: ctx.articleDate, dateSource: 'article' as const } : {};
  const hint = hintOver(tree, ctx.doc.layers.dates ?? [], near);
  if (!hint) return { ...article, historical: false };
  const text = ctx.doc.text.slice(hint.start, hint.end);
  if (hint.background) return { date: hint.value, dateSource: 'sentence', historical: true, reason: reason('events/background-date', { text, value: hint.value }) };
  if (/^\d{4}-\d{2}-\d{2}$/.test(hint.value)) return { date: hint.value, dateSource: 'sentence', historical: false, reason: reason('events/dated', { text, value: hint.value }) };
  return { ...article, historical: false };
}

/** The first date hint that covers one of the `near` tokens (a loop: per-call closures are optimised again after every full collection in a worker, #13). */
function hintOver(tree: Tree, hints: readonly DateHint[], near: readonly number[]): DateHint | undefined {
  for (const d of hints) {
    for (const t of near) if (tree.tokens[t].start >= d.start && tree.tokens[t].end <= d.end) return d;
  }
  return undefined;
}

/** Relations that end an event's clause for its evidence span. */
const CLAUSE_EDGES = ['parataxis', 'punct'];

/** The character span from the first to the last of `clause`'s tokens. */
function clauseSpan(tree: Tree, clause: readonly number[]): { start: number; end: number } {
  let start = Infinity;
  let end = -Infinity;
  for (const t of clause) {
    if (tree.tokens[t].start < start) start = tree.tokens[t].start;
    if (tree.tokens[t].end > end) end = tree.tokens[t].end;
  }
  return { start, end };
}

export interface Draft {
  event: PloverEvent; mode?: string; context: readonly string[]; cameo: string;
  actors: EventParticipant[]; recipients: EventParticipant[]; speaker?: EventParticipant;
  negated: boolean; hypothetical: boolean; future: boolean; historical: boolean;
  date?: string; dateSource?: 'sentence' | 'article'; confidence: number; sent: number; match: TriggerMatch; why: readonly Reason[];
}

export function push(ctx: Context, d: Draft): void {
  const { tree } = ctx;
  const trigger = { start: tree.tokens[d.match.tokens[0]].start, end: tree.tokens[d.match.tokens[1] - 1].end, tokens: d.match.tokens };
  if (!d.actors.some((a) => a.code)) {
    // A PLOVER actor is a country or an organisation: "hackers", "an anonymous caller", "the
    // miners" with no country in the actors layer make no codable event (see #12); the actors
    // stage gives them one when the text does, and the event comes back.
    const why = reason('events/uncoded-actor', { actors: d.actors.map((a) => `"${a.name}"`).join(', ') });
    addRejected(ctx, { sent: d.sent, trigger, cameo: d.cameo, event: d.event, ruleId: 'events/uncoded-actor' }, [why, ...d.why]);
    return;
  }
  d = withoutSelfRecipients(d);
  const participants = [...d.actors, ...d.recipients];
  if (!ctx.frame && d.event === 'CONSULT' && !d.negated && !d.hypothetical && !d.future && !d.historical && new Set(participants.map((p) => p.code ?? p.actorId)).size >= 2) {
    ctx.frame = { participants, sent: d.sent, trigger: `"${ctx.doc.text.slice(trigger.start, trigger.end)}"` };
  }
  const evidence = clauseSpan(tree, walkTokens(tree, d.match.token, CLAUSE_EDGES));
  ctx.events.push({
    event: d.event, ...(d.mode ? { mode: d.mode } : {}), context: d.context, cameo: d.cameo,
    score: ploverScore(d.event, d.mode), quad: QUAD_OF[d.event], quadCode: quadCode(d.event),
    actors: d.actors, recipients: d.recipients, ...(d.speaker ? { speaker: d.speaker } : {}),
    ...(d.date ? { date: d.date } : {}), ...(d.dateSource ? { dateSource: d.dateSource } : {}),
    negated: d.negated, hypothetical: d.hypothetical, future: d.future, historical: d.historical,
    confidence: Math.round(d.confidence * 100) / 100, sent: d.sent, trigger, evidence, reasons: d.why,
    // A rescue's trial reading (`bypass` set) is mostly thrown away: its `why` is rendered from its reasons only when
    // the rescue keeps it (event-rescue.ts), not for every trial (#13).
    why: ctx.bypass === undefined ? renderReasons(ctx.pack, d.why) : '',
  });
}

/**
 * "'I promise you,' the Head of State said", "'We appreciate it!' the President emphasized": a
 * pronoun resolved to the speaker after the roles step can make the actor its own recipient. No
 * PLOVER event is done by an actor to itself, so that recipient names no one.
 */
export function withoutSelfRecipients(d: Draft): Draft {
  const own = new Set(d.actors.map((a) => a.actorId));
  const side = new Set(d.actors.filter((a) => a.code && a.sector).map((a) => `${a.code}${a.sector}`));
  const cooperation = !keepsOwnSide(d.event);
  const isOwn = (r: EventParticipant) => own.has(r.actorId) || (cooperation && side.has(`${r.code}${r.sector}`));
  const recipients = d.recipients.filter((r) => !isOwn(r));
  if (recipients.length === d.recipients.length) return d;
  const dropped = d.recipients.filter(isOwn).map((r) => r.name);
  return { ...d, recipients, why: [...d.why, reason('events/self-recipient', { names: [...new Set(dropped)].join(', ') })] };
}
