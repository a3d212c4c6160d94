import { assetPath, readDataText } from '../../core/assets.js';
import type { Document } from '../../core/document.js';
import { DyadError } from '../../core/errors.js';
import type { Span } from '../../core/span.js';
import type { StageContext } from '../../core/stage.js';
import '../dateline/types.js';
import '../actors/types.js';
import '../pos/types.js';
import '../tokens/types.js';
import type { Entity } from '../entities/types.js';
import { packOf } from '../../lang/pack.js';
import { reason, renderReasons } from '../../lang/reason.js';
import type { Gazetteer } from './gazetteer.js';
import { bestReading, resolvePlace, type ResolveContext } from './resolve.js';
import type { Place, PlaceResolution } from './types.js';

/** Mentions whose first reading is at least this sure lend their country to the article context. */
const CONTEXT_CONFIDENCE = 0.8;

/**
 * Resolve every GPE and LOC entity, and the dateline place, to a place. Two passes: the first
 * resolves each name alone; the sure readings give the article's countries (with the dateline's
 * and the actors'), which the second pass uses to decide ambiguous names ("Donetsk" in a story
 * about Ukraine). A name followed by ", <place>" is qualified by it ("Paris, Texas").
 * `names` replaces the entities as the mentions to resolve (see `findPlaceNames`).
 */
export function findPlaces(doc: Document, gazetteer: Gazetteer, ctx?: StageContext, names?: readonly Span[]): Place[] {
  const mentions: readonly Span[] = names ?? placeEntities(doc, gazetteer);
  const pack = packOf(doc);
  // the dateline layer is optional input
  const dateline = doc.layers.dateline;
  const datelineSpan = dateline?.place && !mentions.some((m) => m.start < dateline.place!.end && dateline.place!.start < m.end) ? dateline.place : undefined;
  const datelineText = dateline?.placeName ?? (dateline?.place ? doc.text.slice(dateline.place.start, dateline.place.end) : undefined);
  const datelineResolution = datelineText ? resolvePlace(datelineText, {}, gazetteer, pack) : undefined;
  const datelineCountry = datelineResolution?.country;

  const texts = mentions.map((m) => doc.text.slice(m.start, m.end));
  const qualifiers = mentions.map((m, i) => qualifierOf(doc.text, m, mentions[i + 1]));
  // The first pass needs each reading's country and confidence only, not its reasons.
  const first = texts.map((text, i) => bestReading(text, { qualifier: qualifiers[i] }, gazetteer));
  const votes = first.map((r) => (r?.candidate.country && r.confidence >= CONTEXT_CONFIDENCE ? r.candidate.country : undefined));
  const actorCountries = countActorCountries(doc);

  const groups = listGroups(doc.text, mentions);

  const places: Place[] = [];
  if (datelineSpan && datelineResolution) {
    const reasons = [reason('places/dateline'), ...datelineResolution.reasons];
    places.push({ ...datelineSpan, ...datelineResolution, reasons, why: renderReasons(pack, reasons), role: 'dateline' });
  }
  mentions.forEach((mention, i) => {
    const countries = new Map(actorCountries);
    // A loop, not a `forEach` closure made per mention, which loses its optimised code at each full collection (#13).
    for (let j = 0; j < votes.length; j++) {
      const code = votes[j];
      if (code && j !== i) countries.set(code, (countries.get(code) ?? 0) + 1);
    }
    const siblings = new Set(groups[i].filter((j) => j !== i && first[j]?.candidate.country).map((j) => first[j]!.candidate.country!));
    const context: ResolveContext = { countries, datelineCountry, qualifier: qualifiers[i], siblings };
    const resolution: PlaceResolution | undefined = resolvePlace(texts[i], context, gazetteer, pack);
    if (resolution) places.push({ start: mention.start, end: mention.end, ...resolution });
    else ctx?.report({ ruleId: 'places/unknown-name', reason: `"${texts[i]}" is not in the gazetteer`, span: { start: mention.start, end: mention.end }, severity: 'info' });
  });
  return places.sort((a, b) => a.start - b.start);
}

/** The entities that name places: GPE, LOC, and the countries tagged otherwise. */
function placeEntities(doc: Document, gazetteer: Gazetteer): Span[] {
  const out: Span[] = [];
  for (const ent of doc.layers.entities ?? []) {
    if (!(ent.type === 'GPE' || ent.type === 'LOC' || isCountryNamedEntity(doc, ent, gazetteer))) continue;
    if (isOpeningCommonWord(doc, ent, gazetteer)) continue;
    const heads = nameHeadsOf(doc.text, ent);
    if (!heads.length) out.push(ent);
    else {
      const whole = heads.find((start) => gazetteer.has(doc.text.slice(start, ent.end)));
      if (whole !== undefined) out.push({ start: whole, end: ent.end });
    }
  }
  return out;
}

/** Tags of a proper noun: a word the tagger reads otherwise is a common word, whatever its capital. */
const PROPER_TAGS: ReadonlySet<string> = new Set(['PROPN']);
/** Punctuation after which a word opens the running text ("LONDON, March 3 - Mobile operators said …"). */
const OPENERS: ReadonlySet<string> = new Set(['-', '--', '—', '–', ':', '"', '“', '(']);

let commonWordTowns: ReadonlySet<string> | undefined;

/** The words of `data/common-word-towns.txt`'s text: one lower-case word a line, `#` a comment; else E170 naming the line. */
export function parseCommonWordTowns(text: string, path: string): ReadonlySet<string> {
  const words = new Set<string>();
  text.split('\n').forEach((line, i) => {
    const word = line.trim();
    if (!word || word.startsWith('#')) return;
    if (!/^[a-z]+$/.test(word)) throw new DyadError('E170', { path, line: i + 1, problem: 'expected one lower-case word' });
    words.add(word);
  });
  return words;
}

function loadCommonWordTowns(): ReadonlySet<string> {
  const path = assetPath('src', 'stages', 'places', 'data', 'common-word-towns.txt');
  commonWordTowns ??= parseCommonWordTowns(readDataText(path), path);
  return commonWordTowns;
}

/**
 * "Mobile operators said …", "Split opinions delayed the vote": a word capitalised only because it opens a sentence
 * (or the text after a dateline), read by the tagger as a common word (an adjective, noun or verb), is no place even
 * when a town bears its name and the recogniser tagged it. Only a one-word name that is no country or curated region
 * (those are names first: "Chad", "Jordan" keep theirs), that is a common English word (`data/common-word-towns.txt`:
 * the tagger reads "Grozny officials", "Homs rebels" as modifiers too), and only where the tagger has run.
 */
function isOpeningCommonWord(doc: Document, ent: Entity, gazetteer: Gazetteer): boolean {
  const { tokens, pos } = doc.layers;
  const [first, last] = ent.tokens;
  if (!tokens || !pos || last - first !== 1 || PROPER_TAGS.has(pos[first]?.upos ?? 'PROPN')) return false;
  if (!loadCommonWordTowns().has(doc.text.slice(ent.start, ent.end).toLowerCase())) return false;
  const before = first > 0 ? tokens[first - 1] : undefined;
  const opens = !before || before.sent !== tokens[first].sent || OPENERS.has(doc.text.slice(before.start, before.end));
  return opens && gazetteer.lookup(doc.text.slice(ent.start, ent.end)).every((c) => c.source === 'city' || c.source === 'admin1');
}

/**
 * Where a longer name may start, longest first, when the entity is only its tail after a Romance particle: the
 * tagger split "Davao del Sur" and "Mato Grosso do Sul" and tagged "Sur", "Sul". The whole name is the place when
 * the gazetteer knows it ("The Rio Grande do Sul" tries "Rio Grande do Sul" too); otherwise the tail alone is no
 * place ("Sur" is a city in Oman), so it is left out. No particle before the entity: no heads.
 */
function nameHeadsOf(text: string, ent: Span): number[] {
  const from = Math.max(0, ent.start - 60);
  const before = /(\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)*)\s+(?:de|del|do|da|di|dos|das|della)\s+$/u.exec(text.slice(from, ent.start));
  if (!before) return [];
  const words = before[1].matchAll(/\p{Lu}[\p{L}.'-]*/gu);
  return [...words].map((w) => from + before.index + w.index);
}

/**
 * An organisation or miscellaneous entity whose whole text is a country's name ("US" in "US
 * President", a national team "Panama"): the recogniser's type aside, the words name the country.
 */
function isCountryNamedEntity(doc: Document, ent: Entity, gazetteer: Gazetteer): boolean {
  if (ent.type !== 'ORG' && ent.type !== 'MISC') return false;
  return gazetteer.lookup(doc.text.slice(ent.start, ent.end)).some((c) => c.source === 'country');
}

/** For each mention, the indexes of the mentions listed with it ("A, B and C"), itself included. */
function listGroups(text: string, mentions: readonly Span[]): number[][] {
  const groups: number[][] = [];
  let current: number[] = [];
  mentions.forEach((m, i) => {
    const joined = i > 0 && /^(?:,\s*|\s+and\s+|,\s*and\s+|\s+or\s+|,\s*or\s+)$/.test(text.slice(mentions[i - 1].end, m.start));
    if (!joined) current = [];
    current.push(i);
    groups[i] = current;
  });
  return groups;
}

/** The next mention's text when it directly follows this one after a comma ("Paris, Texas"). */
function qualifierOf(text: string, mention: Span, next: Span | undefined): string | undefined {
  if (!next || !/^,\s?$/.test(text.slice(mention.end, next.start))) return undefined;
  return text.slice(next.start, next.end);
}

/** Countries of the article's resolved actors (ISO-3 codes only), counted once per actor. */
function countActorCountries(doc: Document): Map<string, number> {
  const counts = new Map<string, number>();
  const seen = new Set<string>();
  for (const actor of doc.layers.actors ?? []) {
    if (!actor.code || !/^[A-Z]{3}$/.test(actor.code) || actor.code === 'IGO' || actor.code === 'NGO' || seen.has(actor.actorId)) continue;
    seen.add(actor.actorId);
    counts.set(actor.code, (counts.get(actor.code) ?? 0) + 1);
  }
  return counts;
}
