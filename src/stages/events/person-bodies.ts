/**
 * The party, union or group each person of a document speaks for, from the title the actors stage read beside the
 * name ("Tory leader Michael Howard", "Unison general secretary Dave Prentis", "Lib Dem leader Charles Kennedy"), so
 * that sides.ts can tell two opposition parties' people apart and keep a party's own members on its side (#12). Kept
 * by actor id for the whole document: "Mr Howard" later, whose mention carries no title, is the same person.
 */
import type { Reason } from '../../lang/reason.js';
import { loadKb, type ActorKb } from '../actors/kb.js';
import { nameKey } from '../actors/name-key.js';
import type { ActorMention } from '../actors/types.js';

/** Reason fields that hold the words the actors stage read as a person's title or agent noun. */
const TITLE_FIELDS = ['title', 'agent'] as const;

/** Person actor id → the knowledge-base id of the body (an organisation of the person's country) its title names. */
export function personBodies(mentions: readonly ActorMention[], kb: ActorKb = loadKb()): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const m of mentions) {
    if (m.kind !== 'person' || !m.code || m.members?.length || out.has(m.actorId)) continue;
    const body = titlesOf(m.reasons).map((title) => bodyNamedIn(kb, title, m.code as string)).find(Boolean);
    if (body) out.set(m.actorId, body);
  }
  return out;
}

/** Every title or agent text in a reason tree, nested reasons included. */
function titlesOf(reasons: readonly Reason[]): string[] {
  return reasons.flatMap((r) => [
    ...TITLE_FIELDS.map((f) => r[f]).filter((v): v is string => typeof v === 'string'),
    ...Object.values(r).flatMap((v) => (Array.isArray(v) ? titlesOf(v as readonly Reason[]) : typeof v === 'object' && v ? titlesOf([v as Reason]) : [])),
  ]);
}

/**
 * The organisation of country `code` that a run of the title's words names nearest the name: the title's last body
 * ("former Tory MP and UKIP candidate" → UKIP), the longest run ending there ("Lib Dem", not "Dem").
 */
function bodyNamedIn(kb: ActorKb, title: string, code: string): string | undefined {
  const words = title.split(/\s+/).filter(Boolean);
  for (let end = words.length; end > 0; end--) {
    for (let start = 0; start < end; start++) {
      for (const i of kb.named(nameKey(words.slice(start, end).join(' '))) ?? []) {
        const actor = kb.actor(i);
        if (actor?.kind === 'org' && actor.roles.some((r) => r.code === code)) return actor.id;
      }
    }
  }
  return undefined;
}
