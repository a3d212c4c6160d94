/**
 * "The occupiers destroyed a house of culture", "Russian troops have destroyed or damaged almost 400
 * health facilities", "The Armed Forces of Ukraine heroically repel the occupiers' attempts to
 * advance": on the official site of a country at war (the site's adversary in
 * `discourse/data/adversaries.tsv`, from the day the war began), force one side uses with no target
 * named is used against the other side. The site says whose war it reports; the sentence names only
 * the side that acts.
 */
import { articleDate } from '../../core/days.js';
import type { Document } from '../../core/document.js';
import { reason, type Reason } from '../../lang/reason.js';
import { loadKb, type ActorKb } from '../actors/kb.js';
import { loadAdversaries, type Adversary } from '../discourse/adversaries.js';
import type { CodedEvent, EventParticipant } from './types.js';

/** Events of force, whose target a war's other side is when the sentence names none. */
const FORCE = new Set(['ASSAULT', 'COERCE']);

let kb: ActorKb | undefined;

/** The war's other side as the event's recipient, with the reason; undefined when the rule does not apply. */
export function warTarget(doc: Document, event: CodedEvent, rows: readonly Adversary[] = loadAdversaries()): { recipient: EventParticipant; reason: Reason } | undefined {
  if (!FORCE.has(event.event) || event.recipients.length || !event.actors.length) return undefined;
  const site = doc.layers.discourse?.publisher;
  const day = articleDate(doc);
  if (!site || !day) return undefined;
  const enemy = rows.find((r) => r.site === site.code && day >= r.from)?.code;
  if (!enemy) return undefined;
  const codes = new Set(event.actors.map((a) => a.code));
  const [side] = codes;
  if (codes.size !== 1 || (side !== enemy && side !== site.code)) return undefined;
  const target = side === enemy ? site.code : enemy;
  const name = (kb ??= loadKb()).actor(kb.country(target) ?? -1)?.name ?? target;
  const { start, end, tokens } = event.trigger;
  return {
    recipient: { start, end, tokens, actorId: `war:${target}`, name, code: target },
    reason: reason('events/war-target', { name, site: site.site }),
  };
}
