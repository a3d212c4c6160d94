import type { Span } from '../../core/span.js';
import { loadGazetteer, type Gazetteer } from '../places/gazetteer.js';
import { bestReading } from '../places/resolve.js';
import type { ThemeLexicon } from './lexicon.js';
import { matchPhrases, wordsOf, type Word } from './phrases.js';
import type { ThemeEvidence, Topic } from './types.js';

/** Words that make a place the subject of the news: "the conflict in Libya", "the Ukrainian crisis". */
const TRIGGER = /\b(?:conflicts?|crisis|crises|wars?|settlement|situation|hostilities|fighting|ceasefire|violence|tensions?|unrest|elections?|problems|issues|affairs|policy|dialogue)\b/g;
const NAME = "(?:[A-Z][\\p{L}'’-]*(?: [A-Z][\\p{L}'’-]*)*)";
/** After a trigger: "in Libya, Syria and Ukraine" (matched from the trigger's end). */
const AFTER_TRIGGER = new RegExp(`^ (?:in|on|over|around|about|with|between|of) (?:the )?(${NAME}(?:(?:, | and |, and )(?:the )?${NAME})*)`, 'u');
/** Before a trigger: "the Ukrainian " or "Syria's " (matched against the words before it). */
const BEFORE_TRIGGER = new RegExp(`(?<![\\p{L}-])(${NAME})(?:['’]s)? $`, 'u');
const NAME_GLOBAL = new RegExp(NAME, 'gu');
/** How far before a trigger a place name may start. */
const LOOK_BEHIND = 60;

/**
 * Topics as a reader would name them: issues from `data/topics.tsv` ("coronavirus", "arms
 * control") and places the text treats as the subject of a conflict or crisis ("Libya").
 * `words`: each region's words, when the caller already split them.
 */
export function findTopics(text: string, regions: readonly Span[], lexicon: ThemeLexicon, gazetteer: Gazetteer = loadGazetteer(), words?: readonly Word[][]): Topic[] {
  const evidence = new Map<string, { kind: Topic['kind']; evidence: ThemeEvidence[] }>();
  const add = (name: string, kind: Topic['kind'], found: ThemeEvidence): void => {
    const entry = evidence.get(name) ?? { kind, evidence: [] };
    if (!entry.evidence.some((e) => e.start === found.start)) entry.evidence.push(found);
    evidence.set(name, entry);
  };
  regions.forEach((region, i) => {
    const slice = text.slice(region.start, region.end);
    for (const m of matchPhrases(slice, lexicon.topics, region.start, words?.[i] ?? wordsOf(slice))) add(m.label, 'issue', { start: m.start, end: m.end, phrase: m.phrase });
    for (const place of placesInTheNews(slice, gazetteer)) add(place.name, 'place', { ...place, start: region.start + place.start, end: region.start + place.end });
  });
  return [...evidence.entries()]
    .map(([name, { kind, evidence: found }]) => ({ name, kind, score: found.length, evidence: found }))
    .sort((a, b) => b.score - a.score || a.evidence[0].start - b.evidence[0].start);
}

/** Place names next to conflict or crisis wording, resolved to the place's name (demonyms to their country). */
function placesInTheNews(text: string, gazetteer: Gazetteer): (ThemeEvidence & { name: string })[] {
  const found: (ThemeEvidence & { name: string })[] = [];
  const resolve = (name: string, start: number): void => {
    const demonym = gazetteer.demonym(name);
    const reading = demonym ? { candidate: demonym, confidence: 1 } : bestReading(name, {}, gazetteer);
    if (reading && reading.confidence >= 0.6) found.push({ name: reading.candidate.name, start, end: start + name.length, phrase: name });
  };
  // Triggers are rare words: find them first, then read the names around each.
  // `exec` on the module's global patterns, not `matchAll`, which copies a pattern and initialises and compiles the
  // copy at every region and every trigger (#13). Neither matches the empty string; each loop alone runs its pattern.
  TRIGGER.lastIndex = 0;
  for (let trigger = TRIGGER.exec(text); trigger; trigger = TRIGGER.exec(text)) {
    const end = trigger.index + trigger[0].length;
    const after = AFTER_TRIGGER.exec(text.slice(end, end + 200));
    if (after) {
      const listStart = end + after[0].length - after[1].length;
      NAME_GLOBAL.lastIndex = 0;
      for (let part = NAME_GLOBAL.exec(after[1]); part; part = NAME_GLOBAL.exec(after[1])) resolve(part[0], listStart + part.index);
    }
    const windowStart = Math.max(0, trigger.index - LOOK_BEHIND);
    const before = BEFORE_TRIGGER.exec(text.slice(windowStart, trigger.index));
    if (before) resolve(before[1], windowStart + before.index);
  }
  return found;
}
