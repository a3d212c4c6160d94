import { articleDate } from '../../core/days.js';
import { packOf } from '../../lang/pack.js';
import type { EventInput } from './code-events.js';
import { dropOwnGroundVisits } from './own-ground-visits.js';
import { placeEvents } from './place-events.js';
import { statesOfDay } from './states-of-day.js';
import type { EventLayer } from './types.js';

/**
 * The steps the stage takes after its learned filter: own-ground visits dropped, locations, hosts and targets placed,
 * and last the parties recoded as the states of the day (#12). The stage (index.ts) and the learned steps' gatherers
 * (scripts/events/event-filter-data.ts, event-rescue-data.ts) all call it, so the gathered totals are the stage's: a
 * step added to the stage alone made cross-fit.ts refuse every gathered file (E1021, session 59: statesOfDay).
 * Each step maps the layer's events one to one and in order, so an event's filter features follow it.
 */
export function finishEvents(doc: EventInput, layer: EventLayer): EventLayer {
  const placed = placeEvents(doc, dropOwnGroundVisits(doc, layer));
  return { ...placed, events: statesOfDay(placed.events, articleDate(doc), packOf(doc)) };
}
