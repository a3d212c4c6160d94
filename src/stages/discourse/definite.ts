/**
 * A definite description that repeats the head word of an organisation named shortly before:
 * "the union" after "the Letter Carriers Union", "the Church" after "the Church of Scientology",
 * "the Commission" after "the European Commission". Coreference by head match: the description
 * names no one itself, and news repeats a body's name this way as often as by a pronoun.
 */
import { reason } from '../../lang/reason.js';
import type { ActorMention } from '../actors/types.js';
import { loadSects } from '../actors/sects.js';
import { loadDescriptionModifiers, loadDescriptionNouns, loadSameNouns, loadSameNounWords } from './group-nouns.js';
import { parseSingleTitles } from './titled-later.js';
import { assetPath, readDataText } from '../../core/assets.js';
import { actorOf, headOf, mentionOver, type View } from './view.js';

/** What a description needs of an earlier mention: the mention and its sentence. */
export interface Earlier {
  readonly m: ActorMention;
  readonly sent: number;
}

/** Sentences back that a description looks for the body it repeats (`same-noun.ts` too). */
export const REACH = 3;
/** Kinds that are no body: a person, or a place ("the city" after "Mexico City"). */
const NOT_BODIES = new Set(['person', 'country', 'capital', 'place']);

/** Words after which a body's name says what it is of or for ("Ministry of Defence", "Agreement on Tariffs"). */
const COMPLEMENTS = new Set(['of', 'on', 'for']);

/**
 * The head noun of a body's name, lower case: its last word ("Letter Carriers Union", "World
 * Bank"), or the word before its complement ("Church of Scientology", "United States Department
 * Of Agriculture"); a bracketed sector ("Japan (GOV)") is no part of it.
 */
export function nameHead(name: string): string | undefined {
  if (heads.has(name)) return heads.get(name);
  if (heads.size >= MAX_HEADS) heads.clear();
  const head = headOfName(name);
  heads.set(name, head);
  return head;
}

/**
 * Each name's head, remembered across documents: `repeatedHead` asks it of every body named in the last sentences at
 * each "the <noun>", and each answer is a pattern replace, a split and a scan (#13). At most `MAX_HEADS` names are
 * kept; the memo starts afresh when full, so a stream of new names cannot grow it without bound.
 */
const heads = new Map<string, string | undefined>();
const MAX_HEADS = 50_000;

function headOfName(name: string): string | undefined {
  const words = name.replace(/\([^)]*\)/g, ' ').toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  const complement = words.findIndex((w, k) => k > 0 && COMPLEMENTS.has(w));
  return complement > 0 ? words[complement - 1] : words.at(-1);
}

/**
 * "the <noun>" at token `i` whose noun is the head of the name of a body named in the last few
 * sentences (the most recent one). Not when the words after it say which one ("the union of
 * …", "the Union Carbide plant"), nor when the noun only modifies another ("the union leaders").
 */
export function repeatedHead(view: View, seen: readonly Earlier[], i: number): ActorMention | undefined {
  const j = i + 1;
  if (!view.pack.definiteArticles.has(view.words[i] ?? '') || view.mentionAt[j] || view.sents[j] !== view.sents[i]) return undefined;
  if (view.deps[i]?.head !== j) return modifiedDescription(view, seen, i);
  if (/^(?:compound|amod|nmod:poss)/.test(view.deps[j]?.deprel ?? '')) return undefined;
  const next = view.texts[j + 1] ?? '';
  if (view.sents[j + 1] === view.sents[j] && (/^\p{Lu}/u.test(next) || followedGenerically(view, j))) return undefined;
  const noun = view.words[j] ?? '';
  // "the country" has its own rule (`theCountry` in refer.ts).
  if (!/^\p{L}{3,}$/u.test(noun) || noun === 'country') return undefined;
  return repeatedBody(view, seen, i, noun) ?? describedBody(view, seen, i, noun);
}

let repeatedTitles: ReadonlySet<string> | undefined;

/** The titles of `data/repeated-titles.txt` (one lower-case word a line), read once. */
export function loadRepeatedTitles(path?: string): ReadonlySet<string> {
  if (repeatedTitles) return repeatedTitles;
  path ??= assetPath('src', 'stages', 'discourse', 'data', 'repeated-titles.txt');
  repeatedTitles = parseSingleTitles(readDataText(path), path);
  return repeatedTitles;
}

/** Words before a person's name that its title may take ("Saudi Arabian Crown Prince Abdullah"). */
const TITLE_REACH = 3;

/**
 * An uncoded "the <title>" of the actors stage (a Phoenix agent of no country: "The prince", GOV) read as the person
 * named before with that title (`titledPerson`).
 */
export function titledMention(view: View, seen: readonly Earlier[], m: ActorMention): ActorMention | undefined {
  const i = m.tokens[0];
  if (m.code || m.tokens[1] !== i + 2 || !view.pack.definiteArticles.has(view.words[i] ?? '')) return undefined;
  return titledPerson(view, seen, i, view.words[i + 1] ?? '');
}

/**
 * "the prince" at `i`: a title of `data/repeated-titles.txt` used alone is the nearest person named before with that
 * title, capitalised in or just before the mention ("Crown Prince Abdullah"), as a reader takes it. A nearer person
 * named without the title does not block it: the title says which one. Nothing when no person carried it.
 */
function titledPerson(view: View, seen: readonly Earlier[], i: number, noun: string): ActorMention | undefined {
  if (!loadRepeatedTitles().has(noun)) return undefined;
  const ante = seen.findLast((s) => s.m.kind === 'person' && !!s.m.code && !s.m.members?.length && carriesTitle(view, s.m, noun));
  if (!ante) return undefined;
  const text = `${view.texts[i]} ${view.texts[i + 1]}`;
  return mentionOver(view, i, i + 2, actorOf(ante.m), reason('discourse/repeated-title', { text, name: ante.m.name }));
}

/** Whether person `m`'s mention, or the few words of its sentence before it, has `title` written as a title (capitalised). */
function carriesTitle(view: View, m: ActorMention, title: string): boolean {
  const first = m.tokens[0];
  for (let t = Math.max(0, first - TITLE_REACH); t < m.tokens[1]; t++) {
    if (view.sents[t] === view.sents[first] && view.words[t] === title && /^\p{Lu}/u.test(view.texts[t] ?? '')) return true;
  }
  return false;
}

/**
 * "the organisation", "the agency" at `i`: a noun of `data/description-nouns.tsv` names the kind of a body, not its
 * name, and refers to the nearest body named in the last `REACH` sentences when that body is of a kind it describes
 * (its code or sector listed for the noun). Only the nearest coded body: a nearer one of another kind, or a nearer use
 * of the noun itself, leaves it unread. A nearer body the knowledge base does not code ("fined Google … The
 * organisation") is not seen here: blocking on the entities layer's ORG cost a training item (session 51, fix-b).
 */
function describedBody(view: View, seen: readonly Earlier[], i: number, noun: string, end = i + 2, narrowed?: ReadonlySet<string>, sect?: ReadonlySet<string>): ActorMention | undefined {
  const kinds = narrowed ?? loadDescriptionNouns().get(noun);
  if (!kinds) return undefined;
  const sent = view.sents[i] ?? 0;
  const ante = seen.findLast((s) => s.m.kind === 'org' && !!s.m.code && !s.m.members?.length);
  if (!ante || ante.sent < sent - REACH) return undefined;
  if (!kinds.has('*') && !kinds.has(ante.m.code ?? '') && !kinds.has(ante.m.sector ?? '')) return undefined;
  // "The Shiite militia" after Hamas (Sunni) is another body: a sect word reads only a body of its sect.
  if (sect && !sect.has(ante.m.name)) return undefined;
  // The noun's own nearer use introduces the body meant: "A group of students protested … the group" is the students.
  if (usedBetween(view, noun, ante.m.tokens[1], i)) return undefined;
  const text = view.texts.slice(i, end).join(' ');
  return mentionOver(view, i, end, actorOf(ante.m), reason('discourse/described-body', { text, name: ante.m.name }));
}

/** Words that may sit between "the" and a description noun: lower-case words and hyphenated ones ("state-run"). */
const MODIFIER_WORD = /^[\p{Ll}][\p{Ll}-]*$/u;
/** Modifiers a description may carry before its noun ("the lending agency", "the troubled organisation"). */
const MAX_MODIFIERS = 2;

/**
 * "the <modifier> <noun>" at `i`: a description noun with one or two modifiers of its own, none of them a mention
 * ("the lending agency", "the rebel group"). A modifier of `data/description-modifiers.tsv` narrows the kinds the
 * noun describes to its own ("lending": a lender); any other ("the troubled organisation") leaves them as they are.
 * A capitalised modifier is a name ("the Cartagena group") unless that file lists it: "the Islamist group", "the
 * Shiite militia" describe a kind, and the actors stage's reading of them (a Phoenix agent of no country) gives way.
 * A sect word ("Shiite", "Sunni") reads only a body that the actors data lists of that sect (`actors/data/sects.tsv`).
 */
function modifiedDescription(view: View, seen: readonly Earlier[], i: number): ActorMention | undefined {
  const k = view.deps[i]?.head ?? -1;
  if (k <= i + 1 || k > i + 1 + MAX_MODIFIERS || view.sents[k] !== view.sents[i]) return undefined;
  const kind = uncodedKind(view, i, k);
  if (view.mentionAt[k] !== kind) return undefined;
  const noun = view.words[k] ?? '';
  if (!loadDescriptionNouns().has(noun) || /^(?:compound|amod|nmod:poss)/.test(view.deps[k]?.deprel ?? '')) return undefined;
  const next = view.texts[k + 1] ?? '';
  if (view.sents[k + 1] === view.sents[k] && (/^\p{Lu}/u.test(next) || followedGenerically(view, k))) return undefined;
  let narrowed: ReadonlySet<string> | undefined;
  let sect: ReadonlySet<string> | undefined;
  for (let t = i + 1; t < k; t++) {
    if (view.mentionAt[t] !== kind || view.deps[t]?.head !== k || !/^(?:amod|compound)/.test(view.deps[t]?.deprel ?? '')) return undefined;
    const listed = loadDescriptionModifiers().get(view.words[t] ?? '');
    if (!(MODIFIER_WORD.test(view.texts[t] ?? '') || (listed && KIND_WORD.test(view.texts[t] ?? ''))) || loadSameNounWords().contrast.has(view.words[t] ?? '')) return undefined;
    narrowed = listed ?? narrowed;
    sect = loadSects().get(view.words[t] ?? '') ?? sect;
  }
  return describedBody(view, seen, i, noun, k + 1, narrowed, sect);
}

/**
 * An uncoded mention of the actors stage that is a description of a kind ("The Shiite militia", a Phoenix agent of no
 * country), read as the body of that kind named shortly before (`modifiedDescription`).
 */
export function describedKind(view: View, seen: readonly Earlier[], m: ActorMention): ActorMention | undefined {
  const i = m.tokens[0];
  if (m.code || !view.pack.definiteArticles.has(view.words[i] ?? '')) return undefined;
  const r = modifiedDescription(view, seen, i);
  return r?.tokens[1] === m.tokens[1] ? r : undefined;
}

/** A capitalised kind word before a description noun ("Islamist", "Shiite"): one word, no more capitals after the first. */
const KIND_WORD = /^\p{Lu}[\p{Ll}'-]*$/u;

/**
 * The actors stage's mention over the words after "the" at `i` up to the noun at `k`, when it names a kind and no one
 * ("Shiite militia": REB of no country); undefined when there is none, or it is coded (a name, a nationality).
 */
function uncodedKind(view: View, i: number, k: number): ActorMention | undefined {
  const m = view.mentionAt[k];
  return m && !m.code && m.tokens[0] >= i && m.tokens[1] <= k + 1 ? m : undefined;
}

/**
 * The body named before whose head is `noun`, as a mention of "the <noun>" at `i`: apart from
 * `repeatedHead`, which runs on every token, because its closures allocate their context on every call (#13).
 */
function repeatedBody(view: View, seen: readonly Earlier[], i: number, noun: string): ActorMention | undefined {
  const j = i + 1;
  const sent = view.sents[i] ?? 0;
  // A body the knowledge base lacks ("the Letter Carriers Union") is known by its own words.
  const named = (m: ActorMention): string => (m.code || m.kind ? m.name : view.texts.slice(m.tokens[0], m.tokens[1]).join(' '));
  // A listed group noun ("the committee") also repeats the head word of a coded group the knowledge base does not
  // name: "Brazil's bank advisory committee" is named "MNC (BUS)", whose head is no word of the text.
  const group = loadSameNouns().has(noun);
  const ante = seen.findLast((s) => s.sent >= sent - REACH && !s.m.members?.length && !NOT_BODIES.has(s.m.kind ?? '')
    && (nameHead(named(s.m)) === noun || (group && !!s.m.code && view.words[headOf(view, s.m)] === noun)));
  if (!ante || elsewhere(view, ante.m, sent, (t) => placeCode(view.mentionAt[t]))) return undefined;
  // A group named by description ("Brazil's bank advisory committee") is the nearest use of its noun only: a nearer
  // "a congressional committee" is another. A body's name ("the World Bank") is repeated past other banks in between.
  if (nameHead(named(ante.m)) !== noun && usedBetween(view, noun, ante.m.tokens[1], i)) return undefined;
  const text = `${view.texts[i]} ${view.texts[j]}`;
  return mentionOver(view, i, j + 1, actorOf(ante.m), reason('discourse/repeated-head', { text, name: ante.m.name }));
}

/**
 * A use of `noun` heading its own phrase in tokens [from, to): "soldiers" in "In Mali, soldiers clashed" between
 * "Israeli soldiers" and "the soldiers". The nearest use is the one a definite noun repeats: when it is not the
 * coded group, "the <noun>" refers back to nothing here (the place of its sentence may still say whose it is).
 */
export function usedBetween(view: View, noun: string, from: number, to: number): boolean {
  for (let t = Math.max(0, from); t < to; t++) {
    if (view.words[t] === noun && !/^(?:compound|amod|nmod:poss)/.test(view.deps[t]?.deprel ?? '')) return true;
  }
  return false;
}

/** The country a place-like mention names ("Mali", "Buenos Aires"), if coded. */
export function placeCode(m: ActorMention | undefined): string | undefined {
  return m && !m.members?.length && PLACE_KINDS.has(m.kind ?? '') ? m.code : undefined;
}
const PLACE_KINDS = new Set(['country', 'capital', 'place']);

/**
 * A sentence after the antecedent's, up to and with `sent`, that opens with "In <place>," of another country than
 * the antecedent's: "Israeli soldiers raided … In Mali, soldiers clashed …", "The European Union … In Rotterdam,
 * dockworkers …". The story has moved on, and "the <noun>" there is that place's group, not the one named before.
 * `countryAt` gives the country a token's place names.
 */
export function elsewhere(view: View, ante: ActorMention, sent: number, countryAt: (t: number) => string | undefined): boolean {
  const openers = loadSameNounWords().opener;
  for (let t = ante.tokens[1]; t < view.words.length && (view.sents[t] ?? sent + 1) <= sent; t++) {
    if (t > 0 && view.sents[t - 1] === view.sents[t]) continue;
    if (!openers.has(view.words[t] ?? '')) continue;
    const code = countryAt(t + 1);
    if (code && code !== ante.code) return true;
  }
  return false;
}

let followerWords: readonly (readonly string[])[] | undefined;

/** The words after the noun at `j` make it generic or another's ("the union of …", "the community at large"). */
export function followedGenerically(view: View, j: number): boolean {
  // Split once: this runs for every "the" and every same-noun mention (#13).
  followerWords ??= [...loadSameNounWords().follower].map((f) => f.split(' '));
  for (const words of followerWords) {
    if (words.every((w, k) => view.words[j + 1 + k] === w && view.sents[j + 1 + k] === view.sents[j])) return true;
  }
  return false;
}
