/**
 * A plural named in the main clause outside a subject, for `refer.ts`'s reading of "they" after an organisation of
 * members: what the organisation acted on is as near a "they" as its members (review a #2).
 */
import type { ActorMention } from '../actors/types.js';
import type { View } from './view.js';

/** Dependencies that open a clause of their own: a plural inside one is not what the main clause acted on. */
const CLAUSE_DEPRELS = new Set(['advcl', 'ccomp', 'xcomp', 'acl', 'acl:relcl', 'parataxis', 'csubj']);

/**
 * Whether the main clause of subject `m`'s sentence names a plural outside it ("condemned the Houthi attacks",
 * "imposed sanctions on Iranian generals", "did not criticise the rebels"): a later "they" may as well be those as
 * the organisation's members, so it is left unread (review a #2).
 */
export function hasMainClausePlural(view: View, m: ActorMention): boolean {
  const sent = view.sents[m.tokens[0]];
  return view.pos.some((p, k) => view.sents[k] === sent && (k < m.tokens[0] || k >= m.tokens[1])
    && (p.xpos === 'NNS' || p.xpos === 'NNPS') && isInMainClause(view, k));
}

/** Whether token `k` hangs from the root with no clause of its own between. */
function isInMainClause(view: View, k: number): boolean {
  // Bounded by the token count so that a parse with a cycle cannot hang.
  for (let at = k, steps = 0; at >= 0 && steps < view.deps.length; steps++) {
    const dep = view.deps[at];
    if (!dep || dep.deprel === 'root') return true;
    if (CLAUSE_DEPRELS.has(dep.deprel)) return false;
    at = dep.head;
  }
  return false;
}
