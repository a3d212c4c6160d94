import { type Context, sentenceParticipants } from './event-context.js';
import type { EventParticipant } from './types.js';

/** Where an offered actor was found: the sentence before the trigger's, or the official site telling it. */
export type OfferedFrom = 'previous' | 'publisher';

/** An actor the article offers a trigger whose clause named none. */
export interface OfferedActor { readonly actor: EventParticipant; readonly from: OfferedFrom }

/**
 * The coded actors the learned rescue (event-rescue.ts) may try as the doer of a trigger the roles found no actor for:
 * the parties the sentence before adds to its own ("The President met … . Discussed …"), then the official site that
 * tells it ("Thank you for the invitation" on kremlin.ru). One try per party.
 */
export function offeredActors(ctx: Context, sent: number, trigger: number): OfferedActor[] {
  const seen = new Set<string>();
  const out: OfferedActor[] = [];
  const offer = (actor: EventParticipant, from: OfferedFrom): void => {
    const key = `${actor.code}${actor.sector ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ actor, from });
  };
  // A party of the trigger's own sentence that the roles did not take is rarely its doer (on GSR they gave wrong or
  // reversed pairs: "Israel is opposed to French mediation"); one the sentence before names is what they cannot see.
  for (const p of sentenceParticipants(ctx, sent)) seen.add(`${p.code}${p.sector ?? ''}`);
  if (sent > 0) for (const p of sentenceParticipants(ctx, sent - 1)) offer(p, 'previous');
  const publisher = ctx.doc.layers.discourse?.publisher;
  const at = ctx.tree.tokens[trigger];
  if (publisher) offer({ start: at.start, end: at.end, tokens: [trigger, trigger + 1], actorId: `publisher:${publisher.site}`, name: publisher.site, code: publisher.code, sector: 'GOV' }, 'publisher');
  return out;
}
