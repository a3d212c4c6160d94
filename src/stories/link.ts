import { daysBetween } from '../core/days.js';
import { bandKeys, similarity } from './fingerprint.js';
import type { StoryDoc } from './features.js';
import type { StoryLink } from './types.js';

/**
 * Whether two articles report the same event, and how we know. A pure function of the two
 * articles, so that the groups (the connected components of this relation) do not depend on the
 * order articles are stored in.
 */

/** Estimated shingle Jaccard from which two bodies are edits of one story (measured: docs/stories.md). */
export const NEAR_DUPLICATE = 0.5;
/** Days two reports of one event may be apart (a late call in Washington is next day's news in Moscow). */
export const MAX_DAYS_APART = 1;

export function linkOf(a: StoryDoc, b: StoryDoc): StoryLink | null {
  if (a.hash === b.hash && a.signature.length > 0) return 'exact';
  if (similarity(a.signature, b.signature) >= NEAR_DUPLICATE) return 'near';
  if (sameEvent(a, b)) return 'event';
  return null;
}

/** Two reports of one meeting or call: the same parties, the same kind of contact, a day apart at most. */
function sameEvent(a: StoryDoc, b: StoryDoc): boolean {
  if (!a.date || !b.date || Math.abs(daysBetween(a.date, b.date)) > MAX_DAYS_APART) return false;
  if (a.parties.length < 2 || a.parties.length !== b.parties.length || a.parties.some((p, i) => p !== b.parties[i])) return false;
  if (a.kind === 'announcement' || b.kind === 'announcement') return false;
  return (a.kind === 'call') === (b.kind === 'call');
}

/** The keys an article is filed under, so that the articles it may link with find it. */
export function ownKeys(doc: StoryDoc): string[] {
  const keys = [`h:${doc.hash}`, ...bandKeys(doc.signature)];
  if (doc.date && doc.parties.length >= 2) keys.push(`p:${doc.date}:${doc.parties.join('+')}`);
  return keys;
}

/** The keys to look up for an article: everything that could link with it is filed under one of them. */
export function lookupKeys(doc: StoryDoc): string[] {
  const keys = [`h:${doc.hash}`, ...bandKeys(doc.signature)];
  if (doc.date && doc.parties.length >= 2) {
    for (let d = -MAX_DAYS_APART; d <= MAX_DAYS_APART; d++) keys.push(`p:${shiftDay(doc.date, d)}:${doc.parties.join('+')}`);
  }
  return keys;
}

/** `YYYY-MM-DD` moved by `days`. */
export function shiftDay(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The order members sort in, and the earliest one names the story: by date (undated last), then content id. */
export function compareMembers(a: { date: string | null; document: string }, b: { date: string | null; document: string }): number {
  const da = a.date ?? '~';
  const db = b.date ?? '~';
  return da < db ? -1 : da > db ? 1 : a.document < b.document ? -1 : a.document > b.document ? 1 : 0;
}

export function storyIdOf(earliest: { document: string }): string {
  return `s-${earliest.document}`;
}
