/**
 * The name of a sector actor once its context gave it a country. The actors stage names a group noun it finds
 * no country for by a placeholder, "unknown country (LAB)" (`sectorActor`), and `locate`, the possessor and the
 * pronoun rules give such a mention a code while the mention keeps that name: the wire's output carried
 * `{"code": "BOL", "sector": "LAB", "name": "unknown country (LAB)"}` for "the miners" of a La Paz story, which
 * readers of the output (this session's wire annotators) took for a miner of no country. The name is made the
 * way `sectorActor` makes it for a mention coded from the start ("Bolivia (LAB)"); the actor id is left alone,
 * so that what refers to what does not change.
 */
import type { ActorKb } from '../actors/kb.js';
import type { ActorMention } from '../actors/types.js';

/** The id prefix `sectorActor` gives a sector actor it found no country for ("UNK-LAB"). */
const NO_COUNTRY = 'UNK-';

/** `m` named by its country and sector when it was a no-country sector actor that has a code now; else `m`. */
export function namedByCountry(m: ActorMention, kb: ActorKb): ActorMention {
  if (!m.code || m.members?.length || !m.actorId.startsWith(NO_COUNTRY)) return m;
  const country = kb.actor(kb.country(m.code) ?? -1);
  const name = [country?.name ?? m.code, m.sector ? `(${m.sector})` : ''].join(' ').trim();
  return name === m.name ? m : { ...m, name };
}
