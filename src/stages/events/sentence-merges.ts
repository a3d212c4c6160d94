/**
 * Once a sentence is coded: acts that describe another act's argument are dropped, coordinated
 * acts of the same actors merged (split out of code-events.ts).
 */
import type { LanguagePack } from '../../lang/pack.js';
import { reason, renderReason, type Reason } from '../../lang/reason.js';
import { addRejected, type Context } from './event-context.js';
import { documentVerbOf } from './letter-gerund.js';
import { childrenBy, walk, type Tree } from './tree.js';
import type { CodedEvent } from './types.js';

/**
 * An act told in a clause that describes an argument of another act ("supported a resolution that
 * aims to tighten sanctions", "rejected a request to question detainees held after …") is part of
 * that act's content, not a second event.
 */
export function dropDescriptions(ctx: Context, from: number): void {
  const { tree } = ctx;
  const triggers = new Set(ctx.events.slice(from).map((e) => e.trigger.tokens[0]));
  for (let i = ctx.events.length - 1; i >= from; i--) {
    const e = ctx.events[i];
    // "thanked Norway for the decision to provide weapons": the decision's act is announced, not a description (decision.ts).
    if (e.reasons.some((r) => r.rule === 'events/decision')) continue;
    // "filed a complaint calling for his expulsion": the text's act is its issuer's own, not its content (set-off-gerund.ts),
    // so the test starts from the issuing verb: a text issued only in what another act describes ("denied reports that
    // Turkey had issued a statement praising …") is part of that act's content, as its issuing is.
    const issued = e.reasons.some((r) => r.rule === 'events/document-gerund') ? documentVerbOf(tree, ctx.actors, e.trigger.tokens[0]) : undefined;
    let crossed = false;
    let described = false;
    for (let v = issued ?? e.trigger.tokens[0], hops = 0; hops < 12; hops++) {
      const head = tree.deps[v].head;
      if (head < 0) break;
      if (tree.deps[v].deprel.startsWith('acl') && !isCommaSplice(tree, v)) crossed = true;
      // The parser hangs "that Turkey had issued …" on the denying verb (ccomp, or advcl after a noun it skips) as
      // often as on "reports"; whatever the label, a clause told as content is part of the act that tells it.
      if (issued !== undefined && isContentClause(tree, v)) crossed = true;
      if (crossed && triggers.has(head)) { described = true; break; }
      v = head;
    }
    if (!described) continue;
    addRejected(ctx, { sent: e.sent, trigger: e.trigger, ...(e.cameo ? { cameo: e.cameo } : {}), event: e.event, ruleId: 'events/describes-argument' }, [reason('events/describes-argument'), ...e.reasons]);
    ctx.events.splice(i, 1);
  }
}

/** A clause another verb reports: a complement clause, or a "that"-marked adverbial one ("denied reports that … had issued"). */
function isContentClause(tree: Tree, clause: number): boolean {
  const rel = tree.deps[clause].deprel;
  if (rel === 'ccomp') return true;
  return rel === 'advcl' && childrenBy(tree, clause, 'mark').some((m) => tree.lemmas[m] === 'that');
}

/** Relative words: a clause after a comma that describes a noun opens with one ("…, which", "…, who"). */
export const RELATIVE_TAGS = new Set(['WDT', 'WP', 'WP$', 'WRB']);

/**
 * "… asked for missile systems, President Trump agreed to work with him": a relative clause after
 * a comma always opens with a relative word, so a comma and a clause with its own subject and none
 * is a second sentence the parser hung on a noun, not a description of it.
 */
export function isCommaSplice(tree: Tree, clause: number): boolean {
  if (tree.deps[clause].deprel !== 'acl:relcl' || !childrenBy(tree, clause, 'nsubj', 'nsubj:pass').length) return false;
  // The relative word comes before the clause's verb ("which Iran signed", "in which", "whose forces").
  const opening = walk(tree, clause).map((w) => w.token).filter((t) => t < clause && tree.pos[t]?.upos !== 'PUNCT');
  if (opening.some((t) => RELATIVE_TAGS.has(tree.pos[t]?.xpos ?? '') || tree.lemmas[t] === 'that')) return false;
  const first = Math.min(clause, ...opening);
  return first > 0 && tree.words[first - 1] === ',';
}

/**
 * Coordinated acts of the same actors in one sentence ("spoke in favor of a ceasefire and called
 * for talks") are one event, with the first trigger. Its recipients are the first act's, else the
 * second's: each act names its own ("thanked Prime Minister Meloni for …, welcomed Canada's G7
 * Presidency"), and pooled they match neither.
 */
export function mergeCoordinated(pack: LanguagePack, events: CodedEvent[], from: number): void {
  if (events.length - from < 2) return;
  const key = (e: CodedEvent): string => [e.event, e.negated, e.hypothetical, e.historical, e.actors.map((a) => a.actorId).sort().join('+')].join('|');
  const keys = events.slice(from).map(key);
  for (let i = from; i < events.length; i++) {
    for (let j = i + 1; j < events.length; j++) {
      if (keys[i - from] !== keys[j - from]) continue;
      const a = events[i];
      const b = events[j];
      // One trigger split into a visit per guest ("convened the advisors of France, Germany, …") is no coordination.
      if (isSplitVisit(a) && isSplitVisit(b)) continue;
      const recipients = a.recipients.length ? a.recipients : b.recipients;
      const merged = reason('events/merged', { trigger: triggerReason(b) });
      // The earlier reasons are already rendered in `a.why`: only the new one is.
      events[i] = { ...a, recipients, confidence: Math.max(a.confidence, b.confidence), reasons: [...a.reasons, merged], why: `${a.why}; ${renderReason(pack, merged)}` };
      events.splice(j, 1);
      keys.splice(j - from, 1);
      j--;
    }
  }
}

/** Whether `event` is one of a trigger's visits split per guest (`events/separate-meetings`, one recipient each). */
function isSplitVisit(event: CodedEvent): boolean {
  return event.recipients.length === 1 && event.reasons.some((r) => r.rule === 'events/separate-meetings');
}

/** How an event's trigger was found: its first reason, without the CAMEO code it led to. */
export function triggerReason(event: Pick<CodedEvent, 'reasons'>): Reason {
  const [first] = event.reasons;
  return first.rule === 'events/cameo' && first.trigger !== undefined ? (first.trigger as Reason) : first;
}
