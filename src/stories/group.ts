import type { StoryDoc } from './features.js';
import { compareMembers, linkOf, storyIdOf } from './link.js';
import type { StoryLink } from './types.js';

/**
 * Placing a new article among the stories (a union-find over the link relation, kept in the
 * store): it links with some candidates; their stories and the article become one story, named by
 * its earliest member. Each store runs these two steps with its own queries, in the transaction
 * that stores the article.
 */

/** An article already grouped: its row, story and strongest link. */
export interface GroupedDoc {
  readonly rowid: number;
  readonly story: string;
  readonly link: StoryLink | null;
  readonly doc: StoryDoc;
}

const STRENGTH: Record<StoryLink, number> = { exact: 3, near: 2, event: 1 };

/** The stronger of two links. */
export function stronger(a: StoryLink | null, b: StoryLink | null): StoryLink | null {
  if (!a) return b;
  if (!b) return a;
  return STRENGTH[a] >= STRENGTH[b] ? a : b;
}

/** Step 1: which candidates the article links with, and the stories that therefore merge. */
export function linksOf(doc: StoryDoc, candidates: readonly GroupedDoc[]): { linked: { to: GroupedDoc; link: StoryLink }[]; stories: string[] } {
  const linked: { to: GroupedDoc; link: StoryLink }[] = [];
  for (const c of candidates) {
    if (c.doc.document === doc.document) continue;
    const link = linkOf(doc, c.doc);
    if (link) linked.push({ to: c, link });
  }
  return { linked, stories: [...new Set(linked.map((l) => l.to.story))].sort() };
}

/** What the store writes: the story id, the new article's link, and the links of members that grew stronger. */
export interface Placement {
  readonly story: string;
  readonly link: StoryLink | null;
  readonly upgrades: { readonly rowid: number; readonly link: StoryLink }[];
  /** All members, the new article included, in story order. */
  readonly members: readonly StoryDoc[];
}

/** Step 2: given every member of the merging stories, the merged story. */
export function place(doc: StoryDoc, linked: readonly { to: GroupedDoc; link: StoryLink }[], members: readonly GroupedDoc[]): Placement {
  const all = [...members.map((m) => m.doc), doc].sort(compareMembers);
  const upgrades: { rowid: number; link: StoryLink }[] = [];
  let link: StoryLink | null = null;
  for (const l of linked) {
    link = stronger(link, l.link);
    if (stronger(l.to.link, l.link) !== l.to.link) upgrades.push({ rowid: l.to.rowid, link: l.link });
  }
  return { story: storyIdOf(all[0]), link, upgrades, members: all };
}
