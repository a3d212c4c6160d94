import type { Reason } from '../../lang/reason.js';
import type { ActorMention } from '../actors/types.js';

/** The official site an article comes from, and whose head its bare "the President" is. */
export interface Publisher {
  /** What matched in the document's source or URL, e.g. `kremlin.ru`. */
  readonly site: string;
  /** ISO 3166 alpha-3 country the site speaks for. */
  readonly code: string;
  /** Office of the site's principal (`president`, `prime-minister`, `chancellor`). */
  readonly office: string;
}

/**
 * The parties of the meeting or call an article reports: impersonal and plural references later in
 * the article ("it was agreed", "the parties", "they") mean them.
 */
export interface Participants {
  /** One mention per party, as the meeting sentence names them (or the publisher's head added). */
  readonly members: readonly ActorMention[];
  /** Sentence index of the meeting or call. */
  readonly sent: number;
  /** The meeting: its word, sentence and parties (`discourse/meeting`). */
  readonly reason: Reason;
  /** The last sentence the meeting speaks for, when it is one passage of a speech (`speeches.ts`); else the article's end. */
  readonly lastSent?: number;
}

/**
 * The `discourse` layer: what the article as a whole says about its actors. `mentions` resolve
 * words the actors stage reads sentence by sentence (pronouns, "the President", "the two leaders",
 * police with no country in their sentence); each replaces any actors-layer mention over the same
 * tokens (`resolvedActors` merges the two).
 */
export interface DiscourseLayer {
  readonly publisher?: Publisher;
  readonly participants?: Participants;
  /** A speech's later calls and meetings, each for its own passage (`participants.ts` `meetingAt` picks one per sentence). */
  readonly passages?: readonly Participants[];
  readonly mentions: readonly ActorMention[];
}

declare module '../../core/layers.js' {
  interface Layers {
    discourse: DiscourseLayer;
  }
}
