/**
 * "Ukraine hailed the withdrawal of Russian forces from Kherson": a side of a war (data/wars.tsv, waged on the
 * article's day) that welcomes what the other side did supports no one, though praise of an act is otherwise
 * addressed to its doer (roles.ts doerOf; welcomed-retreat.test.ts). The training gold codes such praise with no
 * recipient ("The President welcomed the release of hostages by Hamas": SUPPORT USAGOV, recipient empty) and the
 * welcomed act as its own event (review fix-a #3 of session 59, #12). Only a recipient found as the welcomed act's
 * doer or owner ("the withdrawal of Russian forces", "Russia's withdrawal") is dropped: one praised, thanked or
 * dealt with itself, the verb's object or a "to" or "with" party ("Iran praised Iraq", "apologised to Russia",
 * "signed an agreement with Russia"), is still addressed (review rv-a #1).
 */
import { reason, type Reason } from '../../lang/reason.js';
import { headOfMention } from './participants.js';
import type { PloverEvent } from './plover.js';
import { markerOf, type Tree } from './tree.js';
import type { EventParticipant } from './types.js';
import { isWaged, loadWars, type War } from './wartime-target.js';

/** Sectors that are the warring state itself: its opposition, rebels or civilians may well support or be supported. */
const STATE_SECTORS = new Set<string | undefined>([undefined, 'GOV', 'MIL']);

/** Markers of a party dealt with itself ("apologised to Russia", "an agreement with Russia"), not an act's doer. */
const ADDRESSED_MARKERS = new Set(['to', 'with']);

/** Whether every party is the warring state itself, not a group within it (review rv-a #8, #9). */
const isState = (parties: readonly EventParticipant[]): boolean => parties.every((p) => STATE_SECTORS.has(p.sector));

/** Whether `party` is the object of `verb` or a "to" or "with" party: addressed itself, not the doer of what is welcomed. */
function isAddressed(tree: Tree, verb: number, party: EventParticipant): boolean {
  const head = headOfMention(tree, party, party.tokens[0]);
  const dep = tree.deps[head];
  return (dep.head === verb && (dep.deprel === 'obj' || dep.deprel === 'iobj')) || ADDRESSED_MARKERS.has(markerOf(tree, head) ?? '');
}

/**
 * Why the support's recipients are dropped, when all its actors are one side of a war's state and all its recipients
 * the other's, none of them addressed itself (`roleReasons` say how the roles stage found them).
 */
export function praisedEnemy(tree: Tree, verb: number, event: PloverEvent, actors: readonly EventParticipant[], recipients: readonly EventParticipant[], roleReasons: readonly Reason[], day: string | undefined, wars: readonly War[] = loadWars()): Reason | undefined {
  if (event !== 'SUPPORT' || !day || !actors.length || !recipients.length) return undefined;
  // "praised the Russian Orthodox Church": the country of a praised object that is no act (roles.ts reaches the
  // object's nationality only when it names no doer) is praised itself (review rv-a #9).
  if (recipients.some((r) => isAddressed(tree, verb, r)) || roleReasons.some((r) => r.rule === 'roles/object-nationality')) return undefined;
  const side = actors[0]?.code;
  const enemy = recipients[0]?.code;
  if (!side || !enemy || actors.some((a) => a.code !== side) || recipients.some((r) => r.code !== enemy) || !isState(actors) || !isState(recipients)) return undefined;
  const war = wars.find((w) => w.sides.includes(side) && w.sides.includes(enemy) && isWaged(w, day));
  return war ? reason('events/praised-enemy', { names: recipients.map((r) => r.name).join(', ') }) : undefined;
}
