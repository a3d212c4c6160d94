import { assetPath, loadAsset, type AssetKind } from '../../core/assets.js';
import type { Document } from '../../core/document.js';
import { packOf } from '../../lang/pack.js';
import { reason, renderReason } from '../../lang/reason.js';
import { predictLogistic, type Logistic } from '../../ml/logistic.js';
import { filterFeatures, withTextKind } from './filter-features.js';
import type { CodedEvent, EventLayer, RejectedTrigger } from './types.js';

/**
 * A logistic model of how likely a coded event is false (no gold item of its type and participants in its
 * sentence), over the named features of filter-features.ts, trained by `npm run train:event-filter` on the
 * training gold and news-dev's tune half. An event whose score reaches `threshold` is turned down.
 */
export interface EventFilterModel extends Logistic {
  /** The probability of being false at which an event is turned down, chosen on the training data. */
  readonly threshold: number;
}

/** The asset kind of the filter's weights: JSON `EventFilterModel` under the asset header. */
export const EVENT_FILTER: AssetKind<EventFilterModel> = {
  kind: 'event-filter', version: 1,
  decode: (payload) => JSON.parse(payload.toString('utf8')) as EventFilterModel,
};

/** The shipped filter, read once. */
export function loadEventFilter(): EventFilterModel {
  return loadAsset(EVENT_FILTER, assetPath('models', 'events', 'event-filter.json'));
}

/** The events of each sentence: features (a sentence read as many acts, or one trigger as several, is often misread). */
export function eventsBySentence(events: readonly CodedEvent[]): Map<number, CodedEvent[]> {
  const by = new Map<number, CodedEvent[]>();
  for (const e of events) {
    const own = by.get(e.sent);
    if (own) own.push(e);
    else by.set(e.sent, [e]);
  }
  return by;
}

/**
 * The features the filter reads of each event of the layer it is given, in the layer's order: `undefined` for an event
 * it does not judge (negated, hypothetical and historical ones are no facts of the day). The filter (filterEvents) and
 * its gatherer (scripts/events/event-filter-data.ts) both read them here, from the layer before `placeEvents`, so the
 * model learns from what it judges at run time (#12, session 47: the gatherer read them after placing, and learned
 * weights for the locations, hosts and targets placing adds, which the filter never sees).
 */
export function filterInputs(doc: Document, layer: EventLayer): (string[] | undefined)[] {
  const by = eventsBySentence(layer.events);
  return layer.events.map((event) => (event.negated || event.hypothetical || event.historical
    ? undefined
    : withTextKind(doc, filterFeatures(doc, event, by.get(event.sent) ?? [event]))));
}

/**
 * The layer with the events the model scores at or above its threshold turned down (`events/filter`, with the
 * score and the features that weighed most) and the others kept with their score in `why` (`events/filter-kept`).
 * Only scored events are judged: negated, hypothetical and historical ones are no facts of the day and stay as they are.
 */
export function filterEvents(doc: Document, layer: EventLayer, model: EventFilterModel): EventLayer {
  const inputs = filterInputs(doc, layer);
  const kept: CodedEvent[] = [];
  const rejected: RejectedTrigger[] = [];
  for (const [i, event] of layer.events.entries()) {
    const features = inputs[i];
    if (!features) { kept.push(event); continue; }
    const score = Number(predictLogistic(model, features).toFixed(2));
    if (score < model.threshold) {
      const why = reason('events/filter-kept', { score });
      kept.push({ ...event, reasons: [...event.reasons, why], why: `${event.why}; ${renderReason(packOf(doc), why)}` });
      continue;
    }
    const top = features.filter((f) => (model.weights[f] ?? 0) > 0).sort((a, b) => model.weights[b] - model.weights[a]).slice(0, 3);
    rejected.push({
      sent: event.sent, trigger: event.trigger, ...(event.cameo ? { cameo: event.cameo } : {}), event: event.event, ruleId: 'events/filter',
      reasons: [reason('events/filter', { score, features: top.join(', ') }), ...event.reasons],
    });
  }
  return { events: kept, rejected: [...layer.rejected, ...rejected] };
}
