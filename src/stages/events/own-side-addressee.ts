/**
 * "Nakasone told Trade and Industry Minister Hajime Tamura to redouble his efforts", "The Federal Trade Commission urged
 * Treasury Secretary James Baker to veto the bill": the verb's object is a named body or person of the doer's own
 * country and sector, and the gold codes such an act between the two (JPNGOV->JPNGOV; training wire, #12). The roles'
 * rule that an actor does not act on itself passes such an object over, and the search then reaches a party the act
 * never addressed (a party of the story's dispute, the readout's other side). Only a distinct named one is kept: the
 * object and every doer are people or organisations (not a country, a sector noun or a pronoun) and the object is none
 * of the doers, so "told himself" and "told his ministers" stay without a recipient.
 */
import type { ActorIndex } from './participants.js';
import { actorsOfPhrase } from './participants.js';
import { childrenBy, type Tree } from './tree.js';
import { QUAD_OF, type PloverEvent } from './plover.js';
import type { EventParticipant } from './types.js';

/** Mention kinds that name one body or one person, not a country read twice under two names. */
const NAMED_KINDS: ReadonlySet<string | undefined> = new Set(['person', 'org']);

/** The own-side named parties the verb's object names, when that object is another named body of the doers' side. */
export function ownSideAddressees(tree: Tree, actors: ActorIndex, verb: number, doers: readonly EventParticipant[]): EventParticipant[] {
  if (!doers.length || !doers.every((d) => d.code && NAMED_KINDS.has(actors.at(d.tokens[0])?.kind))) return [];
  for (const obj of childrenBy(tree, verb, 'obj', 'iobj')) {
    const mention = actors.at(obj);
    if (!mention || !NAMED_KINDS.has(mention.kind)) continue;
    const named = actorsOfPhrase(tree, actors, obj).filter((p) => p.actorId === mention.actorId);
    const own = (p: EventParticipant) => doers.some((d) => d.code === p.code && d.sector === p.sector) && !doers.some((d) => d.actorId === p.actorId);
    if (named.length && named.every(own)) return named;
  }
  return [];
}

/**
 * Whether an act of this type keeps a recipient of the doer's own country and sector: a REQUEST or a hostile act
 * does ("urged Finance Minister Stoltenberg"), a cooperative one does not (`withoutSelfRecipients`), so the own-side
 * search is not taken for it and the ordinary recipient search goes on (review rv-d #3 of session 60).
 */
export function keepsOwnSide(event: PloverEvent): boolean {
  return !QUAD_OF[event].endsWith('cooperation') || event === 'REQUEST';
}
