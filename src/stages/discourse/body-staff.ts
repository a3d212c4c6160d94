/**
 * "Italian Treasury officials", "Japanese Foreign Ministry officials said", "EC Commission negotiators": an agent
 * noun right after the mention of a body, in one noun phrase, names the body's own people. The actors stage reads
 * the body and the noun as two mentions, and without this the noun took the dateline's country (a Tokyo story's
 * "Italian Treasury officials criticised Japan" was Japan criticising itself).
 */
import { reason } from '../../lang/reason.js';
import type { ActorMention } from '../actors/types.js';
import type { Found } from './context.js';
import type { View } from './view.js';

/** The body named right before an agent noun, when it is coded and in the noun's sentence. */
export function fromModifierBody(view: View, m: ActorMention, byToken: readonly (ActorMention | undefined)[]): Found | undefined {
  if (m.kind === 'person' || !m.sector) return undefined;
  const before = m.tokens[0] - 1;
  const other = before >= 0 ? byToken[before] : undefined;
  if (!other?.code || other.members?.length || other.tokens[1] !== m.tokens[0] || view.sents[before] !== view.sents[m.tokens[0]]) return undefined;
  return { code: other.code, ...(other.sector ? { sector: other.sector } : {}), why: reason('discourse/from-modifier', { name: other.name }) };
}
