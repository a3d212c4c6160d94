/**
 * "the Biden-Harris Administration", "the Trump Administration", "the Kohl Government": a leader's
 * surname before a government noun names that leader's government, not a person. The NER stage
 * reads such capitalised spans ("Harris Administration") as people, which left them uncoded actors
 * of the readouts' statements (see #12).
 */
import type { ActorKb } from './kb.js';
import { rankMatches } from './kb.js';
import { matchAgent, type Part, type Words } from './phrase.js';

/** The government a leader's surname and a government noun name: its country and the leader's name. */
export interface LeaderBody {
  readonly code: string;
  readonly leader: string;
}

/**
 * The government named by `span` (an NER person): the span ends in a government noun ("Administration")
 * and the words before it are surnames, one at least of a person in government on the day.
 * @example leaderBody(kb, words('Harris Administration'), { first: 0, last: 2 }, '2023-05-01') // { code: 'USA', leader: 'Kamala Harris' }
 */
export function leaderBody(kb: ActorKb, words: Words, span: Part, day: string | undefined): LeaderBody | undefined {
  const noun = matchAgent(kb, words, span.last - 1);
  if (span.last - span.first < 2 || noun?.last !== span.last || noun.first !== span.last - 1 || noun.sectors[0] !== 'GOV') return undefined;
  for (let k = span.first; k < span.last - 1; k++) {
    const found = rankMatches(kb, kb.surnamed(words.keys[k] ?? '') ?? [], day).find((m) => m.actor.kind === 'person' && m.onDate?.status === 'current' && m.onDate.role.sector === 'GOV' && m.onDate.role.office);
    const code = found?.onDate?.role.code;
    if (found && code) return { code, leader: found.actor.name };
  }
  return undefined;
}
