import { daysBetween } from '../core/days.js';
import { bandKeys, similarity } from './fingerprint.js';
import { heardShare } from './transcript.js';
import type { StoryDoc } from './features.js';
import { NAME_STEM, type Occasion } from './occasion.js';
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
  if (sameEvent(a, b) || sameOccasion(a, b) || sameContact(a, b) || sameSummit(a, b) || sameVenue(a, b) || sameVenue(b, a)) return 'event';
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

/**
 * The day an item's event took place: the lead's earlier day ("Yesterday, … met with …"), else the
 * publication date. Reports are compared by it; copies by their publication dates.
 */
export const eventDay = (doc: StoryDoc): string | null => doc.eventDate ?? doc.date;

/** Both event days are known and at most `days` apart. */
function eventDaysApart(a: StoryDoc, b: StoryDoc, days: number): boolean {
  const [x, y] = [eventDay(a), eventDay(b)];
  return !!x && !!y && Math.abs(daysBetween(x, y)) <= days;
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
  if (!eventDaysApart(a, b, MAX_DAYS_APART)) return false;
  if (advanceNotice(a) || advanceNotice(b) || (a.kind === 'call') !== (b.kind === 'call')) return false;
  // Titles name the counterpart, not the publisher's own leader: the Kremlin's "call with Joseph Biden"
  // and the White House's "call with Vladimir Putin" share no name, so names are compared within one source.
  // A joint document's title names its signatories, not the meeting it was signed at.
  // An item titled with the people it is about has them as its subject ("Remarks by President Biden
  // and President Macron … Before Bilateral Meeting" names no one at its occasion).
  if (a.source === b.source && !a.joint && !b.joint && !sameSubject(a, b) && !sameTitleSides(a, b) && !titledBy(a, b) && !titledBy(b, a)) return false;
  // The same parties: a bilateral meeting and the trilateral one after it on the same day are two events.
  if (a.parties.length < 2 || a.parties.length !== b.parties.length || a.parties.some((p, i) => p !== b.parties[i])) return false;
  // Two governments' sites report a contact of each one's own side: the White House's joint statement
  // with the EU on Russia and Ukraine is not the Kremlin's meeting on them.
  if (a.source !== b.source && (!ownSide(a) || !ownSide(b))) return false;
  return samePeople(a, b) && signedAt(a, b) && signedAt(b, a);
}

/**
 * An item whose text names no known person of the meeting but whose title names its own site's
 * principal ("President Biden and President Lopez Obrador Joint Statement") is the principal's
 * meeting, not one whose report names a person for every party and none of them the principal
 * (the Vice President's with the same visitor that day). Other names a title gives are left alone:
 * the knowledge base's aliases match too loosely to stand for people ("Jacob Sullivan" is also
 * Christian Jacob).
 */
function signedAt(item: StoryDoc, other: StoryDoc): boolean {
  const principal = item.principal;
  if (item.people.length || !principal || !item.titlePeople?.includes(principal)) return true;
  const named = new Set(other.people.map((p) => p.split(':')[0]));
  return item.parties.some((party) => !named.has(party)) || other.people.some((p) => p.endsWith(`:${principal}`));
}

/**
 * One contact of two principals reported by each one's site: different sites, a day apart at most,
 * each title naming the other site's office holder of the day (the Kremlin's "… conversation between
 * Vladimir Putin and Joseph Biden", the White House's "… Call with Russian President Vladimir
 * Putin"), both calls or both not, no advance notice, and no meeting parties that conflict. The
 * same two leaders' contacts on other days are more than a day apart; a visitor's talks in two
 * capitals are reported by sites whose titles name different hosts.
 */
function sameContact(a: StoryDoc, b: StoryDoc): boolean {
  if (a.source === b.source || !a.principal || !b.principal || a.principal === b.principal) return false;
  if (!eventDaysApart(a, b, MAX_DAYS_APART)) return false;
  if (!a.titlePeople?.includes(b.principal) || !b.titlePeople?.includes(a.principal)) return false;
  if (advanceNotice(a) || advanceNotice(b) || (a.kind === 'call') !== (b.kind === 'call')) return false;
  return !conflicting(a, b);
}

/**
 * One summit reported by two principals' sites: the titles name it (the Kremlin's "APEC summit",
 * the White House's "… Participation in the APEC Virtual Leaders' Meeting"), one as a summit and the
 * other as a summit or a meeting, with names that meet, a day apart at most, neither title a call or an advance notice. Each leader's own talks
 * there are other occasions, named by their counterpart.
 */
function sameSummit(a: StoryDoc, b: StoryDoc): boolean {
  if (a.source === b.source || !a.principal || !b.principal || a.principal === b.principal) return false;
  if (!eventDaysApart(a, b, MAX_DAYS_APART)) return false;
  // A title's call or advance notice ("… will attend, via videoconference, …") is no report of it, as for one site's occasions.
  if (a.kind !== null || b.kind !== null) return false;
  const [x, y] = [a.occasion, b.occasion];
  if (!x?.inTitle || !y?.inTitle || !x.names.length || !y.names.length) return false;
  if (!summitLike(x) || !summitLike(y) || (x.kind !== 'summit' && y.kind !== 'summit')) return false;
  return sameOccasionNames(x.names, y.names);
}

const summitLike = (o: Occasion) => o.kind === 'summit' || o.kind === 'talks';

/**
 * A title's "will" or "upcoming", unless the item attributes its words to an occasion: "We seek an
 * agreement that will provide guarantees - Zelenskyy" quotes what was said after the talks.
 */
function advanceNotice(doc: StoryDoc): boolean {
  return doc.kind === 'announcement' && !(doc.occasion && !doc.occasion.inTitle);
}

/** The item's parties are people its title names, and the other item's meeting has them all. */
function titledBy(item: StoryDoc, other: StoryDoc): boolean {
  return !!item.titledParties && item.people.length >= 2 && item.people.every((p) => other.people.includes(p));
}

/**
 * Two titles of one site that name the same parties besides the site's own, in any words, and no
 * party by different people: "Meeting with Ilham Aliyev and Nikol Pashinyan" and "Statements by
 * leaders of Russia, Azerbaijan and Armenia following trilateral talks"; "Meeting with Nursultan
 * Nazarbayev" and "Meeting with President of Kazakhstan Kassym-Jomart Tokayev" are two.
 */
function sameTitleSides(a: StoryDoc, b: StoryDoc): boolean {
  const [pa, pb] = [a.titleParties ?? [], b.titleParties ?? []];
  if (!pa.length || pa.length !== pb.length || pa.some((p, i) => p !== pb[i])) return false;
  const [xa, xb] = [a.titleActors ?? [], b.titleActors ?? []];
  return pa.every((party) => {
    const ia = xa.filter((x) => x.startsWith(`${party}:`));
    const ib = xb.filter((x) => x.startsWith(`${party}:`));
    return !ia.length || !ib.length || ia.some((x) => ib.includes(x));
  });
}

/** The item's parties hold its publisher's own side, or it has none (a wire). */
const ownSide = (doc: StoryDoc) => !doc.side || doc.parties.includes(doc.side);

/**
 * No party of the two is represented by different people in them, unless one item's title names
 * the other's: the Kremlin's "Briefing by Aide to the President Yury Ushakov following a telephone
 * conversation between Vladimir Putin and Joseph Biden" has its briefer among its people, and its
 * title says whose call it was.
 */
function samePeople(a: StoryDoc, b: StoryDoc): boolean {
  return a.parties.every((party) => {
    const pa = a.people.filter((p) => p.startsWith(`${party}:`));
    const pb = b.people.filter((p) => p.startsWith(`${party}:`));
    return pa.length === 0 || pb.length === 0 || pa.some((p) => pb.includes(p)) || titleNamesOne(a, pb) || titleNamesOne(b, pa);
  });
}

/** The item's title names one of the people (`<party>:<actor id>`). */
const titleNamesOne = (item: StoryDoc, people: readonly string[]) => people.some((p) => item.titlePeople?.includes(p.slice(p.indexOf(':') + 1)));

/**
 * Two items of one site about one occasion: the same day, occasions with the same parties (of any
 * kind), or of one kind with names that meet (or none in either) and no conflicting meeting parties unless
 * one item's meeting holds the other's occasion parties; no differing hosts, no unnamed talks, no
 * two titles of an unnamed occasion. A bilateral meeting and the trilateral one after it, both
 * "talks", are two events.
 */
function sameOccasion(a: StoryDoc, b: StoryDoc): boolean {
  if (a.source !== b.source || !a.occasion || !b.occasion) return false;
  if (!eventDaysApart(a, b, 1)) return false;
  // A title's call or advance notice is matched by its parties, or is no report; an item that
  // attributes words to the occasion reports it, whatever its quoted title says ("Ukraine will win …").
  if ((a.kind !== null && a.occasion.inTitle) || (b.kind !== null && b.occasion.inTitle)) return false;
  // The words an item quotes tell which of the day's addresses it quotes, or last night's.
  const heard = a.occasion.kind === b.occasion.kind ? (heardIn(a, b) ?? heardIn(b, a)) : undefined;
  if (heard !== undefined) return heard >= HEARD;
  // One day: a site's daily address or briefing is a new occasion each day.
  if (!eventDaysApart(a, b, 0)) return false;
  if (conflictingHosts(a.occasion, b.occasion)) return false;
  // Two people speaking of one day's talks are two items of news, not two of one occasion.
  if (a.speakers?.length && b.speakers?.length && !shareName(a.speakers, b.speakers)) return false;
  // "Following the talks with Alar Karis in Kyiv" (EST) on the day the site reported the meeting of
  // Ukraine and Estonia: the meeting holds the occasion's parties.
  const inMeeting = (x: StoryDoc, y: StoryDoc) => x.occasion!.parties.length > 0 && x.occasion!.parties.every((p) => y.parties.includes(p));
  // The same parties named at the occasion, whatever its noun: "during a conversation with media
  // representatives following the negotiations with Prime Minister of Croatia" and "during talks
  // with Andrej Plenković" are the press remarks and the talks of one visit.
  if (a.occasion.parties.length > 0 && a.occasion.parties.join() === b.occasion.parties.join()) return true;
  // An occasion hears several speakers: the First Lady's words at Davos and the Head of the Office's
  // speech there are two items of news, as are the President's and an adviser's briefings of one day.
  // A wire's title names its source before the occasion ("WHITE HOUSE SAYS SHULTZ TO VISIT MOSCOW"),
  // not who spoke there: read on sites with a principal only.
  if (a.principal && !sameSpeakers(a.occasion, b.occasion)) return false;
  if (a.occasion.kind !== b.occasion.kind) return (heldAt(a.occasion, b.occasion) || heldAt(b.occasion, a.occasion) || (!!a.principal && oneSpeakerAt(a.occasion, b.occasion))) && !conflicting(a, b);
  // Two titles of one unnamed occasion ("Address by the President of Ukraine", morning and evening) are two items of it only if something else says so.
  if (a.occasion.inTitle && b.occasion.inTitle && !a.occasion.names.length && !b.occasion.names.length) return false;
  // "During the meeting" with no names says nothing of which meeting.
  if (a.occasion.kind === 'talks' && !a.occasion.names.length && !a.occasion.parties.length) return false;
  return sameOccasionNames(a.occasion.names, b.occasion.names) && (inMeeting(a, b) || inMeeting(b, a) || !conflicting(a, b));
}
/** Share of an item's quote shingles a transcript must hold for the item to quote it; items quoting another address share none (`transcript.ts`). */
export const HEARD = 0.5;

/** The share of the quoting item's sample the titled item's transcript holds; undefined when either is missing. */
function heardIn(said: StoryDoc, titled: StoryDoc): number | undefined {
  if (!said.quoted?.length || !titled.transcript || said.occasion?.inTitle || !titled.occasion?.inTitle) return undefined;
  return heardShare(said.quoted, titled.transcript);
}

/**
 * An item titled with where or with whom its site's principal was that day, and an item of the
 * same site and day that attributes its words to an occasion naming all of that: "Volodymyr
 * Zelenskyy visited Bucha, where he talked to local residents and journalists" and a quote
 * "during a conversation with journalists in Bucha"; "… met with the leaders of Germany, France,
 * Romania and Italy in Kyiv" and the press remarks after talks with them. Neither a call nor an
 * advance notice, and no meeting parties that conflict unless the occasion's are the titled
 * item's (a visit's talks name more parties than the remarks' lead).
 */
function sameVenue(titled: StoryDoc, said: StoryDoc): boolean {
  if (titled.source !== said.source || !titled.principal || !eventDaysApart(titled, said, 0)) return false;
  const occasion = said.occasion;
  const topics = titled.titleTopics ?? [];
  if (!occasion || occasion.inTitle || !topics.length || !occasion.names.length) return false;
  if (titled.kind !== null || said.kind === 'call' || advanceNotice(said)) return false;
  if (!topics.every((n) => occasion.names.some((m) => stem(m) === stem(n)))) return false;
  const inMeeting = occasion.parties.length > 0 && occasion.parties.every((p) => titled.parties.includes(p));
  return inMeeting || !conflicting(titled, said);
}

/**
 * An occasion given at a named gathering: a speech or a conversation whose names hold the
 * gathering's ("speech … at the opening of the ISPI Global Policy Forum" and an item said "at the
 * opening of the ISPI Global Policy Forum (Milan, Italy)"), two names at least. Talks held there
 * are events of their own: the leaders who meet on a forum's sidelines.
 */
function heldAt(gathering: Occasion, other: Occasion): boolean {
  if (!gathering.gathering || other.kind === 'talks') return false;
  const stems = new Set(other.names.map(stem));
  return gathering.names.filter((n) => stems.has(stem(n))).length >= 2 && sameOccasionNames(gathering.names, other.names);
}

/**
 * One speaker at one named place, whatever the site calls the occasion: "Speech by Head of the
 * Office of the President Andriy Yermak at Chatham House" and "This was stated by … Andriy Yermak
 * during a video meeting at the Royal Institute of International Affairs Chatham House". Both
 * occasions name their speakers, who share a name, and, the speakers' own names left out, two or
 * more places' names that meet; the same speaker's occasions elsewhere that day name other places.
 * Sites with a principal only: a wire's title names its source before the occasion, not who spoke.
 */
function oneSpeakerAt(a: Occasion, b: Occasion): boolean {
  const [x, y] = [a.speakers ?? [], b.speakers ?? []];
  if (!x.length || !y.length || !shareName(x, y)) return false;
  const speakers = new Set([...x, ...y].map(stem));
  const [na, nb] = [a.names, b.names].map((names) => names.filter((n) => !speakers.has(stem(n))));
  const stems = new Set(nb.map(stem));
  return na.filter((n) => stems.has(stem(n))).length >= 2 && sameOccasionNames(na, nb);
}

/** The occasions' speakers share a name, or either names none. */
function sameSpeakers(a: Occasion, b: Occasion): boolean {
  const [x, y] = [a.speakers ?? [], b.speakers ?? []];
  return !x.length || !y.length || shareName(x, y);
}

/** Both name the parties of a meeting, and they differ, or one party is represented by different people. */
function conflicting(a: StoryDoc, b: StoryDoc): boolean {
  if (a.parties.length < 2 || b.parties.length < 2) return false;
  if (a.parties.length !== b.parties.length || a.parties.some((p, i) => p !== b.parties[i])) return true;
  return !samePeople(a, b);
}

/** Two forms of one name share their stem: "Mongolia" and "Mongolian", "Greece" and "Greek". */
const stem = (name: string) => (name.length >= NAME_STEM ? name.slice(0, NAME_STEM) : name);

/**
 * Two occasions' names are one occasion's: both none, or most of the shorter list's names in the other, up to their endings ("Russian-Greek talks", "talks with Prime Minister of
 * Greece Kyriakos Mitsotakis"); Sullivan's meetings with "the Prime Minister of Iraq Mohammed Shia
 * al-Sudani" and "the Prime Minister of Iraq's Kurdistan Region" share one name of three, the
 * Kremlin's meetings with "Foreign Minister Sergei Lavrov" and "Defence Minister Sergei Shoigu" one of two.
 */
export function sameOccasionNames(a: readonly string[], b: readonly string[]): boolean {
  if (!a.length || !b.length) return a.length === b.length;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const stems = new Set(long.map(stem));
  const shared = short.filter((n) => stems.has(stem(n))).length;
  return 2 * shared > short.length;
}

/** Some name of one list is a name of the other, up to its ending. */
export function shareName(a: readonly string[], b: readonly string[]): boolean {
  const stems = new Set(a.map(stem));
  return b.some((n) => stems.has(stem(n)));
}

/**
 * Two items of one site name the same meeting: their titles' occasions have one host and the same names
 * (Sullivan's meetings with Iraq's Prime Minister and with the Prime Minister of Iraq's Kurdistan
 * Region), else their titles most of their names, when both have any.
 */
function sameSubject(a: StoryDoc, b: StoryDoc): boolean {
  if (a.occasion?.inTitle && b.occasion?.inTitle && (a.occasion.names.length || b.occasion.names.length)) {
    return !conflictingHosts(a.occasion, b.occasion) && sameOccasionNames(a.occasion.names, b.occasion.names);
  }
  return !a.titleNames.length || !b.titleNames.length || sameOccasionNames(a.titleNames, b.titleNames);
}

/** Both occasions name a host, and not the same one ("Vice President Harris's meeting", "Jake Sullivan's meeting"). */
function conflictingHosts(a: Occasion, b: Occasion): boolean {
  return a.hosts.length > 0 && b.hosts.length > 0 && !shareName(a.hosts, b.hosts);
}

/** The key of an article's parties (none for fewer than two). */
function partyKeys(parties: readonly string[]): string[] {
  return parties.length >= 2 ? [parties.join('+')] : [];
}

/** The keys an article is filed under, so that the articles it may link with find it. */
export function ownKeys(doc: StoryDoc): string[] {
  const keys = [`h:${doc.hash}`, ...bandKeys(doc.signature)];
  const day = eventDay(doc);
  if (day) for (const pair of partyKeys(doc.parties)) keys.push(`p:${day}:${pair}`);
  keys.push(...occasionKeys(doc), ...venueKeys(doc));
  if (day) keys.push(...contactKeys(doc, day), ...summitKeys(doc, day));
  return keys;
}

/**
 * The pairs of principals an item may report a contact of: its own, and each person its title
 * names; the other site's report of the contact is filed under the same pair.
 */
function contactKeys(doc: StoryDoc, date: string): string[] {
  const own = doc.principal;
  if (!own) return [];
  return (doc.titlePeople ?? []).filter((p) => p !== own).map((p) => `c:${date}:${[own, p].sort().join('+')}`);
}

/** A titled summit or meeting of a site with a principal, under each of its names (another site may name it in other words). */
function summitKeys(doc: StoryDoc, date: string): string[] {
  const o = doc.occasion;
  if (!doc.principal || !o?.inTitle || !summitLike(o)) return [];
  return o.names.map((n) => `f:${date}:${stem(n)}`);
}

/**
 * An item with an occasion is found by the site's other items of that day and kind, whatever its
 * own kind: the link decides (a key left out here is a link the store never tests).
 */
function occasionKeys(doc: StoryDoc): string[] {
  const day = eventDay(doc);
  if (!doc.occasion || !day) return [];
  const keys = [`o:${doc.source ?? ''}:${day}:${doc.occasion.kind}`];
  // Occasions with the same parties link whatever their kind.
  if (doc.occasion.parties.length) keys.push(`o:${doc.source ?? ''}:${day}:${doc.occasion.parties.join('+')}`);
  // A speech or a conversation given at a gathering is found under the gathering's names (`heldAt`).
  if (doc.occasion.kind !== 'talks') for (const name of new Set(doc.occasion.names.map(stem))) keys.push(`g:${doc.source ?? ''}:${day}:${name}`);
  // One speaker's occasions of the day, whatever their kinds (`oneSpeakerAt`).
  for (const name of new Set((doc.occasion.speakers ?? []).map(stem))) keys.push(`s:${doc.source ?? ''}:${day}:${name}`);
  return keys;
}

/** The keys to look up for an article: everything that could link with it is filed under one of them. */
export function lookupKeys(doc: StoryDoc): string[] {
  const keys = [`h:${doc.hash}`, ...bandKeys(doc.signature)];
  const day = eventDay(doc);
  if (day) {
    for (let d = -MAX_DAYS_APART; d <= MAX_DAYS_APART; d++) {
      for (const pair of partyKeys(doc.parties)) keys.push(`p:${shiftDay(day, d)}:${pair}`);
      keys.push(...contactKeys(doc, shiftDay(day, d)), ...summitKeys(doc, shiftDay(day, d)));
    }
  }
  keys.push(...occasionKeys(doc), ...venueKeys(doc));
  // An item quoting last night's address, and an address quoted the next morning.
  if (day && doc.occasion && (doc.quoted?.length || doc.transcript)) for (const d of [-1, 1]) keys.push(`o:${doc.source ?? ''}:${shiftDay(day, d)}:${doc.occasion.kind}`);
  return keys;
}

/**
 * A principal's site files each item under its title's topics and its attributed occasion's names
 * (`sameVenue`): a titled item finds the items said at an occasion naming its topics under each of them.
 */
function venueKeys(doc: StoryDoc): string[] {
  const day = eventDay(doc);
  if (!doc.principal || !day) return [];
  const names = [...(doc.titleTopics ?? []), ...(doc.occasion && !doc.occasion.inTitle ? doc.occasion.names : [])];
  return [...new Set(names.map(stem))].map((n) => `v:${doc.source ?? ''}:${day}:${n}`);
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
