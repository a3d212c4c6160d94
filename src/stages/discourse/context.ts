/**
 * A country for actors the text names without one ("police", "a military spokesman", "Saouma"):
 * the title they stand in apposition to or that ends right before the name, the body or country
 * an agent noun's "of"/"from" names ("representatives of the European Union"), a place in their
 * sentence, the dateline when the story is about that country too, else the story's main country.
 * Each answer says where it came from; a person's later mentions take the country found for them.
 */
import { reason, type Reason } from '../../lang/reason.js';
import { stateOnDay } from '../actors/historical-members.js';
import { TRANSNATIONAL_CODES } from '../actors/transnational.js';
import type { ActorMention } from '../actors/types.js';
import type { Span } from '../../core/span.js';
import type { Place } from '../places/types.js';
import { fromBodyOfficer, fromTitleSetOff } from './body-officer.js';
import { fromMeetingBody } from './meeting-body.js';
import { bodyModifier, fromModifier } from './modifier-country.js';
import { fromPossessiveTitle } from './possessive-title.js';
import { isLaterOfManyStates, type ManyStatesNouns } from './many-states-later.js';
import { isOfManyStates } from './multinational.js';
import { fromSameNoun, placeCountries, type Antecedents } from './same-noun.js';
import { reportingSourceAround } from '../deps/closing-source.js';
import { actorOf, headOf, mentionOver, sentenceSpan, sourceTokensOf, type View } from './view.js';

/** A place the text names in a sentence: its country and its first token. */
export interface SentencePlace { readonly code: string; readonly token: number }

export interface Story {
  readonly placesBySent: Map<number, SentencePlace[]>;
  readonly dateline?: { readonly code: string; readonly name: string };
  readonly main?: string;
  readonly mentioned: ReadonlySet<string>;
  /** Whether the story names any country or organisation besides its dateline. */
  readonly named: boolean;
  /** The outlet's home country, for a story that names no country at all (`outlet.ts`). */
  readonly outlet?: string;
}

// Module-level helpers, not closures made per call, which lose their optimised code at each full collection (#13).
function countCode(counts: Map<string, number>, code: string | undefined): void {
  if (code && !TRANSNATIONAL_CODES.has(code)) counts.set(code, (counts.get(code) ?? 0) + 1);
}

function coveredByMention(mentions: readonly ActorMention[], p: Place): boolean {
  for (const m of mentions) if (m.start < p.end && p.start < m.end) return true;
  return false;
}

/**
 * What the article as a whole says about where it happens. `datelinePlace` is the dateline
 * layer's place: the places stage marks its dateline only when no mention covers it, and a
 * dateline ("LA PAZ, March 21 -") usually is one, so a place over that span is the dateline too. A place's
 * country is the state of the article's `day` (`actors/historical-members.ts`): "BELGRADE" in 1987 is Yugoslavia's.
 */
export function storyOf(view: View, mentions: readonly ActorMention[], places: readonly Place[], datelinePlace?: Span, day?: string): Story {
  const counts = new Map<string, number>();
  const placesBySent = new Map<number, SentencePlace[]>();
  let dateline: Story['dateline'];
  for (const p of places) {
    if (!p.country) continue;
    const code = stateOnDay(p.country, day);
    const atDateline = datelinePlace !== undefined && p.start < datelinePlace.end && datelinePlace.start < p.end;
    if (p.role === 'dateline' || atDateline) { dateline ??= { code, name: p.name }; continue; }
    countCode(counts, code);
    if (coveredByMention(mentions, p)) continue;
    const t = firstTokenFrom(view, p.start);
    const sent = view.sents[t] ?? -1;
    placesBySent.set(sent, [...(placesBySent.get(sent) ?? []), { code, token: t }]);
  }
  for (const m of mentions) countCode(counts, m.code);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  const main = top && top[1] >= 3 && top[1] >= 2 * (second?.[1] ?? 0) ? top[0] : undefined;
  const named = counts.size > 0 || mentions.some((m) => m.code !== undefined);
  return { placesBySent, ...(dateline ? { dateline } : {}), ...(main ? { main } : {}), mentioned: new Set(counts.keys()), named };
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

/**
 * The bodies agent nouns were found working for, by the noun's word ("ministers" → the GCC), as `locate` meets
 * them in text order: "the ministers" later in the story are the same ministers, not the dateline's.
 */
export type BodiesByNoun = Map<string, Found>;

/** The mention with a country from its context, or undefined when the context gives none. */
export function locate(view: View, m: ActorMention, story: Story, byToken: readonly (ActorMention | undefined)[], bodies: BodiesByNoun = new Map(), antecedents: Antecedents = new Map(), manyStates: ManyStatesNouns = new Set()): ActorMention | undefined {
  if (m.code || m.members?.length) return undefined;
  // A bare name may be a visitor's: only a title ("official", "union president") makes a person
  // as local as the story.
  const around = m.kind === 'person' && !m.sector ? undefined : fromSentence(view, m, story, fromDateline(story), byToken) ?? homeOf(story);
  const noun = m.kind === 'person' || !m.sector ? undefined : view.words[headOf(view, m)];
  const body = fromBody(view, m, byToken);
  if (body && noun) bodies.set(noun, body);
  // People of many states (`multinational.ts`) take no country from the story or the venue; asked last, as it
  // scans the sentence.
  const found = fromApposition(view, m, byToken) ?? fromTitle(view, m, byToken) ?? fromPossessiveTitle(view, m, byToken) ?? fromBodyOfficer(view, m, byToken, (b) => locate(view, b, story, byToken)) ?? fromTitleSetOff(view, m, byToken) ?? fromModifier(view, m, byToken) ?? body ?? (noun ? bodies.get(noun) : undefined)
    ?? fromSameNoun(view, m, antecedents, placeCountries(view, byToken, story.placesBySent))
    ?? fromMeetingBody(view, m, byToken, story.dateline !== undefined, (story.placesBySent.get(view.sents[m.tokens[0]] ?? -1) ?? []).map((p) => p.token)) ?? (around && !(noun && isManyStates(view, m, noun, manyStates)) ? around : undefined);
  if (!found) return undefined;
  const actor = actorOf(m);
  // PLOVER codes a body by its organisation (IGO EU): its agents take that, not their own noun's sector.
  const sector = found.sector && (!m.sector || TRANSNATIONAL_CODES.has(found.code)) ? found.sector : undefined;
  return mentionOver(view, m.tokens[0], m.tokens[1], { ...actor, code: found.code, ...(sector ? { sector } : {}) }, reason('discourse/located', { base: m.reasons, code: found.code, source: found.why }));
}

/** Whether the agent noun of `m` names people of many states, here or as "the <noun>" after such people; remembers the noun. */
function isManyStates(view: View, m: ActorMention, noun: string, seen: ManyStatesNouns): boolean {
  const many = isOfManyStates(view, m) || isLaterOfManyStates(view, m, noun, seen);
  if (many) seen.add(noun);
  return many;
}

/** Where `locate` guessed from the story, not from the person's own words: the dateline, its main country, a place. */
const STORY_GUESSES = new Set(['discourse/from-dateline', 'discourse/from-main', 'discourse/from-sentence', 'discourse/from-outlet']);

/** Whether `locate` gave `l` its country from a guess about the story rather than from its own words. */
function isStoryGuess(l: ActorMention): boolean {
  const source = l.reasons[0]?.source;
  return typeof source === 'object' && 'rule' in source && STORY_GUESSES.has(source.rule);
}

/**
 * Later mentions of a person whose title gave a country: "Ihor Zhovkva informed …" after
 * "Deputy Head of the Office of the President of Ukraine Ihor Zhovkva". The title outweighs a guess
 * from the story at a later mention: "Santos Alvite last night met …" after "Ecuador's deputy energy
 * minister Fernando Santos Alvite" is Ecuador's, not the Caracas dateline's (#12, training reuters-3594).
 * Returns the echoes; a located mention at the same token is replaced by its echo.
 */
export function echoLocated(view: View, mentions: readonly ActorMention[], located: readonly ActorMention[]): ActorMention[] {
  const byActor = new Map(located.filter((l) => l.kind === 'person').map((l) => [l.actorId, l]));
  const byTitle = new Map<string, ActorMention>();
  for (const l of located) if (l.kind === 'person' && !isStoryGuess(l) && !byTitle.has(l.actorId)) byTitle.set(l.actorId, l);
  return mentions.flatMap((m) => {
    const own = located.find((l) => l.tokens[0] === m.tokens[0]);
    const title = byTitle.get(m.actorId);
    const first = own ? (isStoryGuess(own) && title?.tokens[0] !== m.tokens[0] ? title : undefined) : title ?? byActor.get(m.actorId);
    if (m.code || !first?.code) return [];
    const text = view.texts.slice(m.tokens[0], m.tokens[1]).join(' ');
    return [mentionOver(view, m.tokens[0], m.tokens[1], { ...actorOf(m), code: first.code, ...(first.sector && !m.sector ? { sector: first.sector } : {}) }, reason('discourse/same-actor', { text, name: first.name, code: first.code }))];
  });
}

export type Found = { code: string; sector?: string; why: Reason };

/** "The Director-General of the FAO, Edouard Saouma": the title beside a name gives its body. */
function fromApposition(view: View, m: ActorMention, byToken: readonly (ActorMention | undefined)[]): Found | undefined {
  const head = headOf(view, m);
  if (head < 0) return undefined;
  const dep = view.deps[head];
  const partners = [dep?.deprel === 'appos' ? dep.head : -1];
  // Only the head's sentence: scanning every token per mention made this the discourse stage's top cost.
  const [first, last] = sentenceSpan(view, head);
  for (let t = first; t <= last; t++) {
    if (view.deps[t].head === head && view.deps[t].deprel === 'appos') partners.push(t);
  }
  for (const t of partners) {
    const other = t >= 0 ? byToken[t] : undefined;
    if (other?.code && !other.members?.length) return { code: other.code, ...(other.sector ? { sector: other.sector } : {}), why: reason('discourse/from-apposition', { name: other.name }) };
  }
  return undefined;
}

/** Words a title may run on by between its "of" complement and the name ("on European Affairs"). */
const TITLE_TAIL = 3;

/**
 * "Deputy Head of the Office of the President of Ukraine Ihor Zhovkva", "Adviser of the Romanian
 * President on European Affairs Luminita Odobescu": a name right after a title "… of <office or
 * government>" works for that government. The parse rarely links such a name to its title.
 */
function fromTitle(view: View, m: ActorMention, byToken: readonly (ActorMention | undefined)[]): Found | undefined {
  if (m.kind !== 'person') return undefined;
  const sent = view.sents[m.tokens[0]];
  for (let t = m.tokens[0] - 1; t >= Math.max(0, m.tokens[0] - 1 - TITLE_TAIL) && view.sents[t] === sent; t--) {
    const other = byToken[t];
    if (other) {
      const governs = other.sector === 'GOV' && !!other.code && !other.members?.length;
      return governs && view.words[other.tokens[0] - 1] === 'of' && other.code ? { code: other.code, sector: 'GOV', why: reason('discourse/from-title', { name: other.name }) } : undefined;
    }
    // A title's tail is a prepositional phrase of names; a comma, verb or lower-case word ends it.
    if (!/^(?:\p{Lu}|on|for|of|and)/u.test(view.texts[t] ?? '')) return undefined;
  }
  return undefined;
}

/** Prepositions that name whose agents a noun's people are ("representatives of", "officials from"). */
const AGENTS_OF = new Set(['of', 'from']);

/**
 * "representatives of the European Union", "officials from the IMF", "ministers of the six-nation Gulf
 * Cooperation Council", "finance ministers and central bankers of the Group of Five": people named by an
 * agent noun whose "of"/"from" phrase (on the noun or on a noun coordinated with it) names a body or a country
 * work for it. The actors stage joins such a phrase only for a country or a national body right after the
 * noun, so a body coded by organisation was left out and the noun took the story's country ("representatives of
 * the EU who arrived in Kyiv" UKR, the Group of Five's ministers USA in a Washington story). An international body
 * compounded with the noun ("EC Farm Ministers", `bodyModifier`) is the same.
 */
function fromBody(view: View, m: ActorMention, byToken: readonly (ActorMention | undefined)[]): Found | undefined {
  if (m.kind === 'person' || !m.sector) return undefined;
  const other = adjacentBody(view, m, byToken) ?? phraseBody(view, m, byToken) ?? bodyModifier(view, m, byToken);
  if (!other?.code || other.members?.length) return undefined;
  return { code: other.code, ...(other.sector ? { sector: other.sector } : {}), why: reason('discourse/from-body', { name: other.name }) };
}

/** The mention right after the noun's "of"/"from". */
function adjacentBody(view: View, m: ActorMention, byToken: readonly (ActorMention | undefined)[]): ActorMention | undefined {
  const at = m.tokens[1];
  const other = AGENTS_OF.has(view.words[at] ?? '') ? byToken[at + 1] : undefined;
  return other?.tokens[0] === at + 1 ? other : undefined;
}

/**
 * The body coded by organisation heading an "of"/"from" modifier of the noun or of a noun coordinated with it.
 * Countries are left to the actors stage: "ambassadors and chiefs of mission from Argentina, Austria, …" names
 * many, and the first is no answer.
 */
function phraseBody(view: View, m: ActorMention, byToken: readonly (ActorMention | undefined)[]): ActorMention | undefined {
  const head = headOf(view, m);
  const [first, last] = sentenceSpan(view, head);
  const nouns = new Set([head]);
  const marked = new Set<number>();
  for (let t = first; t <= last; t++) {
    const dep = view.deps[t];
    if (dep?.deprel === 'conj' && dep.head === head) nouns.add(t);
    if (dep?.deprel === 'case' && AGENTS_OF.has(view.words[t] ?? '')) marked.add(dep.head);
  }
  for (let t = first; t <= last; t++) {
    const dep = view.deps[t];
    const other = byToken[t];
    if (other?.code && TRANSNATIONAL_CODES.has(other.code) && marked.has(t) && dep?.deprel.startsWith('nmod') && nouns.has(dep.head) && !(other.tokens[0] <= head && head < other.tokens[1])) return other;
  }
  return undefined;
}

/**
 * The one country the places of the mention's sentence name. Where a story's dateline says otherwise, a
 * place elsewhere in the sentence is mostly where the actor goes or meets ("Treasury Secretary Mario
 * Brodersohn said on return from talks in New York" in a Buenos Aires story, "Vice Minister Kuroda leaves for
 * Washington" in a Tokyo one), not whose the actor is: then the place counts only in the actor's own phrase
 * ("officials in Tokyo") or as a dateline opening the sentence ("CHANDIGARH, India - Sikh extremists …").
 */
function fromSentence(view: View, m: ActorMention, story: Story, dateline: Found | undefined, byToken: readonly (ActorMention | undefined)[]): Found | undefined {
  const places = story.placesBySent.get(view.sents[m.tokens[0]] ?? -1) ?? [];
  const codes = new Set(places.map((p) => p.code));
  const [code] = codes;
  if (codes.size !== 1 || !code) return undefined;
  // ", Finance Minister X said" closing a report: a place of the report ("the agreement reached today in Paris") is
  // where the report's act was, not whose the source is; only one in the source's own words counts ("diplomats in
  // Moscow said"). The source is read by the detector below both stages (deps/closing-source.ts), session 56.
  // A dateline within the story still opens it ("CHANDIGARH, India - …, police said"), and so does a place of the
  // report in the country of a party the report codes: "France will host peace talks in Paris, the foreign ministry
  // said" is France's ministry (review fix-a #5).
  const closing = reportingSourceAround(sourceTokensOf(view), view.pack.speechVerbs, m.tokens[0], m.tokens[1]);
  if (closing) {
    const own = places.some((p) => (p.token >= closing.source[0] && p.token < closing.source[1]) || opensSentence(view, p.token))
      || reportCodes(view, m, closing.source, byToken).has(code);
    return own ? { code, why: reason('discourse/from-sentence') } : undefined;
  }
  const own = dateline === undefined || dateline.code === code || places.some((p) => opensSentence(view, p.token) || inPhraseOf(view, p.token, headOf(view, m)));
  return own ? { code, why: reason('discourse/from-sentence') } : undefined;
}

/** The codes of the coded mentions of `m`'s sentence outside its closing source `[first, last)`: the report's parties. */
function reportCodes(view: View, m: ActorMention, [first, last]: readonly [number, number], byToken: readonly (ActorMention | undefined)[]): Set<string> {
  const [start, end] = sentenceSpan(view, m.tokens[0]);
  const codes = new Set<string>();
  for (let t = start; t <= end; t++) {
    const other = byToken[t];
    if (other?.code && other !== m && (t < first || t >= last)) codes.add(other.code);
  }
  return codes;
}

/** Steps a place may lie below the head of the actor's phrase ("officials of the embassy in Tokyo"). */
const PHRASE_DEPTH = 3;

/** The place at token `t` modifies the noun at `head`, through nominal links only. */
function inPhraseOf(view: View, t: number, head: number): boolean {
  let at = t;
  for (let step = 0; step < PHRASE_DEPTH; step++) {
    const dep = view.deps[at];
    if (!dep || !/^(?:nmod|appos|compound|flat|conj)/.test(dep.deprel)) return false;
    if (dep.head === head) return true;
    at = dep.head;
  }
  return false;
}

/** The sentence's first token: a dateline within the story ("CHANDIGARH, India - …"). */
function opensSentence(view: View, t: number): boolean {
  return t === 0 || view.sents[t - 1] !== view.sents[t];
}

/** Where the story happens: the dateline's country when the story names it too, else its main country. */
export function homeOf(story: Story): Found | undefined {
  if (story.main) return fromDateline(story) ?? { code: story.main, why: reason('discourse/from-main', { code: story.main }) };
  return fromDateline(story) ?? (story.outlet ? { code: story.outlet, why: reason('discourse/from-outlet', { code: story.outlet }) } : undefined);
}

/**
 * `story` with its outlet's home country when it names no country, place, dateline or coded body at all: an IGO or
 * foreign body ("The UN accused the government of blocking aid") tells of some other country (review b, session 48).
 */
export function withOutlet(story: Story, home: string | undefined): Story {
  return home && !story.main && !story.dateline && !story.named ? { ...story, outlet: home } : story;
}

/**
 * The dateline counts only when the story names its country too ("NICOSIA" datelines Gulf news), or names no
 * country or organisation at all: "JOHANNESBURG - … the National Union of Mineworkers … The union refused a request"
 * has no other place its union could be from. A "BRUSSELS" story that names only the EC's bodies is the EC's, not
 * Belgium's ("ministers agreed detailed rules"), so a body coded by organisation counts as named.
 */
function fromDateline(story: Story): Found | undefined {
  const d = story.dateline;
  return d && (story.mentioned.has(d.code) || !story.named) ? { code: d.code, why: reason('discourse/from-dateline', { place: d.name }) } : undefined;
}
