import { assetPath, loadAsset, type AssetKind } from '../../core/assets.js';
import type { Document } from '../../core/document.js';
import { reason } from '../../lang/reason.js';
import { predictLogistic, type Logistic } from '../../ml/logistic.js';
import { filterFeatures } from './filter-features.js';
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

/** How many events each sentence holds: a feature (a sentence read as many acts is often misread). */
export function eventsPerSentence(events: readonly CodedEvent[]): Map<number, number> {
  const per = new Map<number, number>();
  for (const e of events) per.set(e.sent, (per.get(e.sent) ?? 0) + 1);
  return per;
}

/**
 * The layer with the events the model scores at or above its threshold turned down (`events/filter`, with the
 * score and the features that weighed most). Only scored events are judged: negated, hypothetical and
 * historical ones are no facts of the day and stay as they are.
 */
export function filterEvents(doc: Document, layer: EventLayer, model: EventFilterModel): EventLayer {
  const per = eventsPerSentence(layer.events);
  const kept: CodedEvent[] = [];
  const rejected: RejectedTrigger[] = [];
  for (const event of layer.events) {
    if (event.negated || event.hypothetical || event.historical) { kept.push(event); continue; }
    const features = filterFeatures(doc, event, per.get(event.sent) ?? 1);
    const score = predictLogistic(model, features);
    if (score < model.threshold) { kept.push(event); continue; }
    const top = features.filter((f) => (model.weights[f] ?? 0) > 0).sort((a, b) => model.weights[b] - model.weights[a]).slice(0, 3);
    rejected.push({
      sent: event.sent, trigger: event.trigger, ...(event.cameo ? { cameo: event.cameo } : {}), event: event.event, ruleId: 'events/filter',
      reasons: [reason('events/filter', { score: Number(score.toFixed(2)), features: top.join(', ') }), ...event.reasons],
    });
  }
  return rejected.length ? { events: kept, rejected: [...layer.rejected, ...rejected] } : layer;
}
