/**
 * Whether two coded participants are different sides, for the rules that never let a side accuse, judge or blame
 * itself (speech-content.ts, judged-predicates.ts, blame-predicates.ts, code-nominal.ts, reported-accusations.ts) and
 * for the recipient an act may not have (roles.ts: "an actor does not act on itself").
 * Different codes are different sides; within one code, only sectors that are rivals
 * (data/rival-sectors.tsv: a government and its opposition, "the Tories accused the government", #12) are. Codes and
 * sectors alone make two opposition parties one side (both GBR OPP), so a sector the table pairs with itself compares
 * the bodies: two different named bodies of the knowledge base ("the Tories attacked the Lib Dems' plans"), or people
 * whose titles name them, are rivals, while the same body, its own people, a common noun ("the opposition") or a
 * person of no known body is never told from its own side. A body and its own people are one side whatever sectors
 * the actors stage gave them (Labour is PTY, a Labour leader OPP). People's bodies come in a per-document map
 * (`ActorIndex.bodies`, person-bodies.ts) and are never written to the participants the stage stores.
 */
import { DyadError } from '../../core/errors.js';
import { loadKb, type ActorKb } from '../actors/kb.js';
import type { ActorKind } from '../actors/kb-types.js';
import { nameKey } from '../actors/name-key.js';
import { shippedTable } from './shipped-table.js';

interface Sided {
  readonly code?: string;
  readonly sector?: string;
  /** The actor's id (a knowledge-base id for named actors) and canonical name, to tell bodies of one sector apart. */
  readonly actorId?: string;
  readonly name?: string;
}

/** Person actor id → the knowledge-base id of the party, union or group the person speaks for (person-bodies.ts). */
export type PersonBodies = ReadonlyMap<string, string>;

const NO_BODIES: PersonBodies = new Map();

/** What a participant is in the knowledge base (`org` for a party, union or group), if its id is the base's. */
export type KindOf = (p: Sided) => ActorKind | undefined;

let kb: ActorKb | undefined;

/**
 * Rows `sector<TAB>sector`, each pair read both ways; a sector paired with itself makes its different named bodies
 * rivals. `#` starts a comment line.
 */
export function parseRivalSectors(text: string, path: string): ReadonlySet<string> {
  const out = new Set<string>();
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const fields = line.split('\t').map((f) => f.trim());
    const [a = '', b = ''] = fields;
    if (fields.length !== 2 || !/^[A-Z]{3}$/.test(a) || !/^[A-Z]{3}$/.test(b)) {
      throw new DyadError('E170', { path, line: i + 1, problem: 'expected two three-letter sectors, tab-separated' });
    }
    out.add(`${a}\t${b}`).add(`${b}\t${a}`);
  });
  return out;
}

/** The shipped pairs: the default of `isOtherSide` and `isRivalBody`, so asked on every call that passes none. */
const rivalSectors = shippedTable('rival-sectors.tsv', parseRivalSectors);

/** The knowledge base's kind of the actor whose canonical name and id the participant carries. */
const kbKindOf: KindOf = (p) => {
  if (!p.name || !p.actorId) return undefined;
  const base = (kb ??= loadKb());
  for (const i of base.named(nameKey(p.name)) ?? []) {
    const actor = base.actor(i);
    if (actor?.id === p.actorId) return actor.kind;
  }
  return undefined;
};

/** Whether `a` and `b` are both coded and are different sides (different codes, rival sectors, or rival bodies). */
export function isOtherSide(a: Sided | undefined, b: Sided, bodies: PersonBodies = NO_BODIES, pairs: ReadonlySet<string> = rivalSectors(), kindOf: KindOf = kbKindOf): boolean {
  if (!a?.code || !b.code) return false;
  if (a.code !== b.code) return true;
  if (!a.sector || !b.sector) return false;
  if (a.sector === b.sector) return isRivalBody(a, b, bodies, pairs, kindOf);
  if (!pairs.has(`${a.sector}\t${b.sector}`)) return false;
  const body = bodyOf(a, bodies, kindOf);
  return body === undefined || body !== bodyOf(b, bodies, kindOf);
}

/**
 * Whether `a` and `b` speak for two different named bodies (knowledge-base organisations, or the party a person's title
 * names) of one code and one sector that data/rival-sectors.tsv pairs with itself: "the Tories attacked the Lib Dems'
 * plans", "Lib Dem leader Charles Kennedy attacked Mr Howard" (all GBR OPP). The same body is one side ("Tory leader
 * Michael Howard" and "the Tories"), and so is anyone whose body is unknown.
 */
export function isRivalBody(a: Sided, b: Sided, bodies: PersonBodies = NO_BODIES, pairs: ReadonlySet<string> = rivalSectors(), kindOf: KindOf = kbKindOf): boolean {
  if (!a.code || a.code !== b.code || !a.sector || a.sector !== b.sector || !pairs.has(`${a.sector}\t${a.sector}`)) return false;
  const [first, second] = [bodyOf(a, bodies, kindOf), bodyOf(b, bodies, kindOf)];
  return first !== undefined && second !== undefined && first !== second;
}

/** The body a participant is or speaks for: a person's from the document's map, an organisation of the base itself. */
function bodyOf(p: Sided, bodies: PersonBodies, kindOf: KindOf): string | undefined {
  const body = p.actorId !== undefined ? bodies.get(p.actorId) : undefined;
  return body ?? (kindOf(p) === 'org' ? p.actorId : undefined);
}
