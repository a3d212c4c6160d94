/**
 * "Ecuador's deputy energy minister Fernando Santos Alvite arrived here": the actors stage codes "Ecuador's deputy" as
 * Ecuador's government and leaves the name with the rest of the title ("minister Fernando Santos Alvite") a person of
 * no country, which `locate` then gave the dateline's (Venezuela for a Caracas story: #12, wrong parties on wire
 * stories, training reuters-3594). A title opened by a government's possessive names whose official the person is.
 */
import { reason } from '../../lang/reason.js';
import type { ActorMention } from '../actors/types.js';
import type { Found } from './context.js';
import type { View } from './view.js';

/** Title words a possessive's mention may end before the name's own mention ("energy" in "deputy energy minister"). */
const TITLE_GAP = 3;

/** The country of the government whose possessive opens the title right before person `m`, undefined when there is none. */
export function fromPossessiveTitle(view: View, m: ActorMention, byToken: readonly (ActorMention | undefined)[]): Found | undefined {
  if (m.kind !== 'person') return undefined;
  const sent = view.sents[m.tokens[0]];
  for (let t = m.tokens[0] - 1; t >= Math.max(0, m.tokens[0] - 1 - TITLE_GAP) && view.sents[t] === sent; t--) {
    const other = byToken[t];
    if (other) {
      const governs = other.sector === 'GOV' && !!other.code && !other.members?.length;
      const possessive = view.texts.slice(other.tokens[0], other.tokens[1]).includes("'s");
      return governs && possessive && other.code ? { code: other.code, sector: 'GOV', why: reason('discourse/from-title', { name: other.name }) } : undefined;
    }
    // Only the title's nouns lie between: a comma, verb or name ends it.
    if (view.pos[t]?.upos !== 'NOUN') return undefined;
  }
  return undefined;
}
