import type { Span } from '../../core/span.js';
import { loadGazetteer, type Gazetteer } from '../places/gazetteer.js';
import { resolvePlace } from '../places/resolve.js';
import type { ThemeLexicon } from './lexicon.js';
import { matchPhrases } from './phrases.js';
import type { ThemeEvidence, Topic } from './types.js';

/** Words that make a place the subject of the news: "the conflict in Libya", "the Ukrainian crisis". */
const TRIGGER = '(?:conflicts?|crisis|crises|wars?|settlement|situation|hostilities|fighting|ceasefire|violence|tensions?|unrest|elections?|problems|issues|affairs|policy|dialogue)';
const NAME = "(?:[A-Z][\\p{L}'’-]*(?: [A-Z][\\p{L}'’-]*)*)";
const AFTER_TRIGGER = new RegExp(`\\b${TRIGGER} (?:in|on|over|around|about|with|between|of) (?:the )?(${NAME}(?:(?:, | and |, and )(?:the )?${NAME})*)`, 'gu');
const BEFORE_TRIGGER = new RegExp(`(?<![\\p{L}-])(${NAME})(?:['’]s)? ${TRIGGER}\\b`, 'gu');

/**
 * Topics as a reader would name them: issues from `data/topics.tsv` ("coronavirus", "arms
 * control") and places the text treats as the subject of a conflict or crisis ("Libya").
 */
export function findTopics(text: string, regions: readonly Span[], lexicon: ThemeLexicon, gazetteer: Gazetteer = loadGazetteer()): Topic[] {
  const evidence = new Map<string, { kind: Topic['kind']; evidence: ThemeEvidence[] }>();
  const add = (name: string, kind: Topic['kind'], found: ThemeEvidence): void => {
    const entry = evidence.get(name) ?? { kind, evidence: [] };
    if (!entry.evidence.some((e) => e.start === found.start)) entry.evidence.push(found);
    evidence.set(name, entry);
  };
  for (const region of regions) {
    const slice = text.slice(region.start, region.end);
    for (const m of matchPhrases(slice, lexicon.topics, region.start)) add(m.label, 'issue', { start: m.start, end: m.end, phrase: m.phrase });
    for (const place of placesInTheNews(slice, gazetteer)) add(place.name, 'place', { ...place, start: region.start + place.start, end: region.start + place.end });
  }
  return [...evidence.entries()]
    .map(([name, { kind, evidence: found }]) => ({ name, kind, score: found.length, evidence: found }))
    .sort((a, b) => b.score - a.score || a.evidence[0].start - b.evidence[0].start);
}

/** Place names next to conflict or crisis wording, resolved to the place's name (demonyms to their country). */
function placesInTheNews(text: string, gazetteer: Gazetteer): (ThemeEvidence & { name: string })[] {
  const found: (ThemeEvidence & { name: string })[] = [];
  const resolve = (name: string, start: number): void => {
    const demonym = gazetteer.demonym(name);
    const place = demonym ? { name: demonym.name, confidence: 1 } : resolvePlace(name, {}, gazetteer);
    if (place && place.confidence >= 0.6) found.push({ name: place.name, start, end: start + name.length, phrase: name });
  };
  for (const m of text.matchAll(AFTER_TRIGGER)) {
    const listStart = m.index + m[0].length - m[1].length;
    for (const part of m[1].matchAll(new RegExp(NAME, 'gu'))) resolve(part[0], listStart + part.index);
  }
  for (const m of text.matchAll(BEFORE_TRIGGER)) resolve(m[1], m.index);
  return found;
}
