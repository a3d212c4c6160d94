import { languagePack, type LanguagePack } from '../../lang/pack.js';
import { reason, renderReasons, type Reason } from '../../lang/reason.js';
import { loadGazetteer, type Candidate, type Gazetteer } from './gazetteer.js';
import type { PlaceResolution } from './types.js';

/** What the rest of the article says about where it is, used to decide ambiguous names. */
export interface ResolveContext {
  /** ISO-3 countries of the article's other, unambiguous places (and actors), with mention counts. */
  readonly countries?: ReadonlyMap<string, number>;
  /** The dateline's country (ISO-3), when the article has a dateline. */
  readonly datelineCountry?: string;
  /** A name written right after this one ("Paris, Texas", "Sydney, Australia"). */
  readonly qualifier?: string;
  /** Countries of the places listed together with this one ("New South Wales, Victoria and Queensland"). */
  readonly siblings?: ReadonlySet<string>;
}

/** A candidate with its score and the reasons that made it. */
export interface RankedCandidate {
  readonly candidate: Candidate;
  readonly score: number;
  readonly reasons: readonly Reason[];
}

// Priors: a name that is a country almost always means the country; curated regions were added
// because news uses them; otherwise bigger places are likelier referents (log population).
const PRIOR = { country: 80, curated: 85, admin1: 40, city: 35 } as const;
const CAPITAL_BONUS = 8;
const ALIAS_PENALTY = 4;
/** Points per mention of the candidate's country elsewhere in the article, up to three mentions:
 * three mentions of U.S. places make "Georgia" the state. The dateline counts as two mentions. */
const CONTEXT_POINTS = 10;
const CONTEXT_CAP = 3;
const QUALIFIER_BONUS = 60;
/** Places listed together are usually in one country: "Victoria" among Australian states. */
const SIBLING_BONUS = 25;
/** An alternate spelling yields to a place whose own name this is ("Victoria", the state, over
 * Hong Kong, once called Victoria). */
const EXACT_RIVAL_PENALTY = 15;

/**
 * Resolve a free place name ("Kiev", "Paris, Texas" split into name and qualifier, "the Sahel")
 * to its likeliest place, with the reason. Used by the places stage, the dateline and event
 * locations. Undefined when the gazetteer does not know the name. `pack` renders the reason.
 * @example resolvePlace('Lugansk')?.name // 'Luhansk'
 */
export function resolvePlace(text: string, context: ResolveContext = {}, gazetteer: Gazetteer = loadGazetteer(), pack: LanguagePack = languagePack()): PlaceResolution | undefined {
  const ranked = rankCandidates(text, context, gazetteer);
  if (ranked.length === 0) return undefined;
  const { best, confidence } = readingOf(ranked);
  const c = best.candidate;
  const why = [...best.reasons];
  const runnerUp = ranked[1];
  if (runnerUp) why.push(reason('places/beats', { place: describe(runnerUp.candidate), points: Math.round(best.score - runnerUp.score) }));
  return {
    name: c.name,
    ...(c.geonameid !== undefined && { geonameid: c.geonameid }),
    ...(c.country !== undefined && { country: c.country }),
    ...(c.countries && c.countries.length > 0 && !c.country && { countries: c.countries }),
    ...(c.admin1 !== undefined && c.kind !== 'region' && { admin1: c.admin1 }),
    ...(c.lat !== undefined && { lat: c.lat, lon: c.lon }),
    kind: c.kind,
    confidence,
    reasons: why,
    why: renderReasons(pack, why),
  };
}

/** A name's likeliest place and how sure that reading is. */
export interface BestReading {
  readonly candidate: Candidate;
  readonly confidence: number;
}

/**
 * The likeliest reading of a name and its confidence, as `resolvePlace` gives them, without
 * rendering the reasons: the places stage's first pass and the themes stage read only the place
 * and the confidence, and rendered every reason's text for nothing (#13).
 */
export function bestReading(text: string, context: ResolveContext = {}, gazetteer: Gazetteer = loadGazetteer()): BestReading | undefined {
  const ranked = rankCandidates(text, context, gazetteer);
  if (ranked.length === 0) return undefined;
  const { best, confidence } = readingOf(ranked);
  return { candidate: best.candidate, confidence };
}

function readingOf(ranked: readonly RankedCandidate[]): { best: RankedCandidate; confidence: number } {
  const [best] = ranked;
  const c = best.candidate;
  // Readings in the same country (Gaza the strip or the city) do not make the country uncertain.
  const second = ranked.slice(1).find((r) => !c.country || r.candidate.country !== c.country);
  return { best, confidence: confidenceOf(best, second) };
}

/** Every reading of a name, best first, one per distinct place. */
export function rankCandidates(text: string, context: ResolveContext = {}, gazetteer: Gazetteer = loadGazetteer()): RankedCandidate[] {
  const distinct = new Map<string, Candidate>();
  for (const c of gazetteer.lookup(text)) {
    const id = `${c.source}:${c.geonameid ?? c.name}`;
    const seen = distinct.get(id);
    if (!seen || (seen.isAlias && !c.isAlias)) distinct.set(id, c);
  }
  const qualifiers = context.qualifier ? gazetteer.lookup(context.qualifier) : [];
  const sameName = countBy([...distinct.values()], (c) => c.source);
  const hasExactRival = [...distinct.values()].some((c) => !c.isAlias && c.source !== 'country');
  const ranked = [...distinct.values()].map((c) => {
    const r = score(c, text, context, qualifiers, sameName);
    return hasExactRival && c.isAlias && c.source !== 'country' ? { ...r, score: r.score - EXACT_RIVAL_PENALTY, reasons: [...r.reasons, reason('places/exact-rival')] } : r;
  });
  // A town named like a country (Lebanon, Pennsylvania) needs a qualifier to win: article context
  // alone never outweighs the country's own name.
  // A loop, not a closure made per call, which loses its optimised code at each full collection (#13).
  let country: (typeof ranked)[number] | undefined;
  for (const r of ranked) if (r.candidate.source === 'country' && !r.candidate.isAlias) { country = r; break; }
  const capped = ranked.map((r) =>
    country && r.candidate.source === 'city' && r.score >= country.score && !r.reasons.some((why) => why.rule === 'places/qualified')
      ? { ...r, score: country.score - 1, reasons: [...r.reasons, reason('places/country-named')] }
      : r,
  );
  return capped.sort((a, b) => b.score - a.score || (a.candidate.geonameid ?? 0) - (b.candidate.geonameid ?? 0));
}

function score(c: Candidate, text: string, context: ResolveContext, qualifiers: Candidate[], sameName: Map<string, number>): RankedCandidate {
  const reasons: Reason[] = [];
  let points: number = PRIOR[c.source];
  const log = Math.log10(Math.max(c.population, 1));
  if (c.source === 'country') {
    points += log / 10;
    reasons.push(c.isAlias ? reason('places/country-alias', { text }) : reason('places/country-name'));
  } else if (c.source === 'curated') {
    reasons.push(c.isAlias ? reason('places/curated-alias', { kind: c.kind, text }) : reason('places/curated', { kind: c.kind }));
  } else if (c.source === 'admin1') {
    points += 3 * log;
    reasons.push(reason('places/admin1', { country: String(c.country) }));
  } else {
    points += 8 * log;
    if (c.kind === 'capital') points += CAPITAL_BONUS;
    const others = (sameName.get('city') ?? 1) - 1;
    const city = { kind: c.kind === 'capital' ? 'capital' : 'city', country: String(c.country), population: thousands(c.population) };
    reasons.push(others > 0 ? reason('places/city-among', { ...city, count: others + 1 }) : reason('places/city', city));
  }
  if (c.isAlias && c.source !== 'country') {
    points -= ALIAS_PENALTY;
    if (c.source === 'city' || c.source === 'admin1') reasons.push(reason('places/alias', { text, name: c.name }));
  }
  const countries = c.country ? [c.country] : (c.countries ?? []);
  let mentions = 0;
  for (const code of countries) {
    const count = (context.countries?.get(code) ?? 0) + (code === context.datelineCountry ? 2 : 0);
    if (count === 0) continue;
    mentions = Math.max(mentions, count);
    reasons.push(reason(code === context.datelineCountry ? 'places/dateline-country' : 'places/article-country', { code }));
  }
  points += CONTEXT_POINTS * Math.min(mentions, CONTEXT_CAP);
  const listed = countries.filter((code) => context.siblings?.has(code));
  if (listed.length > 0) {
    points += SIBLING_BONUS;
    reasons.push(reason('places/listed', { codes: listed.join(', ') }));
  }
  const qualifier = qualifiers.find((q) => (q.source === 'country' ? q.country === c.country : q.admin1Code !== undefined && q.admin1Code === c.admin1Code));
  if (qualifier) {
    points += QUALIFIER_BONUS;
    reasons.push(reason('places/qualified', { name: qualifier.name }));
  }
  return { candidate: c, score: points, reasons };
}

function confidenceOf(best: RankedCandidate, second: RankedCandidate | undefined): number {
  const c = best.candidate;
  const base = c.source === 'country' ? (c.isAlias ? 0.97 : 0.99) : c.source === 'curated' ? 0.93 : c.isAlias ? 0.9 : 0.95;
  if (!second) return base;
  const margin = best.score - second.score;
  return round2(Math.min(base, 0.5 + margin / 40));
}

function describe(c: Candidate): string {
  return `${c.name}${c.country ? ` (${c.country}${c.source === 'admin1' ? ' division' : c.source === 'country' ? '' : ' ' + c.kind})` : ''}`;
}

function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** 2797553 → "2,797,553" (Intl's toLocaleString is slow in hot loops). */
function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
