import { articleDate, daysBetween } from '../core/days.js';
import type { Document } from '../core/document.js';
import '../stages/dateline/types.js';
import '../stages/dates/types.js';
import '../stages/sentences/types.js';

/**
 * The day an item's event took place, when its lead says it was before the day it was posted
 * (see #15): "Yesterday, National Security Advisor Jake Sullivan met with …", "On January 26, the
 * meeting of political advisers … took place in Paris" (posted 27 January). Reports of one event
 * are compared by this day: a readout posted the next morning is of the other reports' day, not of
 * the next day's meetings and addresses.
 */

/**
 * Days before its posting an item may report an event and still be news of it ("Last Wednesday,
 * senior officials hosted …", a readout six days late); a date further back is history.
 */
export const MAX_LEAD_DAYS = 7;

/**
 * The first day-precise date the body's first sentence gives, when it is 1 to `MAX_LEAD_DAYS` days
 * before the publication date; else undefined. Only the first date counts: "President Biden spoke
 * today with President Duque … following the attack on … on Friday" is today's call, and a later
 * sentence's dates are context ("the Council, which met in Pittsburgh on September 29").
 * @example leadDate(doc) // '2022-01-26' for "On January 26, the meeting … took place" posted 2022-01-27
 */
export function leadDate(doc: Document): string | undefined {
  const published = articleDate(doc);
  if (!published) return undefined;
  const bodyStart = doc.layers.dateline?.body?.start ?? 0;
  const lead = (doc.layers.sentences ?? []).find((s) => s.start >= bodyStart);
  if (!lead) return undefined;
  const first = (doc.layers.dates ?? [])
    .filter((d) => d.start >= lead.start && d.end <= lead.end && d.type === 'date' && d.granularity === 'day' && /^\d{4}-\d{2}-\d{2}$/.test(d.value))
    .sort((a, b) => a.start - b.start)[0];
  if (!first) return undefined;
  const before = daysBetween(first.value, published);
  return before >= 1 && before <= MAX_LEAD_DAYS ? first.value : undefined;
}
