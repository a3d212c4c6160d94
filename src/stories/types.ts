/**
 * Stories: articles that report the same real-world event, grouped when they are stored
 * (docs/stories.md). A story's id comes from its earliest member, so the groups and their ids do
 * not depend on the order articles arrive in.
 */

/** How an article came to share a story with another member (the strongest link it has). */
export type StoryLink = 'exact' | 'near' | 'event';

/** One article of a story. */
export interface StoryMember {
  /** Content id of the stored document. */
  readonly document: string;
  /** The input's own id (`kremlin-67010`, a Reuters NEWID), else the content id. */
  readonly input: string;
  readonly source: string | null;
  readonly title: string | null;
  /** Publication date, ISO `YYYY-MM-DD`, when known. */
  readonly date: string | null;
  /** How it is tied to the rest of the story; absent for a story of one article. */
  readonly link?: StoryLink;
}

/** One reported event of one member, as a merged event refers to it. */
export interface StoryEventRef {
  /** Content id of the document and the event's number in it (1-based, as `events.n`). */
  readonly document: string;
  readonly n: number;
  readonly input: string;
  readonly source: string | null;
  readonly event: string;
  readonly actor: string | null;
  readonly recipient: string | null;
}

/** One real-world act of a story, merged from the events its members report of it. */
export interface StoryEvent {
  /** Stable within its story: `<story id>/<n>`. */
  readonly id: string;
  /** The type and direction most reports give (ties: alphabetical, for stable output). */
  readonly event: string;
  readonly actor: string | null;
  readonly recipient: string | null;
  readonly date: string | null;
  /** Articles that report it, and their distinct sources. */
  readonly numReports: number;
  readonly numSources: number;
  /** Share (0–1) of the reporting articles that give the majority type, and the majority direction. */
  readonly agreement: { readonly type: number; readonly direction: number };
  readonly members: readonly StoryEventRef[];
}

/** A group of articles about one event. */
export interface Story {
  /** `s-` and the content id of its earliest member (by date, then id). */
  readonly id: string;
  /** Earliest first, then by content id. */
  readonly members: readonly StoryMember[];
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
  /** Distinct sources, sorted. */
  readonly sources: readonly string[];
  readonly events: readonly StoryEvent[];
}

/** Which stories to list. */
export interface StoryQuery {
  /** Fewest members (default 2: stories of one article are every unlinked article). */
  readonly minMembers?: number;
  /** Inclusive ISO date prefixes on the story's first date. */
  readonly from?: string;
  readonly to?: string;
}

/** A stored event's place in a story, given with events when a filter asks for `dedup`. */
export interface EventStory {
  readonly story: string;
  /** The merged event's id (`<story id>/<n>`). */
  readonly event: string;
  readonly numReports: number;
  readonly numSources: number;
}
