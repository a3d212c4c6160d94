/**
 * Both sides of a reciprocal clash (#12, review of session 40): "Labour and the Tories clashed over tax", "Tony Blair
 * clashed with Gordon Brown over the budget". A clash has two sides however the parse links them: the parser sometimes
 * splits "Labour and the Tories" into two subjects of the verb (roles read the first), and the "with" partner of one
 * country and sector as the subject is passed over by roles' "an actor does not act on itself". Each side named is kept:
 * another subject as an actor (PLOVER: reciprocal acts put every participant in `actor`), a partner as the recipient.
 * The verbs are `reciprocal` rows of data/rivalry-senses.tsv.
 */
import { reason, type Reason } from '../../lang/reason.js';
import { actorsOfPhrase, type ActorIndex } from './participants.js';
import { reciprocalVerbs } from './rivalry-senses.js';
import { childrenBy, markerOf, type Tree } from './tree.js';
import type { EventParticipant } from './types.js';

export interface ClashSides {
  readonly actors: EventParticipant[];
  readonly recipients: EventParticipant[];
  readonly reason: Reason;
}

/** The sides of reciprocal verb `verb` that `actors` and `recipients` leave out, added; undefined when none is. */
export function clashSides(tree: Tree, index: ActorIndex, verb: number, actors: readonly EventParticipant[], recipients: readonly EventParticipant[], verbs: ReadonlySet<string> = reciprocalVerbs()): ClashSides | undefined {
  if (!verbs.has(tree.lemmas[verb])) return undefined;
  const known = (p: EventParticipant): boolean => [...actors, ...recipients].some((a) => a.actorId === p.actorId);
  const add = (found: EventParticipant[], p: EventParticipant): EventParticipant[] => (known(p) || found.some((f) => f.actorId === p.actorId) ? found : [...found, p]);
  // "Labour and the Tories clashed" parsed as two subjects, the "and" hung on the verb.
  const subjects = childrenBy(tree, verb, 'nsubj');
  const split = subjects.length > 1 && childrenBy(tree, verb, 'cc').some((c) => c > subjects[0] && c < subjects[subjects.length - 1]);
  const moreActors = (split ? subjects.slice(1) : []).flatMap((s) => actorsOfPhrase(tree, index, s)).filter((p) => p.code).reduce(add, []);
  const partners = childrenBy(tree, verb, 'obl').filter((o) => markerOf(tree, o) === 'with').flatMap((o) => actorsOfPhrase(tree, index, o))
    .filter((p) => p.code && !moreActors.some((m) => m.actorId === p.actorId)).reduce(add, []);
  if (!moreActors.length && !partners.length) return undefined;
  const names = [...moreActors, ...partners].map((p) => p.name).join(', ');
  return { actors: [...actors, ...moreActors], recipients: [...recipients, ...partners], reason: reason('events/clash-sides', { names }) };
}
