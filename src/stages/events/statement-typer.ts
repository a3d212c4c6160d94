import { assetPath, loadAsset, type AssetKind } from '../../core/assets.js';
import { reason, renderReason, type Reason } from '../../lang/reason.js';
import { predictLogistic, type Logistic } from '../../ml/logistic.js';
import { push, timeOf, type Context } from './event-context.js';
import type { PloverEvent } from './plover.js';
import { speakerOf } from './roles.js';
import { candidateRecipients, contentOf, contentTokens, STATEMENT_TYPES, statementFeatures, type InnerTrigger, type RecipientRelation } from './statement-readings.js';
import type { CodedEvent } from './types.js';

/**
 * The learned statement typer (#12, recall): a speech verb the lexicon codes only as a statement ("said", "told",
 * CAMEO 01x, turned down as `events/statement`) whose content clause names another side is read as each act its
 * content could carry (statement-readings.ts: a type, the speaker as actor, a side the content names or the one
 * told as recipient), and a logistic model (`npm run train:event-statement`, on the training gold and news-dev's
 * tune half) keeps the best reading when it scores at or above the model's threshold. The kept event says so in `why`.
 */
export interface StatementModel extends Logistic {
  /** The probability of filling a gold item at which a reading is kept, chosen on the training data. */
  readonly threshold: number;
}

/** The asset kind of the typer's weights: JSON `StatementModel` under the asset header. */
export const EVENT_STATEMENT: AssetKind<StatementModel> = {
  kind: 'event-statement', version: 1,
  decode: (payload) => JSON.parse(payload.toString('utf8')) as StatementModel,
};

/** The shipped statement typer, read once. */
export function loadStatementModel(): StatementModel {
  return loadAsset(EVENT_STATEMENT, assetPath('models', 'events', 'event-statement.json'));
}

/** One reading of a statement for training: the speech verb's token, the event it would add and its features. */
export interface StatementCandidate {
  readonly trigger: number;
  readonly events: readonly CodedEvent[];
  readonly features: readonly string[];
}

/** A model decides, or (training) every reading is collected and none kept, leaving the rules' output unchanged. */
export type StatementTyping = { readonly model: StatementModel } | { readonly collect: StatementCandidate[] };

/** A type's CAMEO code: its first code in the lexicon with no mode (the type's root, "110" for ACCUSE). */
function rootCode(ctx: Context, event: PloverEvent): string {
  return Object.keys(ctx.lexicon.cameo).sort().find((c) => ctx.lexicon.cameo[c].event === event && !ctx.lexicon.cameo[c].mode) ?? '';
}

/** Read the statements the rules turned down in sentence `sent`; keep (or collect) their learned readings. */
export function typeStatements(ctx: Context, sent: number, sentenceStart: number): void {
  const typing = ctx.statements;
  if (!typing) return;
  const coded = ctx.events.length > sentenceStart;
  // The sentence's own triggers, coded or turned down: those inside a statement's content say what act it tells.
  const triggers: { token: number; inner: InnerTrigger }[] = [
    ...ctx.events.slice(sentenceStart).map((e) => ({ token: e.trigger.tokens[0], inner: { event: e.event, how: e.negated || e.hypothetical || e.future ? 'flagged' : 'coded' } })),
    ...ctx.rejected.filter((r) => r.sent === sent && r.event).map((r) => ({ token: r.trigger.tokens[0], inner: { event: r.event!, how: r.ruleId } })),
  ];
  for (let k = ctx.rejected.length - 1; k >= 0 && ctx.rejected[k].sent === sent; k--) {
    const turned = ctx.rejected[k];
    if (turned.ruleId !== 'events/statement') continue;
    const verb = turned.trigger.tokens[0];
    const readings = readingsOf(ctx, sent, turned.trigger.tokens, turned.reasons.slice(1), coded, triggers);
    if ('collect' in typing) { typing.collect.push(...readings.map((r) => ({ trigger: verb, events: r.events, features: r.features }))); continue; }
    const scored = readings.map((r) => ({ r, score: Number(predictLogistic(typing.model, r.features).toFixed(2)) }));
    const best = scored.reduce<(typeof scored)[number] | undefined>((b, x) => (!b || x.score > b.score ? x : b), undefined);
    if (!best || best.score < typing.model.threshold) continue;
    const why = reason('events/statement-typed', { event: best.r.events[0].event, score: best.score });
    for (const event of best.r.events) ctx.events.push({ ...event, reasons: [...event.reasons, why], why: `${event.why}; ${renderReason(ctx.pack, why)}` });
  }
}

/** Every reading of the statement at `verb`: each type against each candidate recipient (or none). */
function readingsOf(ctx: Context, sent: number, tokens: readonly [number, number], found: readonly Reason[], coded: boolean, triggers: readonly { token: number; inner: InnerTrigger }[]): { events: CodedEvent[]; features: string[] }[] {
  const { tree } = ctx;
  const verb = tokens[0];
  const clause = contentOf(tree, verb);
  if (clause === undefined) return [];
  const { speaker } = speakerOf(tree, ctx.pack, ctx.actors, clause, ctx.doc.layers.quotes ?? []);
  if (!speaker?.code) return [];
  const targets: { party?: CodedEvent['recipients'][number]; rel: RecipientRelation }[] = [...candidateRecipients(tree, ctx.actors, verb, clause, speaker), { rel: 'none' }];
  const source = ctx.doc.layers.discourse?.publisher ? 'site' : 'report';
  const time = timeOf(ctx, verb);
  const content = new Set(contentTokens(tree, clause));
  const inner = triggers.filter((t) => content.has(t.token) && t.token !== verb).map((t) => t.inner);
  const out: { events: CodedEvent[]; features: string[] }[] = [];
  for (const target of targets) {
    const base = statementFeatures(tree, ctx.pack, ctx.actors, verb, clause, speaker, target.rel, source, coded, inner);
    for (const event of STATEMENT_TYPES) {
      const trial: Context = { ...ctx, events: [], rejected: [] };
      const code = rootCode(ctx, event);
      push(trial, {
        event, context: [], cameo: code, actors: [speaker], recipients: target.party ? [target.party] : [],
        negated: false, hypothetical: false, future: false, historical: time.historical,
        ...(time.date ? { date: time.date } : {}), ...(time.dateSource ? { dateSource: time.dateSource } : {}),
        confidence: 0.5, sent, match: { token: verb, tokens, code, kind: 'verb', reason: found[0] ?? reason('events/statement', { code }) }, why: found,
      });
      if (trial.events.length !== 1 || time.historical) continue;
      out.push({ events: trial.events, features: [`type:${event}`, ...(inner.some((t) => t.event === event) ? [`inner-same`, `inner-same:${event}`] : []), ...base, ...base.map((f) => `${event}|${f}`)] });
    }
  }
  return out;
}
