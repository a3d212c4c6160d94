/**
 * Each event's parties as the states of the article's day (`actors/historical-members.ts`), decided per event, not per
 * mention (#12, review a of session 52). The actors stage, the discourse stage's places and this stage's own readers
 * (nationality adjectives, a place of force) give a member's code of today ("Croatian police" HRV COP in 1991); here:
 * - where two parties of the event are members of one union (present or past: "Ukraine accused Russia" on 1991-12-20),
 *   or one is the union's state and another a member ("Lithuania accused Moscow", "Soviet troops stormed Baku"), every
 *   party keeps its member's code: the union's code for both would erase the dyad (SVN>SRB in 1989, not YUG>YUG);
 * - otherwise a member's people, forces and places are the union's ("Zagreb police detained strikers" in 1987 is YUG
 *   COP, as the training gold codes the Yugoslav strikes), except a member's own government and legislature
 *   (`data/republic-sectors.tsv`): "the Ukrainian government" and a republic capital standing for it are UKR GOV.
 */
import type { LanguagePack } from '../../lang/pack.js';
import { reason, renderReason, type Reason } from '../../lang/reason.js';
import { stateOnDay, unionsOf } from '../actors/historical-members.js';
import { loadKb, type ActorKb } from '../actors/kb.js';
import { sectorName } from '../actors/resolve.js';
import { shippedTable } from './shipped-table.js';
import type { CodedEvent, EventParticipant } from './types.js';

/** Rows `SECTOR` (republic-sectors.tsv, union-state-sectors.tsv); `#` a comment. */
export function parseRepublicSectors(text: string): ReadonlySet<string> {
  return new Set(text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
}

const republicSectors = shippedTable('republic-sectors.tsv', parseRepublicSectors);
const unionStateSectors = shippedTable('union-state-sectors.tsv', parseRepublicSectors);
let kb: ActorKb | undefined;

/**
 * The unions two or more of the event's parties lie in or are, each with the codes that put it there. A union's own
 * code counts only for its state (`union-state-sectors.tsv`), not for its people.
 */
function disputedUnions(parties: readonly EventParticipant[]): Set<string> {
  const seen = new Map<string, Set<string>>();
  for (const { code, sector } of parties) {
    if (!code) continue;
    for (const u of unionsOf(code)) if (u !== code || !sector || unionStateSectors().has(sector)) seen.set(u, (seen.get(u) ?? new Set()).add(code));
  }
  return new Set([...seen].filter(([, c]) => c.size >= 2).map(([u]) => u));
}

/**
 * `events` with each party a member of a union on `day` (ISO) recoded as the union, unless the event is a dispute
 * inside that union or the party is the member's government; a reason for each change and each dispute kept.
 * @example statesOfDay(events, '1989-06-01', pack) // "Slovenia criticised Serbia": SVN>SRB kept; "Slovenian police arrested Austrians": YUG COP
 */
export function statesOfDay(events: readonly CodedEvent[], day: string | undefined, pack: LanguagePack): CodedEvent[] {
  if (!day) return events.slice();
  return events.map((event) => {
    const parties = [...event.actors, ...event.recipients, ...(event.speaker ? [event.speaker] : [])];
    const codes = parties.flatMap((p) => (p.code ? [p.code] : []));
    if (codes.every((c) => stateOnDay(c, day) === c)) return event;
    const kept = disputedUnions(parties);
    const added: Reason[] = [];
    const nameOf = (code: string): string => (kb ??= loadKb()).actor(kb.country(code) ?? -1)?.name ?? code;
    const recode = (p: EventParticipant): EventParticipant => {
      const union = p.code ? stateOnDay(p.code, day) : undefined;
      if (!p.code || !union || union === p.code) return p;
      if (kept.has(union)) { added.push(reason('events/union-dispute', { name: p.name, member: nameOf(p.code), union: nameOf(union), day })); return p; }
      if (p.sector && republicSectors().has(p.sector)) { added.push(reason('events/republic-body', { name: p.name, member: nameOf(p.code), union: nameOf(union) })); return p; }
      added.push(reason('events/state-of-day', { name: p.name, member: nameOf(p.code), union: nameOf(union), day }));
      // A country's sector actor ("HRV-COP", "Croatia (COP)") becomes the union's, so "Yugoslav police" is the same actor.
      const renamed = p.actorId === [p.code, p.sector].filter(Boolean).join('-') ? { actorId: [union, p.sector].filter(Boolean).join('-'), name: sectorName((kb ??= loadKb()), union, p.sector) } : {};
      return { ...p, ...renamed, code: union };
    };
    const actors = event.actors.map(recode);
    const recipients = event.recipients.map(recode);
    const speaker = event.speaker && recode(event.speaker);
    const reasons = unique(added);
    if (!reasons.length) return event;
    return { ...event, actors, recipients, ...(speaker ? { speaker } : {}), reasons: [...event.reasons, ...reasons], why: [event.why, ...reasons.map((r) => renderReason(pack, r))].join('; ') };
  });
}

/** One reason per party and rule: a party named as actor and speaker is told once. */
function unique(reasons: readonly Reason[]): Reason[] {
  const seen = new Set<string>();
  return reasons.filter((r) => { const key = JSON.stringify(r); return seen.has(key) ? false : (seen.add(key), true); });
}
