/**
 * A wish given to a party ("wished him a speedy recovery", "wished President Lula every success") is
 * commendation (PLOVER SUPPORT), not a hope for an event: the hoping verbs (`hoping` in data/rule-words.tsv)
 * otherwise tell only what is hoped for ("wished his visit could have been …"). The objects that make a
 * wish a commendation are the WISH block's patterns in data/verbs.txt.
 */
import { HOPING } from './flags.js';
import type { Tree } from './tree.js';
import type { TriggerMatch } from './triggers.js';

/** Commendation, the PLOVER type a well-wish codes. */
const COMMENDATION = 'SUPPORT';

/** A hoping verb whose own pattern codes the wish as commendation: it is given, not hoped for. */
export function isWellWish(tree: Tree, match: TriggerMatch, event: string | undefined): boolean {
  return HOPING.has(tree.lemmas[match.token]) && match.kind === 'pattern' && event === COMMENDATION;
}
