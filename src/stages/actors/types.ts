import type { Span } from '../../core/span.js';
import type { Reason } from '../../lang/reason.js';

/**
 * A mention of a political actor resolved against the actor knowledge base, as of the article's date.
 * Codes follow PLOVER: `code` is an ISO 3166 alpha-3 country (historical states too) or `IGO`/`NGO`,
 * `sector` a PLOVER sector (GOV, MIL, REB, …) or an organisation code (UNO, NATO, EU, …).
 */
export interface ActorMention extends Span {
  /** Token index range [first, last). */
  readonly tokens: readonly [number, number];
  /** Knowledge-base id, or a document-local id (`local:<n>`) for unknown people. */
  readonly actorId: string;
  readonly name: string;
  readonly code?: string;
  readonly sector?: string;
  /** Further PLOVER sectors: an IGO's function (UN Security Council → GOV), a second hat. */
  readonly sectors?: readonly string[];
  /** The role held on the article's date, e.g. `President of Russia`. */
  readonly role?: string;
  /** How the mention was resolved, machine-readable (rule id + fields; nested reasons in `base`). */
  readonly reasons: readonly Reason[];
  /** `reasons` rendered as a short sentence for a user. */
  readonly why: string;
  /** Several actors for group mentions ("the two presidents", "the sides"): their ids. */
  readonly members?: readonly string[];
}

declare module '../../core/layers.js' {
  interface Layers {
    actors: ActorMention[];
  }
}
