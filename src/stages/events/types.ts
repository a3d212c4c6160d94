import type { Span } from '../../core/span.js';
import type { Reason } from '../../lang/reason.js';
import type { PloverEvent, QuadClass } from './plover.js';

/** One actor or recipient of an event: a resolved actor and the words that name it. */
export interface EventParticipant extends Span {
  /** Token index range [first, last) of the mention. */
  readonly tokens: readonly [number, number];
  readonly actorId: string;
  readonly name: string;
  readonly code?: string;
  readonly sector?: string;
}

/** Where an event happened; filled by the places stage when the text supports a place. */
export interface EventLocation extends Span {
  readonly name: string;
  readonly country?: string;
  readonly lat?: number;
  readonly lon?: number;
  readonly placeId?: string;
}

/** A PLOVER event coded from one sentence, with the evidence and the reason for every field. */
export interface CodedEvent {
  readonly event: PloverEvent;
  readonly mode?: string;
  readonly context: readonly string[];
  /** The CAMEO code the trigger matched, when one applies. */
  readonly cameo?: string;
  /** PLOVER conflict–cooperation score, -10 … +10. */
  readonly score: number;
  readonly quad: QuadClass;
  /** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  readonly quadCode: 1 | 2 | 3 | 4;
  readonly actors: readonly EventParticipant[];
  readonly recipients: readonly EventParticipant[];
  /** Who reported it, for reported speech and quotes ("the Kremlin said the sides agreed"). */
  readonly speaker?: EventParticipant;
  /** ISO date (`YYYY-MM-DD`, or `YYYY` when only the year is known). */
  readonly date?: string;
  /** Where the date came from. */
  readonly dateSource?: 'sentence' | 'article';
  readonly location?: EventLocation;
  readonly negated: boolean;
  readonly hypothetical: boolean;
  readonly future: boolean;
  /** Background history (an earlier agreement, a past summit), not new on the article's date. */
  readonly historical: boolean;
  /** In [0, 1]. */
  readonly confidence: number;
  readonly sent: number;
  /** The trigger word(s): token range [first, last) and characters. */
  readonly trigger: Span & { readonly tokens: readonly [number, number] };
  /** The evidence: the clause the event was read from. */
  readonly evidence: Span;
  /** The rules that decided each field, machine-readable (rule id + fields), in order. */
  readonly reasons: readonly Reason[];
  /** `reasons` rendered as one sentence for a user (the document language's templates). */
  readonly why: string;
}

/** A word that matched the lexicon but was not coded as an event, and why (for `dyad explain`). */
export interface RejectedTrigger {
  readonly sent: number;
  readonly trigger: Span & { readonly tokens: readonly [number, number] };
  readonly cameo?: string;
  readonly event?: PloverEvent;
  /** Stable id of the rule that rejected it, e.g. `events/no-actor`. */
  readonly ruleId: string;
  /**
   * The rejecting rule's reason, then the reasons the trigger had been found for. Rendered only
   * when asked for (`rejectionText`): most triggers are turned down and few are ever read.
   */
  readonly reasons: readonly Reason[];
}

/** The `events` layer: coded events and the triggers that were turned down. */
export interface EventLayer {
  readonly events: readonly CodedEvent[];
  readonly rejected: readonly RejectedTrigger[];
}

declare module '../../core/layers.js' {
  interface Layers {
    events: EventLayer;
  }
}
