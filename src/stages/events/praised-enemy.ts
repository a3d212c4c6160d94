/**
 * "Ukraine hailed the withdrawal of Russian forces from Kherson": a side of a war (data/wars.tsv, waged on the
 * article's day) that welcomes what the other side did supports no one, though praise of an act is otherwise
 * addressed to its doer (roles.ts doerOf; welcomed-retreat.test.ts). The training gold codes such praise with no
 * recipient ("The President welcomed the release of hostages by Hamas": SUPPORT USAGOV, recipient empty) and the
 * welcomed act as its own event (review fix-a #3 of session 59, #12).
 */
import { reason, type Reason } from '../../lang/reason.js';
import type { PloverEvent } from './plover.js';
import type { EventParticipant } from './types.js';
import { isWaged, loadWars, type War } from './wartime-target.js';

/** Sectors that are the warring state itself: its opposition, rebels or civilians may well be supported. */
const STATE_SECTORS = new Set<string | undefined>([undefined, 'GOV', 'MIL']);

/** Why the support's recipients are dropped, when all its actors are one side of a war and all its recipients the other's state. */
export function praisedEnemy(event: PloverEvent, actors: readonly EventParticipant[], recipients: readonly EventParticipant[], day: string | undefined, wars: readonly War[] = loadWars()): Reason | undefined {
  if (event !== 'SUPPORT' || !day || !actors.length || !recipients.length) return undefined;
  const side = actors[0]?.code;
  const enemy = recipients[0]?.code;
  if (!side || !enemy || actors.some((a) => a.code !== side) || recipients.some((r) => r.code !== enemy || !STATE_SECTORS.has(r.sector))) return undefined;
  const war = wars.find((w) => w.sides.includes(side) && w.sides.includes(enemy) && isWaged(w, day));
  return war ? reason('events/praised-enemy', { names: recipients.map((r) => r.name).join(', ') }) : undefined;
}
