/**
 * The learned statement-content step (#12, recall: "statements that are judgements"). A bare statement verb ("said",
 * "told", "claimed") is turned down as `events/statement`, yet the gold codes what was said when it is a verdict, a
 * refusal, praise, a call or a pledge: "Mr Davis said Labour had been responsible for huge waste" (ACCUSE), "They said
 * they were following the rules" (REJECT). Most such contents hold no lexicon word of their type: they are evaluations,
 * not acts. Where the verb has a content clause (its ccomp or parataxis, or the clause it is set off from), one reading
 * per type of `data/stance-types.tsv` is made: the speaker is the actor, the recipient the coded actor the content is
 * about (its subject, else a side named in it, else the hearer of "told"), never the speaker's own country. A logistic
 * model (`npm run train:event-stance`, trained on the training gold with the threshold chosen out of fold) scores the
 * readings from the content's lemmas, negation, modals, quotation, the statement verb and who the content is about,
 * each crossed with the type; the best is kept at or above the threshold, with a `why` naming the model's estimate and
 * its strongest features. Without a model (training) every reading is collected, as the rescue's are (event-rescue.ts).
 */
import { assetPath, loadAsset, readDataText, type AssetKind } from '../../core/assets.js';
import { DyadError } from '../../core/errors.js';
import { reason, renderReasons } from '../../lang/reason.js';
import { predictLogistic } from '../../ml/logistic.js';
import { type Context, contextOf, isQuoted, push, timeOf } from './event-context.js';
import type { EventRescueModel, RescueCandidate } from './event-rescue.js';
import { actorsOfPhrase } from './participants.js';
import { PLOVER_EVENTS, type PloverEvent } from './plover.js';
import { speakerOf } from './roles.js';
import { childrenBy, subjectOf, walkTokens, type Tree } from './tree.js';
import type { TriggerMatch } from './triggers.js';
import type { EventParticipant } from './types.js';

/** The rule a statement verb is turned down by: the only one this step reads again. */
export const STATEMENT = 'events/statement';

/** The asset kind of the step's weights: the rescue's model shape (a logistic model and its threshold). */
export const EVENT_STANCE: AssetKind<EventRescueModel> = {
  kind: 'event-stance', version: 1,
  decode: (payload) => JSON.parse(payload.toString('utf8')) as EventRescueModel,
};

/** The shipped statement-content model, read once. */
export function loadEventStance(): EventRescueModel {
  return loadAsset(EVENT_STANCE, assetPath('models', 'events', 'event-stance.json'));
}

/** Parse `data/stance-types.tsv` (PLOVER type, CAMEO code); a bad row is E1600 with the file and line. */
export function parseStanceTypes(text: string, path: string, cameo: Readonly<Record<string, { event: string }>>): ReadonlyMap<PloverEvent, string> {
  const types = new Map<PloverEvent, string>();
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const [type, code, extra] = line.split('\t');
    const fail = (problem: string) => new DyadError('E1600', { path, line: i + 1, problem });
    if (!code || extra !== undefined) throw fail('expected a PLOVER type and a CAMEO code, tab-separated');
    if (!(PLOVER_EVENTS as readonly string[]).includes(type)) throw fail(`"${type}" is not a PLOVER event type`);
    if (cameo[code]?.event !== type) throw fail(`CAMEO ${code} is not a ${type} code in the lexicon`);
    if (types.has(type as PloverEvent)) throw fail(`${type} is listed twice`);
    types.set(type as PloverEvent, code);
  });
  return types;
}

let shippedTypes: ReadonlyMap<PloverEvent, string> | undefined;
function stanceTypes(ctx: Context): ReadonlyMap<PloverEvent, string> {
  const path = assetPath('src', 'stages', 'events', 'data', 'stance-types.tsv');
  return (shippedTypes ??= parseStanceTypes(readDataText(path), path, ctx.lexicon.cameo));
}

/** Upos of the content words whose lemmas are features: the evaluation is in its nouns, verbs, adjectives and adverbs. */
const CONTENT_UPOS: ReadonlySet<string> = new Set(['NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN']);
/** At most this many content words: a long clause's tail is seldom the verdict, and features stay few. */
const MAX_WORDS = 24;

/** The content clause's head of statement verb `verb`: its ccomp or parataxis, or the clause ", X said" is set off from. */
export function contentOf(tree: Tree, verb: number): number | undefined {
  const own = childrenBy(tree, verb, 'ccomp', 'parataxis')[0];
  if (own !== undefined) return own;
  const { deprel, head } = tree.deps[verb];
  return deprel === 'parataxis' && head >= 0 ? head : undefined;
}

/** The recipient of a content (its subject, a side named in it, or the hearer) that is not the speaker's country. */
function recipientOf(ctx: Context, verb: number, content: number, words: readonly number[], speaker: EventParticipant): { who?: EventParticipant; from: string } {
  // "Chirac and Reagan said …": a joint statement's co-speakers are its speakers, not what it is about.
  const said = subjectOf(ctx.tree, verb);
  const speakers = new Set([speaker.code, ...(said ? actorsOfPhrase(ctx.tree, ctx.actors, said.token).map((p) => p.code) : [])]);
  const other = (p: EventParticipant) => !!p.code && !speakers.has(p.code) && p.actorId !== speaker.actorId;
  const subj = subjectOf(ctx.tree, content);
  const subject = subj ? actorsOfPhrase(ctx.tree, ctx.actors, subj.token) : [];
  if (subject.some((p) => p.code === speaker.code)) return { from: 'own-subject' };
  const bySubject = subject.find(other);
  if (bySubject) return { who: bySubject, from: 'subject' };
  for (const t of words) {
    const m = ctx.actors.at(t);
    const named = m ? ctx.actors.expand(m).find(other) : undefined;
    if (named) return { who: named, from: 'named' };
  }
  const hearer = childrenBy(ctx.tree, verb, 'obj', 'iobj').flatMap((h) => actorsOfPhrase(ctx.tree, ctx.actors, h)).find(other);
  return hearer ? { who: hearer, from: 'hearer' } : { from: 'none' };
}

/** The features of a content, before they are crossed with a type. */
function contentFeatures(ctx: Context, verb: number, content: number, words: readonly number[], from: string): string[] {
  const { tree, pack } = ctx;
  const out = [`verb:${tree.lemmas[verb]}`, `recipient:${from}`, `content:${tree.pos[content]?.upos ?? '?'}`];
  if (childrenBy(tree, content, 'cop').length) out.push('copula');
  if (isQuoted(ctx, tree, content)) out.push('quoted');
  if (ctx.doc.layers.discourse?.publisher) out.push('site');
  for (const c of tree.children[content]) {
    const lemma = tree.lemmas[c];
    if (pack.negators.has(lemma)) out.push('negated');
    if (pack.modals.obligation.has(lemma)) out.push(`modal:${lemma}`, 'modal:obligation');
    else if (pack.modals.future.has(lemma) || pack.modals.hypothetical.has(lemma)) out.push(`modal:${lemma}`);
  }
  let n = 0;
  for (const t of words) {
    if (n >= MAX_WORDS) break;
    if (!CONTENT_UPOS.has(tree.pos[t]?.upos ?? '') || ctx.actors.at(t)) continue;
    out.push(`w:${tree.lemmas[t].toLowerCase()}`);
    n++;
  }
  return [...new Set(out)];
}

/** A reading of a statement's content as one type, with the model's estimate when a model chose it. */
export interface StanceReading extends RescueCandidate { readonly score?: number }

/**
 * The readings of a statement verb turned down as a statement: one per stance type, each with its event and features,
 * or none when the verb has no content clause, no coded speaker, is itself negated or hypothetical, or the content
 * already holds an event. With `model`, only the best-scored type is read, and only at or above the threshold: the
 * features are scored before any event is made, as most statements are kept as statements.
 */
export function stanceReadings(ctx: Context, sent: number, match: TriggerMatch, model?: EventRescueModel): StanceReading[] {
  const { tree, pack } = ctx;
  const verb = match.token;
  if (match.noun !== undefined || !pack.speechVerbs.has(tree.lemmas[verb])) return [];
  const content = contentOf(tree, verb);
  if (content === undefined) return [];
  // "did not say", "would say": a statement not made asserts nothing.
  if (tree.children[verb].some((c) => pack.negators.has(tree.lemmas[c]) || pack.modals.hypothetical.has(tree.lemmas[c]) || pack.modals.future.has(tree.lemmas[c]))) return [];
  const speaker = speakerOf(tree, pack, ctx.actors, content, ctx.doc.layers.quotes ?? []).speaker;
  if (!speaker?.code) return [];
  // ", X said": the content governs the verb, whose own words (the speaker) are no part of it.
  const own = new Set(tree.deps[verb].head === content ? walkTokens(tree, verb) : []);
  const words = walkTokens(tree, content).filter((t) => !own.has(t)).sort((a, b) => a - b);
  if (ctx.events.some((e) => e.sent === sent && (words.includes(e.trigger.tokens[0]) || e.trigger.tokens[0] === verb))) return [];
  const time = timeOf(ctx, content);
  if (time.historical) return [];
  const { who, from } = recipientOf(ctx, verb, content, words, speaker);
  const base = contentFeatures(ctx, verb, content, words, from);
  let types: { type: PloverEvent; code: string; features: string[]; score?: number }[] = [...stanceTypes(ctx)]
    .map(([type, code]) => ({ type, code, features: [...base, `type:${type}`, ...base.map((f) => `${type}:${f}`)] }));
  if (model) {
    let best: (typeof types)[number] | undefined;
    for (const t of types) {
      t.score = Number(predictLogistic(model, t.features).toFixed(2));
      if (!best || t.score > best.score!) best = t;
    }
    if (!best || best.score! < model.threshold) return [];
    types = [best];
  }
  const trial = contextOf({ ...ctx, events: [], rejected: [] }, { frame: ctx.frame, bypass: STATEMENT });
  const out: StanceReading[] = [];
  for (const { type, code, features, score } of types) {
    const entry = ctx.lexicon.cameo[code];
    const at = trial.events.length;
    push(trial, {
      event: type, ...(entry.mode ? { mode: entry.mode } : {}), context: entry.context, cameo: code,
      actors: [speaker], recipients: who ? [who] : [], speaker, negated: false, hypothetical: false, future: false, historical: false,
      ...(time.date ? { date: time.date } : {}), ...(time.dateSource ? { dateSource: time.dateSource } : {}),
      confidence: 0.5, sent, match, why: [],
    });
    const events = trial.events.slice(at);
    if (events.length) out.push({ rule: STATEMENT, trigger: verb, events, features, ...(score !== undefined ? { score } : {}) });
  }
  return out;
}

/**
 * Read again each statement of sentence `sent` turned down as one: with a model, keep its best reading (keepStance);
 * collecting (training), gather every reading and keep none. Run once the sentence's own triggers are coded, so that a
 * content a rule coded ("said France's plan was irresponsible": a judged predicate) is not coded twice.
 */
export function codeStatementContents(ctx: Context, sent: number): void {
  const rescue = ctx.rescue;
  if (!rescue || ('model' in rescue && !rescue.stance)) return;
  // From the last: keeping a reading splices its rejection out, and the ones before keep their places.
  for (let k = ctx.rejected.length - 1; k >= 0 && ctx.rejected[k].sent >= sent; k--) {
    const r = ctx.rejected[k];
    if (r.ruleId !== STATEMENT || r.sent !== sent) continue;
    const match: TriggerMatch = { token: r.trigger.tokens[0], tokens: r.trigger.tokens, code: r.cameo ?? '', kind: 'verb', reason: r.reasons[r.reasons.length - 1] };
    if ('collect' in rescue) rescue.collect.push(...stanceReadings(ctx, sent, match));
    else if (rescue.stance) keepStance(ctx, stanceReadings(ctx, sent, match, rescue.stance)[0], rescue.stance, k);
  }
}

/**
 * Keep the reading the model chose (stanceReadings): the statement's rejection (at `at`) is dropped and the event's
 * `why` names the estimate, its three strongest features and where its recipient came from.
 */
export function keepStance(ctx: Context, reading: StanceReading | undefined, model: EventRescueModel, at: number): void {
  if (!reading) return;
  ctx.rejected.splice(at, 1);
  const strongest = reading.features.filter((f) => (model.weights[f] ?? 0) > 0).sort((a, b) => model.weights[b] - model.weights[a]).slice(0, 3);
  const recipient = reading.features.find((f) => f.startsWith('recipient:'))?.slice('recipient:'.length) ?? 'none';
  for (const event of reading.events) {
    const why = reason('events/stance', { event: event.event, score: reading.score ?? 0, features: strongest.join(', ') || 'no feature', recipient });
    const reasons = [why, ...event.reasons];
    ctx.events.push({ ...event, reasons, why: renderReasons(ctx.pack, reasons) });
  }
}
