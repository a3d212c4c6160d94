/**
 * The mentions the stage coded by a place, a nationality word or a country name, recoded as the state of the article's
 * day (`historical-members.ts`): "Zagreb police", "Croatian strikers" and "protesters in Belgrade" on 1987-03-15 are
 * Yugoslavia's, as "Belgrade police" already is through the capital's dated role, so one event never sets YUG against
 * SRB for one country (#12). A known person's or organisation's code is the knowledge base's own dated role and stays.
 */
import type { LanguagePack } from '../../lang/pack.js';
import { reason, renderReasons } from '../../lang/reason.js';
import { stateOnDay } from './historical-members.js';
import type { ActorKb } from './kb.js';
import { sectorName } from './resolve.js';
import type { ActorMention } from './types.js';

/** Whether the mention's code is the knowledge base's role for a known person or body, not read from a place. */
const isOwnRole = (m: ActorMention): boolean => m.kind === 'org' || (m.kind === 'person' && !m.actorId.startsWith('local:'));

/**
 * Each mention whose country was a member of a union on `day` (ISO), with the union's code and a reason naming it.
 * @example statesOfDay(kb, mentions, '1987-03-15', pack) // "Zagreb police" HRV COP → YUG COP, "Croatia lay in Yugoslavia on 1987-03-15"
 */
export function statesOfDay(kb: ActorKb, mentions: readonly ActorMention[], day: string | undefined, pack: LanguagePack): ActorMention[] {
  if (!day) return mentions.slice();
  return mentions.map((m) => {
    const parts = m.parts?.map((p) => (p.code ? { ...p, code: stateOnDay(p.code, day) } : p));
    const moved = parts?.some((p, i) => p.code !== m.parts?.[i]?.code) ? { ...m, parts } : m;
    if (!m.code || isOwnRole(m)) return moved;
    const state = stateOnDay(m.code, day);
    if (state === m.code) return moved;
    const nameOf = (code: string): string => kb.actor(kb.country(code) ?? -1)?.name ?? code;
    const base = m.reasons.length === 1 && m.reasons[0] ? m.reasons[0] : m.reasons;
    const reasons = [reason('actors/state-of-day', { base, member: nameOf(m.code), union: nameOf(state), day })];
    // A country's sector actor ("HRV-COP", "Croatia (COP)") becomes the union's, so "Yugoslav police" is the same actor.
    const sectorId = [m.code, m.sector].filter(Boolean).join('-');
    const renamed = m.actorId === sectorId ? { actorId: [state, m.sector].filter(Boolean).join('-'), name: sectorName(kb, state, m.sector) } : {};
    return { ...moved, ...renamed, code: state, reasons, why: renderReasons(pack, reasons) };
  });
}
