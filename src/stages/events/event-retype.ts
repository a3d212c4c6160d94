import { assetPath, loadAsset, type AssetKind } from '../../core/assets.js';
import type { Document } from '../../core/document.js';
import { DyadError } from '../../core/errors.js';
import { PLOVER_TYPES } from '../../ontology/plover.js';
import { packOf } from '../../lang/pack.js';
import { reason, renderReason } from '../../lang/reason.js';
import { predictSoftmax, type Softmax } from '../../ml/softmax.js';
import { isPloverEvent, ploverScore, quadCode, QUAD_OF, type PloverEvent } from './plover.js';
import type { RuntimeLexicon } from './lexicon.js';
import { triggerSenses } from './trigger-senses.js';
import { typeFeatures } from './type-features.js';
import type { CodedEvent, EventLayer } from './types.js';

/**
 * The learned type step's model: a softmax over PLOVER types of the type a coded event's gold holds, over the named
 * features of type-features.ts, trained by `npm run train:event-type` on the training gold and news-dev's tune half.
 */
export interface EventTypeModel extends Softmax {
  /** The probability another type must reach to replace the rules' type, chosen on the training data. */
  readonly confidence: number;
}

/** The asset kind of the type step's weights: JSON `EventTypeModel` under the asset header. */
export const EVENT_TYPE: AssetKind<EventTypeModel> = {
  kind: 'event-type', version: 1,
  decode: (payload) => checkedModel(JSON.parse(payload.toString('utf8')) as EventTypeModel),
};

/** A model whose classes are all PLOVER types; another class would code an event no scorer or store knows (E520). */
export function checkedModel(model: EventTypeModel): EventTypeModel {
  const unknown = model.classes.find((c) => !isPloverEvent(c));
  if (unknown !== undefined) throw new DyadError('E520', { name: unknown });
  return model;
}

/** The shipped type step, read once. */
export function loadEventType(): EventTypeModel {
  return loadAsset(EVENT_TYPE, assetPath('models', 'events', 'event-type.json'));
}

/**
 * The layer with each scored event given the type the model finds most likely, when that is not the rules' type and
 * its probability reaches the model's confidence (`events/retype` names both). The mode goes when the new type has no
 * such mode, and the quad class and score follow the type. Events that are not `isRetypable` keep their type.
 */
export function retypeEvents(doc: Document, layer: EventLayer, model: EventTypeModel, lexicon: RuntimeLexicon): EventLayer {
  let changed = false;
  const events = layer.events.map((event) => {
    if (!isRetypable(event)) return event;
    const senses = triggerSenses(lexicon, triggerLemma(doc, event));
    const { to, p } = typeChoice(predictSoftmax(model, typeFeatures(doc, event, senses)), event.event, senses);
    if (p < model.confidence || !isPloverEvent(to)) return event;
    changed = true;
    return retyped(doc, event, to, p);
  });
  return changed ? { ...layer, events } : layer;
}

/**
 * Whether the step may re-type an event: not negated, hypothetical or historical (no facts of the day, as the filter
 * leaves them), and not in the future nor typed by the rules' future mapping, since PLOVER fixes a future act's type
 * whatever the verb's sense ("will visit" is AGREE, a future retreat CONCEDE), where the training gold's annotators
 * differ from the codebook (the PLOVER GSR's "will visit Albania in June" is AGREE).
 */
export function isRetypable(event: Pick<CodedEvent, 'negated' | 'hypothetical' | 'historical' | 'future' | 'reasons'>): boolean {
  return !event.negated && !event.hypothetical && !event.historical && !event.future && !event.reasons.some((r) => FUTURE_MAPPINGS.has(r.rule));
}

/** The rules that give a future act its PLOVER type (the flag itself may be cleared once the act is an AGREE of today). */
const FUTURE_MAPPINGS: ReadonlySet<string> = new Set(['events/future-as', 'events/future-threat', 'events/content-threat']);

/** The lower-cased lemma of an event's first trigger token, the word the lexicon's senses are listed under. */
export function triggerLemma(doc: Document, event: CodedEvent): string {
  return (doc.layers.pos?.[event.trigger.tokens[0]]?.lemma ?? '').toLowerCase();
}

/**
 * The type to give instead of the rules' and its probability: the most likely of the trigger word's other senses,
 * with probability 0 when the rules' type is at least as likely (no change).
 */
export function typeChoice(p: Readonly<Record<string, number>>, rule: string, senses: ReadonlySet<string>): { to: string; p: number } {
  let to = rule;
  let best = p[rule] ?? 0;
  for (const type of [...senses].sort()) if ((p[type] ?? 0) > best) { to = type; best = p[type]; }
  return to === rule ? { to, p: 0 } : { to, p: best };
}

function retyped(doc: Document, event: CodedEvent, to: PloverEvent, p: number): CodedEvent {
  const modes: Readonly<Record<string, number>> = PLOVER_TYPES[to].modes;
  const mode = event.mode !== undefined && event.mode in modes ? event.mode : undefined;
  const why = reason('events/retype', { from: event.event, to, score: Number(p.toFixed(2)) });
  const { mode: _dropped, ...rest } = event;
  return {
    ...rest, ...(mode !== undefined ? { mode } : {}),
    event: to, quad: QUAD_OF[to], quadCode: quadCode(to), score: ploverScore(to, mode),
    reasons: [...event.reasons, why], why: `${event.why}; ${renderReason(packOf(doc), why)}`,
  };
}
