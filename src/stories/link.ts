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

/**
 * Days two copies of one text may be apart: wires resend a story within days, while an official
 * site reposts a joint statement of the same words weeks later for a new meeting (stories-dev).
 */
export const MAX_COPY_DAYS = 7;

export function linkOf(a: StoryDoc, b: StoryDoc): StoryLink | null {
  if (a.signature.length > 0 && b.signature.length > 0 && withinDays(a, b, MAX_COPY_DAYS)) {
    if (a.hash === b.hash) return 'exact';
    // Edits of one story keep its names; templates filled for another event change them
    // ("Congratulations to … 126th Brigade" and "… 155th Brigade" differ by a few words).
    if (similarity(a.signature, b.signature) >= NEAR_DUPLICATE && sameNames(a, b) && !refilled(a, b)) return 'near';
  }
  if (sameEvent(a, b)) return 'event';
  return null;
}

/**
 * A template filled in again on another day: near copies of different days whose figures differ
 * ("The Fed … arrange 1.5 billion dlrs of customer repurchase agreements … 6-3/16 pct" each
 * morning, Reuters-21578). Chained by near links they made one story of twelve notices from March
 * to June; a resent or corrected story keeps its figures, or comes the same day.
 */
function refilled(a: StoryDoc, b: StoryDoc): boolean {
  return a.date !== b.date && a.figures !== undefined && b.figures !== undefined && a.figures !== b.figures;
}

/** True when both dates are known and at most `days` apart, or either is unknown. */
function withinDays(a: StoryDoc, b: StoryDoc, days: number): boolean {
  return !a.date || !b.date || Math.abs(daysBetween(a.date, b.date)) <= days;
}

/** The titles name the same names (or either has none). */
function sameNames(a: StoryDoc, b: StoryDoc): boolean {
  return !a.titleNames.length || !b.titleNames.length || (a.titleNames.length === b.titleNames.length && a.titleNames.every((n, i) => n === b.titleNames[i]));
}

/**
 * Two reports of one meeting or call: the same parties (two or more), no party
 * represented by different people in the two (Biden and Harris each meeting Zelenskyy that day
 * are two meetings), titles of one source that name someone in common when both name anyone, the same kind of
 * contact, a day apart at most.
 */
function sameEvent(a: StoryDoc, b: StoryDoc): boolean {
  if (!a.date || !b.date || Math.abs(daysBetween(a.date, b.date)) > MAX_DAYS_APART) return false;
  if (a.kind === 'announcement' || b.kind === 'announcement' || (a.kind === 'call') !== (b.kind === 'call')) return false;
  // Titles name the counterpart, not the publisher's own leader: the Kremlin's "call with Joseph Biden"
  // and the White House's "call with Vladimir Putin" share no name, so names are compared within one source.
  if (a.source === b.source && a.titleNames.length && b.titleNames.length && !a.titleNames.some((n) => b.titleNames.includes(n))) return false;
  // The same parties: a bilateral meeting and the trilateral one after it on the same day are two events.
  if (a.parties.length < 2 || a.parties.length !== b.parties.length || a.parties.some((p, i) => p !== b.parties[i])) return false;
  return a.parties.every((party) => {
    const pa = a.people.filter((p) => p.startsWith(`${party}:`));
    const pb = b.people.filter((p) => p.startsWith(`${party}:`));
    return pa.length === 0 || pb.length === 0 || pa.some((p) => pb.includes(p));
  });
}

/** The key of an article's parties (none for fewer than two). */
function partyKeys(parties: readonly string[]): string[] {
  return parties.length >= 2 ? [parties.join('+')] : [];
}

/** The keys an article is filed under, so that the articles it may link with find it. */
export function ownKeys(doc: StoryDoc): string[] {
  const keys = [`h:${doc.hash}`, ...bandKeys(doc.signature)];
  if (doc.date) for (const pair of partyKeys(doc.parties)) keys.push(`p:${doc.date}:${pair}`);
  return keys;
}

/** The keys to look up for an article: everything that could link with it is filed under one of them. */
export function lookupKeys(doc: StoryDoc): string[] {
  const keys = [`h:${doc.hash}`, ...bandKeys(doc.signature)];
  if (doc.date) {
    for (let d = -MAX_DAYS_APART; d <= MAX_DAYS_APART; d++) for (const pair of partyKeys(doc.parties)) keys.push(`p:${shiftDay(doc.date, d)}:${pair}`);
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
