import type { Document } from '../../core/document.js';
import { filterFeatures } from './filter-features.js';
import type { OfferedFrom } from './offered-actors.js';
import type { CodedEvent, EventParticipant } from './types.js';

/** How a reading's actor was offered (offered-actors.ts): every place it was found, and among how many offers. */
export interface Offer { readonly from: readonly OfferedFrom[]; readonly offers: number }

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

/** Whether a feature says how the reading's actor was offered (offerFeatures): what the actor choice reads. */
export const isChoiceFeature = (feature: string): boolean => feature.startsWith('offer') || feature.startsWith('subject:');

/** How the offered actor (the reading's first) stands to the trigger and in its own sentence. */
function offerFeatures(doc: Document, event: CodedEvent, { from, offers }: Offer): string[] {
  const actor = event.actors[0];
  // Each origin alone and with the type; the first (structure before discourse) with where the mention stands.
  const out = [...from.flatMap((f) => [`offered:${f}`, `offered:${f}:${event.event}`]), `offers:${offers >= 3 ? '3+' : offers}`];
  if (from.length > 1) out.push(`offered-agree:${from.length >= 3 ? '3+' : from.length}`);
  // An origin is worth more on an official site, whose readouts leave their own side unnamed, than on the wire.
  const where = doc.layers.discourse?.publisher ? 'site' : 'wire';
  for (const f of from) out.push(`offered:${f}:${where}`);
  // Why the clause named no actor: an agentless passive, no subject at all, a pronoun, or a noun that is no actor.
  const shape = subjectShape(doc, event.trigger.tokens[0]);
  out.push(`subject:${shape}`, `subject:${shape}:${from[0]}`);
  if (!actor || from[0] === 'publisher') return out;
  out.push(`offered:${from[0]}:${actor.start < event.trigger.start ? 'before' : 'after'}`);
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

/**
 * The trigger's own subject, as the roles saw it when they found no actor: `passive` (none, with a passive auxiliary),
 * `none`, `pronoun:<lemma>`, `noun-passive` (the passive's subject undergoes the act) or `noun` (a doer that is no coded actor).
 */
function subjectShape(doc: Document, trigger: number): string {
  const deps = doc.layers.deps;
  const kids = deps ? deps.flatMap((d, i) => (d.head === trigger ? [i] : [])) : [];
  const subj = kids.find((k) => deps![k].deprel.startsWith('nsubj'));
  if (subj === undefined) return kids.some((k) => deps![k].deprel === 'aux:pass') ? 'passive' : 'none';
  const pos = doc.layers.pos?.[subj];
  if (pos?.upos === 'PRON') return `pronoun:${pos.lemma.toLowerCase()}`;
  return deps![subj].deprel === 'nsubj:pass' ? 'noun-passive' : 'noun';
}
