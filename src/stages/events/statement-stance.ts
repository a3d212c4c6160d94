/**
 * The learned statement-content step (#12, recall: "statements that are judgements"). A bare statement verb ("said",
 * "told", "claimed") is turned down as `events/statement`, yet the gold codes what was said when it is a verdict, a
 * refusal, praise, a call or a pledge: "Mr Davis said Labour had been responsible for huge waste" (ACCUSE), "They said
 * they were following the rules" (REJECT). Most such contents hold no lexicon word of their type: they are evaluations,
 * not acts. Where the verb has a content clause (its ccomp or parataxis, or the clause it is set off from), one reading
 * per type of `data/stance-types.tsv` is made: the speakers (every coded conjunct of a joint statement) are the actors,
 * the recipient the coded side the content is about (its subject, else a side named in it, else the one told by a
 * verb of telling, else, for a verdict on a deed told in the sentence before, a party of that deed: context-recipient.ts),
 * always another side than the speakers'. A content about no other side (the speaker's own concern,
 * its own subject) gives no reading: a stance of these types is taken towards someone. A logistic model (`npm run
 * train:event-stance`, trained on the training gold with the threshold chosen out of fold) scores the readings from
 * the content's common lemmas, negation, modals, quotation, the statement verb, where the recipient came from (not for
 * a context recipient: too few readings to weigh) and
 * classes that carry across stories (the lexicon's types of its words, its verdict words' class, the recipient's kind), each
 * only crossed with the type, so that every weight says which type a word is evidence for (a weight shared by all
 * types would leave the choice to the type biases); the best is kept at or above the threshold, with a `why` naming
 * the model's estimate and its strongest features. Without a model (training) every reading is collected, as the
 * rescue's are (event-rescue.ts).
 */
import { assetPath, loadAsset, type AssetKind } from '../../core/assets.js';
import { DyadError } from '../../core/errors.js';
import { reason, renderReasons, type Reason } from '../../lang/reason.js';
import { type Context, contextOf, push, timeOf } from './event-context.js';
import { contextRecipient, isToldDeed, namesOtherSide } from './context-recipient.js';
import { bestAbove, type EventRescueModel, type RescueCandidate } from './event-rescue.js';
import { actorsOfPhrase } from './participants.js';
import { PLOVER_EVENTS, type PloverEvent } from './plover.js';
import { speakerOf } from './roles.js';
import { isOtherSide } from './sides.js';
import { isLocativePlace } from './frames.js';
import { baseRel, byAgentOf, childrenBy, markerOf, subjectOf, walkTokens, type Tree } from './tree.js';
import type { TriggerMatch } from './triggers.js';
import type { EventParticipant } from './types.js';
import { shippedTable } from './shipped-table.js';
import { contentFeatures, isOutcomeReport, isVerdictFeature } from './stance-features.js';

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

/** Parse `data/stance-types.tsv` (PLOVER type, CAMEO code); a bad row is E170 with the file and line. */
export function parseStanceTypes(text: string, path: string, cameo: Readonly<Record<string, { event: string }>>): ReadonlyMap<PloverEvent, string> {
  const types = new Map<PloverEvent, string>();
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const [type, code, extra] = line.split('\t');
    const fail = (problem: string) => new DyadError('E170', { path, line: i + 1, problem });
    if (!code || extra !== undefined) throw fail('expected a PLOVER type and a CAMEO code, tab-separated');
    if (!(PLOVER_EVENTS as readonly string[]).includes(type)) throw fail(`"${type}" is not a PLOVER event type`);
    if (cameo[code]?.event !== type) throw fail(`CAMEO ${code} is not coded ${type} in the lexicon`);
    if (types.has(type as PloverEvent)) throw fail(`${type} is listed twice`);
    types.set(type as PloverEvent, code);
  });
  return types;
}

/** The shipped file, read once; its rows are checked against each lexicon that asks (a test's lexicon on its own). */
const stanceFile = shippedTable('stance-types.tsv', (text, path) => ({ text, path }));
const shippedTypes = new WeakMap<Context['lexicon'], ReadonlyMap<PloverEvent, string>>();
function stanceTypes(ctx: Context): ReadonlyMap<PloverEvent, string> {
  let types = shippedTypes.get(ctx.lexicon);
  if (!types) {
    const { text, path } = stanceFile();
    types = parseStanceTypes(text, path, ctx.lexicon.cameo);
    shippedTypes.set(ctx.lexicon, types);
  }
  return types;
}

/** The content clause's head of statement verb `verb`: its ccomp or parataxis, or the clause ", X said" is set off from. */
export function contentOf(tree: Tree, verb: number): number | undefined {
  const own = childrenBy(tree, verb, 'ccomp', 'parataxis')[0];
  if (own !== undefined) return own;
  const { deprel, head } = tree.deps[verb];
  return deprel === 'parataxis' && head >= 0 ? head : undefined;
}

/**
 * The head of a content's subject: its own, or, when it has none, the object of a verb that is not one of telling
 * ("said the pipeline … would carry gas": the parser hangs the content's subject on "said"). Never the statement's own
 * subject, which the walk up from a clause could reach.
 */
function contentSubject(ctx: Context, verb: number, content: number): number | undefined {
  const own = subjectOf(ctx.tree, content);
  if (own && own.token !== subjectOf(ctx.tree, verb)?.token) return own.token;
  return ctx.pack.tellingVerbs.has(ctx.tree.lemmas[verb]) ? undefined : childrenBy(ctx.tree, verb, 'obj')[0];
}

/**
 * The recipient of a content: another side than every speaker's, taken from its subject, else a side named in it, else
 * the one told by a verb of telling. A subject that is the speakers' own side (resolved to it, or "we"/"I") is no
 * recipient: another side named in the content is ("Ottawa would continue to apply a duty on U.S. corn imports"), and
 * with none the content is about the speakers themselves ("said he was concerned"). None when the subject is a pronoun
 * no one was found for ("they"), whose side is unknown and which the names further on in the clause do not stand for.
 * A side named only as the standard of a comparison ("grew faster than Germany's") is no recipient.
 */
function recipientOf(ctx: Context, verb: number, content: number, subject: number | undefined, words: readonly number[], speakers: readonly EventParticipant[]): { who: EventParticipant; from: RecipientSource } | undefined {
  const other = (p: EventParticipant) => speakers.every((s) => isOtherSide(s, p, ctx.actors.bodies));
  const isPlace = (t: number) => isLocativePlace(ctx.tree, ctx.actors, ctx.pack.locatives, t);
  // A place in the subject's phrase ("the summit in France") is where, not whose: it is no subject side.
  const bySubject = subject === undefined ? [] : actorsOfPhrase(ctx.tree, ctx.actors, subject).filter((p) => p.code && !isPlace(p.tokens[0]));
  const lemma = subject === undefined ? '' : ctx.tree.lemmas[subject];
  // The speakers' own side as the subject ("Ottawa would continue to apply a duty on U.S. corn imports", "we are
  // concerned with the Bank's preoccupation"): the stance is the speakers' own, taken towards another side the content
  // names (#12, the statement-only misses with no recipient). A subject of two sides is no one's own.
  const ownSubject = bySubject.length ? bySubject.every((p) => !other(p)) : ctx.pack.firstPerson.has(lemma);
  if (!ownSubject) {
    if (bySubject.some((p) => !other(p))) return undefined;
    // "India had been misled by the United States": a passive subject is the side the harm was done to, and the stance
    // is about its doer, the "by" agent; an agent that is no other side ("hampered by bad weather") is no one's deed
    // (review rv-b #2). A passive with no agent keeps its subject ("Pakistan was involved in the attack").
    const own = subjectOf(ctx.tree, content);
    const agent = own?.passive && own.token === subject ? byAgentOf(ctx.tree, content) : undefined;
    if (bySubject.length && agent !== undefined) {
      const doer = actorsOfPhrase(ctx.tree, ctx.actors, agent).find(other);
      return doer && { who: doer, from: 'subject' };
    }
    if (bySubject.length) return { who: bySubject[0], from: 'subject' };
    if (ctx.pack.pronouns.has(lemma)) return undefined;
  }
  // A side the content acts on or about comes before one that is only where it happened ("said the summit in France
  // was wasteful for Germany": Germany); a place is the recipient only when no other side is named (finding 6 of
  // session 45: the first coded side in word order, places included, was taken).
  // A side that is only the standard of a comparison ("grew faster than Germany's") is not what the stance is about.
  const sides = words.flatMap((t) => {
    if (isComparedSide(ctx, t, content)) return [];
    const m = ctx.actors.at(t);
    const who = m ? ctx.actors.expand(m).find(other) : undefined;
    return who ? [{ who, isPlace: isPlace(t) }] : [];
  });
  const side = sides.find((s) => !s.isPlace) ?? sides[0];
  if (side) return { who: side.who, from: 'named' };
  if (!ctx.pack.tellingVerbs.has(ctx.tree.lemmas[verb])) return undefined;
  const hearer = childrenBy(ctx.tree, verb, 'obj', 'iobj').flatMap((h) => actorsOfPhrase(ctx.tree, ctx.actors, h)).find(other);
  return hearer ? { who: hearer, from: 'hearer' } : undefined;
}

/**
 * A content about no side of its own sentence read as a verdict on a party of the deed the sentence before tells
 * (context-recipient.ts): only when the sentence names no other side at all and the content's subject stands for a
 * deed told before ("the move was unfair", "it was a shambles": isToldDeed). Whether the content holds a verdict word
 * is asked once its features are made (stanceReadings).
 */
function verdictOnEarlier(ctx: Context, verb: number, subject: number | undefined, speakers: readonly EventParticipant[]): { who: EventParticipant; from: RecipientSource; reason: Reason } | undefined {
  if (subject === undefined || !isToldDeed(ctx.tree, ctx.actors, subject)) return undefined;
  if (namesOtherSide(ctx, verb, speakers)) return undefined;
  const found = contextRecipient(ctx, verb, speakers);
  return found && { who: found.who, from: 'context', reason: found.reason };
}

/**
 * Whether token `t` stands in the standard of a comparison: on the way up to the content, a word marked by a
 * comparison marker ("than Germany's": the parser hangs "than" on the head noun) or the object of a comparative verb
 * ("outpace China's", "exceed those of China").
 */
function isComparedSide(ctx: Context, t: number, content: number): boolean {
  const { tree, pack } = ctx;
  for (let n = t; n >= 0 && n !== content; n = tree.deps[n].head) {
    if (pack.comparisons.markers.has(markerOf(tree, n) ?? '')) return true;
    const head = tree.deps[n].head;
    if (head >= 0 && pack.comparisons.verbs.has(tree.lemmas[head]) && ['obj', 'obl'].includes(baseRel(tree, n))) return true;
  }
  return false;
}


/** Why a statement verb gave no reading (stanceReadings), for the study of the step's misses (said-misses.ts). */
export type StanceStop = 'no speech verb' | 'no content clause' | 'statement negated or not made' | 'no coded speaker'
  | 'an event coded in the content' | 'historical content' | 'no recipient' | 'outcome report';

/**
 * A reading of a statement's content as one type, with the model's estimate when a model chose it and where its
 * recipient came from (said in the kept event's `why`; not every source is a feature).
 */
export interface StanceReading extends RescueCandidate { readonly score?: number; readonly recipientFrom: RecipientSource }

/**
 * The readings of a statement verb turned down as a statement: one per stance type, each with its event and features
 * (each crossed with the type, and the type itself), or none when the verb has no content clause, no coded speaker, is
 * itself negated or hypothetical, the content already holds an event, is about no other side or only reports how a
 * contest came out (isOutcomeReport). With `model`, only the best-scored type is read, and only at or above the
 * threshold: the features are scored before any event is made, as most statements are kept as statements.
 */
export function stanceReadings(ctx: Context, sent: number, match: TriggerMatch, model?: EventRescueModel, stopped?: (stop: StanceStop) => void): StanceReading[] {
  const { tree, pack } = ctx;
  const verb = match.token;
  // Why no reading is made, for the study of the step's misses (said-misses.ts); nothing when no one asks.
  const stop = (why: StanceStop): StanceReading[] => { stopped?.(why); return []; };
  if (match.noun !== undefined || !pack.speechVerbs.has(tree.lemmas[verb])) return stop('no speech verb');
  const content = contentOf(tree, verb);
  if (content === undefined) return stop('no content clause');
  // "did not say", "would say": a statement not made asserts nothing.
  if (tree.children[verb].some((c) => pack.negators.has(tree.lemmas[c]) || pack.modals.hypothetical.has(tree.lemmas[c]) || pack.modals.future.has(tree.lemmas[c]))) return stop('statement negated or not made');
  const said = speakerOf(tree, pack, ctx.actors, content, ctx.doc.layers.quotes ?? []);
  const speaker = said.speaker;
  if (!speaker?.code) return stop('no coded speaker');
  // ", X said": the content governs the verb, whose own words (the speaker) are no part of it.
  const own = new Set(tree.deps[verb].head === content ? walkTokens(tree, verb) : []);
  const subject = contentSubject(ctx, verb, content);
  // A misparsed subject hung on the verb is part of what was said.
  const hung = subject !== undefined && tree.deps[subject].head === verb ? walkTokens(tree, subject) : [];
  const words = [...walkTokens(tree, content).filter((t) => !own.has(t)), ...hung].sort((a, b) => a - b);
  if (ctx.events.some((e) => e.sent === sent && (words.includes(e.trigger.tokens[0]) || e.trigger.tokens[0] === verb))) return stop('an event coded in the content');
  const time = timeOf(ctx, content);
  if (time.historical) return stop('historical content');
  // Every coded party of a joint source ("Japan and South Korea said", ", U.S. and Argentine officials said") speaks.
  const speakers = [...(said.speakers ?? [speaker])];
  const found = recipientOf(ctx, verb, content, subject, words, speakers);
  const context = found ? undefined : verdictOnEarlier(ctx, verb, subject, speakers);
  const recipient = found ?? context;
  if (!recipient) return stop('no recipient');
  const base = contentFeatures(ctx, verb, content, words, recipient);
  // A context recipient is read only for a verdict: a neutral report about no side is about no one (session 54's
  // ev-stance2: without this cue the model could not tell them apart and kept none).
  if (context && !base.some(isVerdictFeature)) return stop('no recipient');
  if (isOutcomeReport(ctx, content, words, base)) return stop('outcome report');
  let types: { type: PloverEvent; code: string; features: string[]; score?: number }[] = [...stanceTypes(ctx)]
    .map(([type, code]) => ({ type, code, features: [`type:${type}`, ...base.map((f) => `${type}:${f}`)] }));
  if (model) {
    const best = bestAbove(model, types);
    if (!best) return [];
    types = [{ ...best.item, score: Number(best.score.toFixed(2)) }];
  }
  const trial = contextOf({ ...ctx, events: [], rejected: [] }, { frame: ctx.frame, bypass: STATEMENT });
  const out: StanceReading[] = [];
  for (const { type, code, features, score } of types) {
    const entry = ctx.lexicon.cameo[code];
    const at = trial.events.length;
    push(trial, {
      event: type, ...(entry.mode ? { mode: entry.mode } : {}), context: entry.context, cameo: code,
      actors: speakers, recipients: [recipient.who], speaker, negated: false, hypothetical: false, future: false, historical: false,
      ...(time.date ? { date: time.date } : {}), ...(time.dateSource ? { dateSource: time.dateSource } : {}),
      confidence: 0.5, sent, match, why: context ? [context.reason] : [],
    });
    const events = trial.events.slice(at);
    if (events.length) out.push({ rule: STATEMENT, trigger: verb, events, features, recipientFrom: recipient.from, ...(score !== undefined ? { score } : {}) });
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
    if ('collect' in rescue) rescue.collect.push(...stanceReadings(ctx, sent, match, undefined, rescue.stops && ((stop) => rescue.stops!.push({ sent, trigger: match.token, stop }))));
    else if (rescue.stance) keepStance(ctx, stanceReadings(ctx, sent, match, rescue.stance)[0], rescue.stance, k);
  }
}

/**
 * A feature as a reason the language pack renders ("the word \"wasteful\"" for `ACCUSE:w:wasteful`): its type prefix
 * dropped, its kind the rule (`events/stance-feature/w`), its value a field. A `why` of raw keys was the model's
 * notation, not the reader's (session 45's open finding).
 */
export function featureReason(feature: string): Reason {
  const parts = feature.split(':');
  // "type:ACCUSE" is the type's own weight; every other feature is "ACCUSE:kind[:value]".
  const [kind, value] = parts[0] === 'type' ? ['type', parts[1]] : [parts[1], parts.slice(2).join(':')];
  if (kind === 'modal' && value === 'obligation') return reason('events/stance-feature/obligation');
  if (kind === 'recipient') return reason('events/stance-feature/recipient', { from: recipientReason(value) });
  return reason(`events/stance-feature/${kind}`, value ? { value } : {});
}

/** Where a content's recipient came from (recipientOf), or `none`: each has a row in the language pack's reasons. */
export const RECIPIENT_SOURCES = ['subject', 'named', 'hearer', 'context', 'none'] as const;
type RecipientSource = (typeof RECIPIENT_SOURCES)[number];

/** Where a recipient came from as a reason the pack renders; a feature's value that is no source renders as `none`. */
export const recipientReason = (from: string): Reason =>
  reason(`events/stance-recipient/${(RECIPIENT_SOURCES as readonly string[]).includes(from) ? from : 'none'}`);

/**
 * Keep the reading the model chose (stanceReadings): the statement's rejection (at `at`) is dropped and the event's
 * `why` names the estimate, its three strongest features and where its recipient came from, in words.
 */
export function keepStance(ctx: Context, reading: StanceReading | undefined, model: EventRescueModel, at: number): void {
  if (!reading) return;
  ctx.rejected.splice(at, 1);
  // Every feature is crossed with the type ("ACCUSE:recipient:subject"). The recipient's source is said once, after the
  // features, so its feature is left out of them (session 46 review: it was said twice).
  const isRecipient = (f: string): boolean => f.split(':')[1] === 'recipient';
  const strongest = reading.features.filter((f) => (model.weights[f] ?? 0) > 0 && !isRecipient(f)).sort((a, b) => model.weights[b] - model.weights[a]).slice(0, 3);
  const features = strongest.length ? strongest.map(featureReason) : reason('events/stance-feature/none');
  for (const event of reading.events) {
    const why = reason('events/stance', { event: event.event, score: reading.score ?? 0, features, recipient: recipientReason(reading.recipientFrom) });
    const reasons = [why, ...event.reasons];
    ctx.events.push({ ...event, reasons, why: renderReasons(ctx.pack, reasons) });
  }
}
