/**
 * A country for actors the text names without one ("police", "a military spokesman", "Saouma"):
 * the title they stand in apposition to, a place in their sentence, the dateline when the story
 * is about that country too, else the story's main country. Each answer says where it came from.
 */
import { reason, type Reason } from '../../lang/reason.js';
import type { ActorMention } from '../actors/types.js';
import type { Span } from '../../core/span.js';
import type { Place } from '../places/types.js';
import { actorOf, headOf, mentionOver, type View } from './view.js';

/** Actors that are never a country's: bodies coded by organisation. */
const OWN_CODES = new Set(['IGO', 'NGO', 'MNC', 'IMG', 'ISM']);

export interface Story {
  readonly placesBySent: Map<number, string[]>;
  readonly dateline?: { readonly code: string; readonly name: string };
  readonly main?: string;
  readonly mentioned: ReadonlySet<string>;
}

/**
 * What the article as a whole says about where it happens. `datelinePlace` is the dateline
 * layer's place: the places stage marks its dateline only when no mention covers it, and a
 * dateline ("LA PAZ, March 21 -") usually is one, so a place over that span is the dateline too.
 */
export function storyOf(view: View, mentions: readonly ActorMention[], places: readonly Place[], datelinePlace?: Span): Story {
  const counts = new Map<string, number>();
  const add = (code: string | undefined) => { if (code && !OWN_CODES.has(code)) counts.set(code, (counts.get(code) ?? 0) + 1); };
  const covered = (p: Place) => mentions.some((m) => m.start < p.end && p.start < m.end);
  const placesBySent = new Map<number, string[]>();
  let dateline: Story['dateline'];
  for (const p of places) {
    if (!p.country) continue;
    const atDateline = datelinePlace !== undefined && p.start < datelinePlace.end && datelinePlace.start < p.end;
    if (p.role === 'dateline' || atDateline) { dateline ??= { code: p.country, name: p.name }; continue; }
    add(p.country);
    if (covered(p)) continue;
    const t = firstTokenFrom(view, p.start);
    const sent = view.sents[t] ?? -1;
    placesBySent.set(sent, [...(placesBySent.get(sent) ?? []), p.country]);
  }
  for (const m of mentions) add(m.code);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  const main = top && top[1] >= 3 && top[1] >= 2 * (second?.[1] ?? 0) ? top[0] : undefined;
  return { placesBySent, ...(dateline ? { dateline } : {}), ...(main ? { main } : {}), mentioned: new Set(counts.keys()) };
}

/** The first token starting at or after `offset` (-1 if none): a binary search, the spans being in text order. */
function firstTokenFrom(view: View, offset: number): number {
  let lo = 0;
  let hi = view.spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((view.spans[mid]?.start ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < view.spans.length ? lo : -1;
}

/** The mention with a country from its context, or undefined when the context gives none. */
export function locate(view: View, m: ActorMention, story: Story, byToken: readonly (ActorMention | undefined)[]): ActorMention | undefined {
  if (m.code || m.members?.length) return undefined;
  // A bare name may be a visitor's: only a title ("official", "union president") makes a person
  // as local as the story.
  const around = m.kind === 'person' && !m.sector ? undefined : fromSentence(view, m, story) ?? homeOf(story);
  const found = fromApposition(view, m, byToken) ?? around;
  if (!found) return undefined;
  const actor = actorOf(m);
  return mentionOver(view, m.tokens[0], m.tokens[1], { ...actor, code: found.code, ...(found.sector && !m.sector ? { sector: found.sector } : {}) }, reason('discourse/located', { base: m.reasons, code: found.code, source: found.why }));
}

export type Found = { code: string; sector?: string; why: Reason };

/** "The Director-General of the FAO, Edouard Saouma": the title beside a name gives its body. */
function fromApposition(view: View, m: ActorMention, byToken: readonly (ActorMention | undefined)[]): Found | undefined {
  const head = headOf(view, m);
  if (head < 0) return undefined;
  const dep = view.deps[head];
  const partners = [dep?.deprel === 'appos' ? dep.head : -1];
  // Appositions never cross a sentence: scanning only the head's sentence keeps this linear in
  // the article's length (scanning every token per mention made it the discourse stage's top cost).
  const sent = view.sents[head];
  let first = head;
  while (first > 0 && view.sents[first - 1] === sent) first--;
  for (let t = first; t < view.deps.length && view.sents[t] === sent; t++) {
    if (view.deps[t].head === head && view.deps[t].deprel === 'appos') partners.push(t);
  }
  for (const t of partners) {
    const other = t >= 0 ? byToken[t] : undefined;
    if (other?.code && !other.members?.length) return { code: other.code, ...(other.sector ? { sector: other.sector } : {}), why: reason('discourse/from-apposition', { name: other.name }) };
  }
  return undefined;
}

function fromSentence(view: View, m: ActorMention, story: Story): Found | undefined {
  const codes = new Set(story.placesBySent.get(view.sents[m.tokens[0]] ?? -1) ?? []);
  const [code] = codes;
  return codes.size === 1 && code ? { code, why: reason('discourse/from-sentence') } : undefined;
}

/** Where the story happens: the dateline's country when the story names it too, else its main country. */
export function homeOf(story: Story): Found | undefined {
  return fromDateline(story) ?? (story.main ? { code: story.main, why: reason('discourse/from-main', { code: story.main }) } : undefined);
}

/** The dateline counts only when the story names its country too: "NICOSIA" datelines Gulf news. */
function fromDateline(story: Story): Found | undefined {
  const d = story.dateline;
  return d && story.mentioned.has(d.code) ? { code: d.code, why: reason('discourse/from-dateline', { place: d.name }) } : undefined;
}
