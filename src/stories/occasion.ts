import { assetPath, readDataLines, readDataText } from '../core/assets.js';
import type { Document } from '../core/document.js';
import { DyadError } from '../core/errors.js';
import { packOf } from '../lang/pack.js';
import '../stages/actors/types.js';
import '../stages/discourse/types.js';
import '../stages/places/types.js';
import '../stages/quotes/types.js';
import '../stages/sentences/types.js';
import { partyKey } from '../stages/discourse/participants.js';

/**
 * The occasion an article's item was said or done at: an interview, a briefing, a visit's talks.
 * An official site posts several items of one occasion, each a quote or a topic of it, and names
 * the occasion in its title ("Press statements following Russian-Mongolian talks") or in the
 * sentence that attributes the item ("This was stated by President Zelenskyy in an interview for
 * 1 + 1 TV channel"). Items of one site on one day with the same occasion are one story (see #15).
 */
export interface Occasion {
  /** The occasion's kind (`talks`, `interview`, …: `data/occasions.tsv`). */
  readonly kind: string;
  /**
   * The capitalised words and numbers after the occasion's noun up to its topic, lower-cased, less
   * the listed title words and the publisher's own names: who and where ("talks with Olaf Scholz in Kyiv").
   */
  readonly names: readonly string[];
  /** Whether the title names it (the item's subject) rather than a sentence that attributes words to it. */
  readonly inTitle: boolean;
  /** The names before the occasion's noun: its host ("Vice President Kamala Harris’s Meeting with …"). */
  readonly hosts: readonly string[];
  /**
   * The parties the actors layer finds in the occasion's phrase ("talks with Olaf Scholz" → `DEU`),
   * less the publisher's own, sorted; none for a title (the actors stage reads the body only).
   */
  readonly parties: readonly string[];
  /**
   * A gathering named by its own name ("the GLOBSEC International Security Forum"), which holds the
   * speeches and conversations given at it (`named` in `data/occasions.tsv`); absent otherwise.
   */
  readonly gathering?: true;
  /**
   * Who gave the words: the names after "by" before the occasion, the publisher's own people
   * included ("This was announced by Andriy Yermak, speaking at …", "Speech by … Andriy Yermak at
   * …"), else, in a title, the names before it less the publisher's own ("Olena Zelenska spoke … in
   * the framework of the World Economic Forum"); absent when none is read. A gathering hears many
   * speakers, and a day's briefings several.
   */
  readonly speakers?: readonly string[];
}

/** An occasion noun's kind, and whether its capitalised modifiers are its own name. */
export interface OccasionNoun {
  readonly kind: string;
  readonly named: boolean;
  /** A titled item of this kind is the occasion's transcript ("… - address by President …"), which the items quoting it are matched against (`transcript.ts`). */
  readonly transcript: boolean;
}

let nouns: ReadonlyMap<string, OccasionNoun> | undefined;

/** The occasion nouns shipped with dyad (`src/stories/data/occasions.tsv`), read once. */
export function loadOccasionNouns(path = assetPath('src', 'stories', 'data', 'occasions.tsv')): ReadonlyMap<string, OccasionNoun> {
  if (nouns) return nouns;
  const text = readDataText(path);
  nouns = parseOccasionNouns(text, path);
  return nouns;
}

/** Rows `noun<TAB>kind[<TAB>named|transcript]`; `#` starts a comment line. */
export function parseOccasionNouns(text: string, path: string): Map<string, OccasionNoun> {
  const out = new Map<string, OccasionNoun>();
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [noun = '', kind = '', named, extra] = line.split('\t').map((f) => f.trim());
    if (!/^[a-z]+$/.test(noun) || !/^[a-z]+$/.test(kind) || (named !== undefined && named !== 'named' && named !== 'transcript') || extra !== undefined) {
      throw new DyadError('E170', { path, line: i + 1, problem: 'expected a lower-case noun, a kind and optionally "named" or "transcript", tab-separated' });
    }
    out.set(noun, { kind, named: named === 'named', transcript: named === 'transcript' });
  });
  return out;
}

let futureWords: ReadonlySet<string> | undefined;

/** The words that put an occasion in the future (`src/stories/data/future-occasions.txt`), read once. */
export function loadFutureWords(path = assetPath('src', 'stories', 'data', 'future-occasions.txt')): ReadonlySet<string> {
  if (futureWords) return futureWords;
  futureWords = new Set(readDataLines(path).map((l) => l.toLowerCase()));
  return futureWords;
}

/** The occasion kinds whose titled items are transcripts (`transcript` in `data/occasions.tsv`). */
export function transcriptKinds(kinds: ReadonlyMap<string, OccasionNoun> = loadOccasionNouns()): Set<string> {
  return new Set([...kinds.values()].filter((n) => n.transcript).map((n) => n.kind));
}

/** Prepositions that introduce an occasion in a sentence ("during a briefing", "following the talks"). */
const INTRODUCERS = new Set(['during', 'in', 'at', 'following', 'after']);
/** Words a phrase may carry between its preposition and its noun ("during his speech at the third Diia Summit"). */
const MAX_MODIFIERS = 3;
/** Words that are not counted as modifiers: "during an online press conference" has two. */
const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'this']);
/** Letters that tell two forms of one name ("Russia", "Russian"), as the links compare them. */
export const NAME_STEM = 4;
/** The occasion kind whose unnamed occasions are named by their lower-case words (an unnamed meeting is no occasion otherwise: `link.ts`). */
const UNNAMED_BY_WORDS = 'talks';
/** Sentences read for the occasion, besides those inside a quote: an item names it near its start; later ones quote other occasions. */
const LEAD_SENTENCES = 6;
/** A clause ends at these: the title's "President after the meeting with German Chancellor: Ukraine needs …". */
const CLAUSE_END = /[:;.!?]|\s[-–—]\s/;
/** The occasion's names end where its topic starts: "Meeting with Mayors on Reproductive Rights" names the mayors. */
const TOPIC = /\s(?:on|about|regarding|concerning|to discuss)\s/;

interface Word {
  readonly text: string;
  readonly lower: string;
}

/**
 * A possessive's "s" is a word of its own and not capitalised: "Biden’s Meeting" names Biden. A loop, not a map
 * with an arrow made per call, whose optimised code a worker's full collections dropped (#13).
 */
function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const w of text.match(/[\p{L}\p{N}]+/gu) ?? []) out.push({ text: w, lower: w.toLowerCase() });
  return out;
}

/** The names of a phrase: its capitalised words and numbers, less the excluded words. */
function namesOf(phrase: readonly Word[], excluded: ReadonlySet<string>): string[] {
  return [...new Set(phrase.filter((w) => isName(w) && !excluded.has(w.lower)).map((w) => w.lower))].sort();
}

/**
 * Where the modifiers before the noun at `i` start: at most `MAX_MODIFIERS` words back, determiners
 * not counted, nor, with `skipNames`, capitalised words: a gathering's name is one modifier however
 * long ("at the opening of the ISPI Global Policy Forum").
 */
function modifiersFrom(words: readonly Word[], i: number, skipNames: boolean): number {
  let from = i;
  const counts = (w: Word) => !DETERMINERS.has(w.lower) && !(skipNames && isName(w));
  for (let counted = 0; from > 0 && counted < MAX_MODIFIERS; from--) if (counts(words[from - 1])) counted++;
  return from;
}

const isName = (w: Word) => /^[\p{Lu}\p{N}]/u.test(w.text);

/**
 * The first occasion of a clause: with `introduced`, only after a preposition of `INTRODUCERS` and
 * at most `MAX_MODIFIERS` words before its noun; the phrase runs from there to the clause's end.
 */
function occasionIn(clause: string, introduced: boolean, kinds: ReadonlyMap<string, OccasionNoun>, listed: ReadonlySet<string>, own: ReadonlySet<string>): (Omit<Occasion, 'parties' | 'inTitle'> & { terms: string[]; start: number; end: number }) | null {
  const words = wordsOf(clause);
  // Word offsets only for a clause with an occasion noun: most have none (#13).
  let starts: number[] | undefined;
  for (let i = 0; i < words.length; i++) {
    const noun = kinds.get(words[i].lower);
    if (!noun) continue;
    const kind = noun.kind;
    let from = modifiersFrom(words, i, introduced);
    // "… agreed on a joint communiqué and the next meeting in Berlin": a future occasion is not the item's.
    const future = loadFutureWords();
    if (words.slice(from, i).some((w) => future.has(w.lower))) continue;
    if (introduced) {
      const at = words.slice(from, i).map((w) => w.lower).findLastIndex((w) => INTRODUCERS.has(w));
      if (at < 0) continue;
      from += at + 1;
    }
    starts ??= [...clause.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m.index);
    const text = clause.slice(starts[from]).split(CLAUSE_END)[0].split(TOPIC)[0];
    const after = wordsOf(clause.slice(starts[i]).split(CLAUSE_END)[0].split(TOPIC)[0]).filter((w) => !kinds.has(w.lower));
    // The publisher's own names in any form: "Russia" excludes "Russian-Brazilian talks"'s "Russian".
    const ownStems = new Set([...own].filter((w) => w.length >= NAME_STEM).map((w) => w.slice(0, NAME_STEM)));
    const excluded = new Set([...listed, ...own, ...words.map((w) => w.lower).filter((w) => ownStems.has(w.slice(0, NAME_STEM)))]);
    const names = namesOf(after, excluded);
    const terms = [...new Set(after.filter((w) => /^\p{Ll}/u.test(w.text) && !excluded.has(w.lower)).map((w) => w.lower))].sort();
    // With nothing after its noun the modifiers name the occasion ("Russian-Greek talks", "APEC
    // summit"); else they name its host, who keeps the publisher's own people: Harris's and
    // Sullivan's meetings are two.
    const before = words.slice(from, i);
    const at = { terms, start: starts[from], end: starts[from] + text.length, speakers: speakersOf(words, { from, noun: i, introduced }, kinds, listed, excluded) };
    // A gathering's modifiers are its own name, whatever follows: "the GLOBSEC International Security Forum in Bratislava".
    if (noun.named) return { kind, names: [...new Set([...namesOf(before, excluded), ...names])].sort(), hosts: [], gathering: true as const, ...at };
    return names.length || introduced ? { kind, names, hosts: namesOf(before, listed), ...at } : { kind, names: namesOf(before, excluded), hosts: [], ...at };
  }
  return null;
}

/**
 * An article's occasion: from its title (any occasion noun), else from the first body sentence that
 * attributes words ("This was stated by … during …") or opens with the occasion ("Following … talks,").
 * `listed` holds the title words that name no one, `own` the publisher's own names.
 */
export function occasionOf(doc: Document, title: string | null, listed: ReadonlySet<string>, own: ReadonlySet<string>, kinds: ReadonlyMap<string, OccasionNoun> = loadOccasionNouns()): Occasion | null {
  for (const clause of title?.split(CLAUSE_END) ?? []) {
    const inTitle = occasionIn(clause, false, kinds, listed, own);
    if (inTitle) return { kind: inTitle.kind, inTitle: true, names: inTitle.names, hosts: inTitle.hosts, parties: [], ...markersOf(inTitle) };
  }
  const body = doc.layers.dateline?.body ?? { start: 0, end: doc.text.length };
  const speech = packOf(doc).speechForms;
  const ownCode = doc.layers.discourse?.publisher?.code;
  for (const sent of leadSentences(doc, body)) {
    const text = doc.text.slice(sent.start, sent.end);
    const words = wordsOf(text);
    const opens = INTRODUCERS.has(words[0]?.lower ?? '');
    if (!opens && !hasWordOf(words, speech)) continue;
    // The occasion of an attribution follows its verb; an opening phrase is the sentence's first clause.
    const found = occasionIn(opens ? text.split(',')[0] : text, true, kinds, listed, own);
    if (!found) continue;
    const [start, end] = [sent.start + found.start, sent.start + found.end];
    const parties = (doc.layers.actors ?? []).filter((m) => m.start >= start && m.end <= end && m.code && m.code !== ownCode && m.kind !== 'capital' && m.kind !== 'place').map(partyKey);
    // Remarks "following the talks" that name no one are the press remarks of the meeting the item
    // reports (the discourse layer's parties): "during a meeting with media representatives following
    // the talks" on the day of the Bulgarian Prime Minister's visit.
    const after = !parties.length && !found.names.length && AFTER_TALKS.test(doc.text.slice(start, end));
    const named = [...new Set(after ? meetingParties(doc, ownCode) : parties)].sort();
    // A meeting that names no one is told by its words ("a meeting with representatives of foreign
    // media"); "during the meeting" has none, and says nothing of which. The publisher's own capital
    // names no one: its principal meets nearly everyone there ("… of foreign media in Kyiv").
    const capital = ownCapitalIn(doc, start, end);
    const unnamed = found.names.every((n) => capital.has(n));
    const names = found.kind === UNNAMED_BY_WORDS && unnamed && !named.length ? found.terms : found.names;
    return { kind: found.kind, inTitle: false, names, hosts: found.hosts, parties: named, ...markersOf(found) };
  }
  return null;
}

/**
 * The body's first `LEAD_SENTENCES` sentences outside direct quotes: a long quote's sentences are what was said, not
 * the lead, and the attribution after them still opens the item. Loops, not closures made per article (#13).
 */
function leadSentences(doc: Document, body: { readonly start: number; readonly end: number }): { readonly start: number; readonly end: number }[] {
  const quotes = doc.layers.quotes ?? [];
  const out: { start: number; end: number }[] = [];
  for (const s of doc.layers.sentences ?? []) {
    if (out.length === LEAD_SENTENCES) break;
    if (s.start < body.start || s.end > body.end) continue;
    let quoted = false;
    for (const q of quotes) if (q.kind === 'direct' && s.start >= q.start - 1 && s.end <= q.end + 1) { quoted = true; break; }
    if (!quoted) out.push(s);
  }
  return out;
}

/** Whether one of the words is in `set` (by its lower case). */
function hasWordOf(words: readonly Word[], set: ReadonlySet<string>): boolean {
  for (const w of words) if (set.has(w.lower)) return true;
  return false;
}

/** An occasion phrase that places itself after another: "… following the talks", "… after the meeting". */
const AFTER_TALKS = /\b(?:following|after)\b/i;

/** The parties of the meeting or call the discourse layer reads in the lead, less the publisher's own. */
function meetingParties(doc: Document, ownCode: string | undefined): string[] {
  return (doc.layers.discourse?.participants?.members ?? []).map(partyKey).filter((p) => p && p !== ownCode);
}

/** The lower-case words of the places in [start, end) that are the publisher's own capital, by the places layer. */
function ownCapitalIn(doc: Document, start: number, end: number): Set<string> {
  const own = doc.layers.discourse?.publisher?.code;
  const places = (doc.layers.places ?? []).filter((p) => own && p.country === own && p.kind === 'capital' && p.start >= start && p.end <= end);
  return new Set(places.flatMap((p) => wordsOf(doc.text.slice(p.start, p.end)).map((w) => w.lower)));
}

const markersOf = (o: { gathering?: true; speakers?: readonly string[] }) => ({ ...(o.gathering ? { gathering: true as const } : {}), ...(o.speakers?.length ? { speakers: o.speakers } : {}) });

/**
 * The names of who spoke at the occasion whose phrase starts at `from` and whose noun is at `noun`:
 * after "by" before the phrase, or before it back to the clause's start, or, for a noun that opens
 * the clause, after its "by" up to the next preposition of place ("Speech by … at the Securing Europe panel").
 */
function speakersOf(words: readonly Word[], at: { from: number; noun: number; introduced: boolean }, kinds: ReadonlyMap<string, OccasionNoun>, listed: ReadonlySet<string>, excluded: ReadonlySet<string>): string[] {
  const { from, noun, introduced } = at;
  const lead = words.slice(0, from).filter((w) => !kinds.has(w.lower));
  // After "by" the publisher's own people count: "stated by President Volodymyr Zelenskyy" and "by
  // Adviser … Mykhailo Podolyak" are two speakers at one day's briefings.
  const by = lead.findLastIndex((w) => w.lower === 'by');
  if (by >= 0) return namesOf(lead.slice(by + 1), listed);
  // Without "by", a sentence's words before its occasion are its subject's, often a pronoun ("He said
  // this in an interview"); a title's are who was there ("Olena Zelenska spoke … at the World Economic Forum").
  if (lead.length) return introduced ? [] : namesOf(lead, excluded);
  if (words[noun + 1]?.lower !== 'by') return [];
  const rest = words.slice(noun + 2);
  const end = rest.findIndex((w) => INTRODUCERS.has(w.lower));
  return namesOf(end < 0 ? rest : rest.slice(0, end), listed);
}
