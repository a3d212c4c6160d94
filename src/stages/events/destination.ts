/**
 * Where a visit told by its setting off goes: "Vice Minister Makoto Kuroda leaves for Washington today with data he
 * hopes will refute U.S. charges", "left at the weekend for the United States for talks". A departure's "for" or "to"
 * phrase names no locative (it is not where the act happens), so `locateEvent` passes it by, yet the wire gold codes
 * such a trip as the visit to that country (CONSULT, the place's country as recipient; #12: travel told as the meeting).
 */
import type { Document } from '../../core/document.js';
import type { Place } from '../places/types.js';
import { ruleWords } from './rule-words.js';
import type { CodedEvent } from './types.js';

/** Verbs (lemmas) of setting off on a trip (rule-words `departure-verb`). */
const DEPARTURES = ruleWords('departure-verb');
/** Markers (word forms) of a departure's destination (rule-words `destination-marker`). */
const TOWARDS = ruleWords('destination-marker');
/** The word before a place, past an article ("for the United States"). */
const WORD_BEFORE = /(\p{L}+)\s+(?:the\s+)?$/iu;
/** How far after the trigger, in characters, a destination may open ("left at the weekend for the United States"). */
const REACH = 40;

/** The place a consultation told as a departure goes to, when no one is its recipient yet. */
export function destinationOf(doc: Document, event: CodedEvent, sentence: { start: number; end: number }): Place | undefined {
  if (event.event !== 'CONSULT' || event.recipients.length) return undefined;
  const lemma = doc.layers.pos?.[event.trigger.tokens[0]]?.lemma?.toLowerCase() ?? '';
  if (!DEPARTURES.has(lemma)) return undefined;
  const from = event.trigger.end;
  return (doc.layers.places ?? []).find((p) => !p.role && p.start >= from && p.start - from <= REACH && p.end <= sentence.end
    && TOWARDS.has(WORD_BEFORE.exec(doc.text.slice(Math.max(from, p.start - 20), p.start))?.[1]?.toLowerCase() ?? ''));
}
