import type { Document } from '../../core/document.js';
import { filterFeatures } from './filter-features.js';
import type { OfferedFrom } from './offered-actors.js';
import type { CodedEvent, EventParticipant } from './types.js';

/** How a reading's actor was offered (offered-actors.ts): where from, and among how many offers. */
export interface Offer { readonly from: OfferedFrom; readonly offers: number }

/**
 * The named features the learned rescue (event-rescue.ts) reads of a turned-down trigger's second reading: the rule
 * that turned it down (alone and with the event's type), the verb the trigger hangs on, for an offered actor where it came from and how it stands
 * to the trigger, whether the sentence already holds an event of its type or any event (a second reading of a
 * sentence coded already is more often a restatement than a new act), and the filter's features of the event itself
 * (filter-features.ts: type, lemma, rules, participants, position).
 */
export function rescueFeatures(doc: Document, event: CodedEvent, rule: string, sentenceEvents: readonly CodedEvent[], offer?: Offer): string[] {
  const features = [`turned:${rule}`, `turned:${rule}:${event.event}`];
  if (offer) features.push(...offerFeatures(doc, event, offer));
  // The verb an infinitive or gerund hangs on says whether it is done ("went on to shell") or only spoken of ("threatened to shell").
  const head = doc.layers.deps?.[event.trigger.tokens[0]]?.head ?? -1;
  const governor = head >= 0 ? doc.layers.pos?.[head]?.lemma?.toLowerCase() : undefined;
  if (governor) features.push(`governor:${governor}`, `governor:${rule}:${governor}`);
  if (sentenceEvents.some((e) => e.event === event.event)) features.push('sentence-has-type');
  features.push(sentenceEvents.length ? 'sentence-has-event' : 'sentence-empty');
  return [...features, ...filterFeatures(doc, event, [...sentenceEvents, event])];
}

/** How the offered actor (the reading's first) stands to the trigger and in its own sentence. */
function offerFeatures(doc: Document, event: CodedEvent, { from, offers }: Offer): string[] {
  const actor = event.actors[0];
  const out = [`offered:${from}`, `offered:${from}:${event.event}`, `offers:${offers >= 3 ? '3+' : offers}`];
  if (!actor || from === 'publisher') return out;
  out.push(`offered:${from}:${actor.start < event.trigger.start ? 'before' : 'after'}`);
  if (event.recipients.some((r) => r.code === actor.code)) out.push('offered-is-recipient');
  const deps = doc.layers.deps;
  if (!deps) return out;
  const head = mentionHead(deps, actor);
  const deprel = deps[head]?.deprel.split(':')[0];
  if (deprel) out.push(`offered-deprel:${deprel}`);
  return out;
}

/** The mention's token whose head lies outside it (its last token when the parse links none out). */
function mentionHead(deps: NonNullable<Document['layers']['deps']>, p: EventParticipant): number {
  for (let t = p.tokens[0]; t < p.tokens[1]; t++) if (deps[t] && (deps[t].head < p.tokens[0] || deps[t].head >= p.tokens[1])) return t;
  return p.tokens[1] - 1;
}
