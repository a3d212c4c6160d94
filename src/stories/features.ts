import { assetPath, readDataLines, readDataText } from '../core/assets.js';
import { articleDate } from '../core/days.js';
import type { Document } from '../core/document.js';
import { DyadError } from '../core/errors.js';
import type { ActorMention } from '../stages/actors/types.js';
import '../stages/dateline/types.js';
import '../stages/discourse/types.js';
import '../stages/sentences/types.js';
import { partyKey } from '../stages/discourse/participants.js';
import { loadKb, officeHoldersOn, type ActorKb, type KbMatch } from '../stages/actors/kb.js';
import { nameKey } from '../stages/actors/name-key.js';
import { exactHash, figuresHash, minhash, words } from './fingerprint.js';
import { occasionOf, transcriptKinds, type Occasion } from './occasion.js';
import { leadDate } from './lead-date.js';
import { casedTitle } from './title-case.js';
import { quoteSample, transcriptFilter } from './transcript.js';
import { ownTitle, titleSpeakers } from './title-quote.js';
import { packOf } from '../lang/pack.js';

/** What grouping knows of a stored article: kept with it, compared with the articles it may join. */
export interface StoryDoc {
  readonly document: string;
  readonly input: string;
  readonly source: string | null;
  readonly title: string | null;
  readonly date: string | null;
  /**
   * The day of the event the lead reports, when it is before the publication date (`lead-date.ts`:
   * "Yesterday, … met with …"); the event rules compare this day. Absent otherwise and in rows stored before it existed.
   */
  readonly eventDate?: string;
  /** Hash of the body's words (after the dateline). */
  readonly hash: string;
  /** MinHash signature of the body's word shingles. */
  readonly signature: readonly number[];
  /**
   * Hash of the body's figures (numbers, dates, fractions). Absent in rows stored before it existed.
   */
  readonly figures?: string;
  /** Parties of the meeting or call the lead reports (country or organisation keys), sorted. */
  readonly parties: readonly string[];
  /** The people among them that the knowledge base knows, as `<party>:<actor id>`, sorted. */
  readonly people: readonly string[];
  /** The parties and people are the title's people that the body names (no meeting read). */
  readonly titledParties?: true;
  /**
   * The title's names: its capitalised words and numbers, less `data/title-words.txt` and the names of the
   * publisher's own principal (every title of kremlin.ru is Putin's), lower-cased, sorted.
   */
  readonly titleNames: readonly string[];
  /** `call`, `announcement`, … from `data/kinds.tsv`; null for anything else (a meeting, a statement). */
  readonly kind: string | null;
  /** A document the parties issue together (`data/joint-documents.txt`); absent in rows stored before it existed. */
  readonly joint?: boolean;
  /** The occasion the item was said or done at (`occasion.ts`); absent in rows stored before it existed. */
  readonly occasion?: Occasion | null;
  /** The knowledge base's id of the publisher's office holder on the article's day; absent when unknown. */
  readonly principal?: string;
  /** The people of the knowledge base the title names (by name or surname, any alias): who the item is about. */
  readonly titlePeople?: readonly string[];
  /**
   * The title's names less its principal's in any alias (`titleNames` keeps those the text does not
   * give him); for sites with a principal only, absent in rows stored before it existed.
   */
  readonly titleTopics?: readonly string[];
  /** Shingle hashes of the direct quotes of an item that attributes them to an occasion (`transcript.ts`); absent otherwise. */
  readonly quoted?: readonly number[];
  /** A Bloom filter of the body's shingles, for an item of a site with a principal titled with its occasion (a transcript); absent otherwise. */
  readonly transcript?: string;
  /** Who speaks in the title (`titleSpeakers`); absent in rows stored before it existed. */
  readonly speakers?: readonly string[];
  /** The country its publisher speaks for (`UKR` on president.gov.ua); absent for a wire and in rows stored before it existed. */
  readonly side?: string;
  /** The parties the title names (by the body's actor mentions), less the publisher's own, sorted; absent in rows stored before it existed. */
  readonly titleParties?: readonly string[];
  /** The people among them, as `<party>:<actor id>` (`<party>:~<surname>` when the knowledge base does not know them), sorted. */
  readonly titleActors?: readonly string[];
}

/** A kind word, read in the title only or in the title and the lead. */
export interface KindWord {
  readonly kind: string;
  readonly where: 'title' | 'lead';
}

let kinds: ReadonlyMap<string, KindWord> | undefined;

/** The kind words shipped with dyad (`src/stories/data/kinds.tsv`), read once. */
export function loadKinds(path = assetPath('src', 'stories', 'data', 'kinds.tsv')): ReadonlyMap<string, KindWord> {
  if (kinds) return kinds;
  const text = readDataText(path);
  kinds = parseKinds(text, path);
  return kinds;
}

/** Rows `word<TAB>kind<TAB>title|lead`; `#` starts a comment line. */
export function parseKinds(text: string, path: string): Map<string, KindWord> {
  const out = new Map<string, KindWord>();
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [word = '', kind = '', where = '', extra] = line.split('\t').map((f) => f.trim());
    if (!/^[a-z]+$/.test(word) || !/^[a-z]+$/.test(kind) || (where !== 'title' && where !== 'lead') || extra !== undefined) {
      throw new DyadError('E170', { path, line: i + 1, problem: 'expected a lower-case word, a kind and title or lead, tab-separated' });
    }
    if (!out.has(word)) out.set(word, { kind, where });
  });
  return out;
}

let titleWords: ReadonlySet<string> | undefined;

/** The title words that name no one (`src/stories/data/title-words.txt`), read once. */
export function loadTitleWords(path = assetPath('src', 'stories', 'data', 'title-words.txt')): ReadonlySet<string> {
  if (titleWords) return titleWords;
  titleWords = new Set(readDataLines(path).map((l) => l.toLowerCase()));
  return titleWords;
}

let jointPhrases: readonly string[] | undefined;

/** The title phrases of a joint document (`src/stories/data/joint-documents.txt`), read once. */
export function loadJointPhrases(path = assetPath('src', 'stories', 'data', 'joint-documents.txt')): readonly string[] {
  if (jointPhrases) return jointPhrases;
  jointPhrases = readDataLines(path).map((l) => words(l).join(' '));
  return jointPhrases;
}

/**
 * The body's actor mentions (countries, people, organisations) whose words the title has: the
 * parties a joint document's title names ("the Presidents of Ukraine, Lithuania and Poland" under a
 * title naming the three), and who a site's item is about ("Meeting with Ilham Aliyev and Nikol
 * Pashinyan", "Statements by leaders of Russia, Azerbaijan and Armenia following trilateral talks").
 */
function titleMentions(doc: Document, title: string): ActorMention[] {
  const inTitle = new Set(words(title));
  return (doc.layers.actors ?? []).filter((m) => m.code && m.kind !== 'capital' && m.kind !== 'place' && words(doc.text.slice(m.start, m.end)).every((w) => inTitle.has(w)));
}

/**
 * The countries and people a title names besides the publisher's own, as parties, and the people
 * it names for them as `<party>:<actor id>`; a person the knowledge base does not know by the
 * surname (`<party>:~<surname>`), as document-local ids mean nothing in another article
 * ("the Prime Minister of Iraq's Kurdistan Region, Masrour Barzani").
 */
function titleSides(named: readonly ActorMention[], ownCode: string | undefined): { titleParties: string[]; titleActors: string[] } {
  const foreign = named.filter((m) => (m.kind === 'country' || m.kind === 'person') && partyKey(m) !== ownCode);
  const titleParties = [...new Set(foreign.map(partyKey))].sort();
  const person = (m: ActorMention) => (m.actorId.startsWith('local:') ? `~${words(m.name).at(-1) ?? ''}` : m.actorId);
  const titleActors = [...new Set(foreign.filter((m) => m.kind === 'person').map((m) => `${partyKey(m)}:${person(m)}`))].sort();
  return { titleParties, titleActors };
}

/**
 * The body's mentions of people the title names (by the knowledge base), one per person. The
 * body's people come first: without any, the title's spans are not looked up (two key-table
 * probes a span of up to three words, for every article stored; #13).
 */
function confirmedTitlePeople(doc: Document, title: string | null): ActorMention[] {
  const start = doc.layers.dateline?.body?.start ?? 0;
  const people = (doc.layers.actors ?? []).filter((m) => m.start >= start && m.kind === 'person' && m.code);
  if (people.length === 0) return [];
  const named = new Set(titlePeopleOf(title));
  const found = new Map<string, ActorMention>();
  for (const m of people) if (named.has(m.actorId) && !found.has(m.actorId)) found.set(m.actorId, m);
  return [...found.values()];
}

/** The words of the names of the publisher's own people among the meeting's parties. */
function ownNames(doc: Document): Set<string> {
  const own = doc.layers.discourse?.publisher?.code;
  const members = doc.layers.discourse?.participants?.members ?? [];
  return new Set(members.filter((m) => own && m.code === own && m.kind === 'person').flatMap((m) => words(m.name)));
}

/**
 * Words that name the publisher's own side: its principal's names and its country's ("Ukraine",
 * "Ukrainian" on president.gov.ua), which every item of the site shares. Its other people stay:
 * meetings with two ministers are two meetings.
 */
function ownWords(doc: Document, title: string | null): Set<string> {
  const own = doc.layers.discourse?.publisher?.code;
  const out = ownNames(doc);
  if (!own) return out;
  const office = doc.layers.discourse?.publisher?.office.replace('-', ' ');
  const isPrincipal = (m: { kind?: string; role?: string }) => m.kind === 'person' && !!office && !!m.role?.toLowerCase().startsWith(office);
  for (const m of doc.layers.actors ?? []) if (m.code === own && (m.kind === 'country' || isPrincipal(m))) for (const w of words(doc.text.slice(m.start, m.end))) out.add(w);
  // The principal by the knowledge base's name too, from the mentions the discourse layer resolves
  // ("the President" on president.gov.ua): a speech's own text may never name him.
  for (const m of doc.layers.discourse?.mentions ?? []) if (m.code === own && isPrincipal(m)) for (const w of words(m.name)) out.add(w);
  for (const w of principalWords(doc, title)) out.add(w);
  return out;
}

/**
 * The principal's names in the title, by the knowledge base's office holder on the article's day:
 * an address's text may never name its speaker, while its title does, in any spelling the knowledge
 * base knows ("address by President Volodymyr Zelenskyy": the holder is "Volodymyr Zelensky", with
 * the surname "Zelenskyy"). Without them every address of the site names the same occasion.
 */
function principalWords(doc: Document, title: string | null): string[] {
  const holder = principalOf(doc);
  if (!holder || !title) return [];
  const kb = loadKb();
  const out = new Set(words(holder.actor.name));
  // Spans of up to three words that the knowledge base resolves to the holder (aliases included).
  const all = words(title);
  for (let i = 0; i < all.length; i++) {
    for (let n = 1; n <= NAME_WORDS && i + n <= all.length; n++) {
      const span = all.slice(i, i + n);
      if (kb.named(wordsKey(span.join(' ')))?.includes(holder.index)) for (const w of span) out.add(w);
    }
  }
  return [...out];
}

/** The publisher's office holder on the article's day, by the knowledge base. */
function principalOf(doc: Document): KbMatch | undefined {
  const publisher = doc.layers.discourse?.publisher;
  if (!publisher) return undefined;
  return officeHoldersOn(loadKb(), publisher.code, articleDate(doc) ?? undefined, publisher.office)[0];
}

/**
 * The people the title names, by full name or surname in any alias the knowledge base knows:
 * the Kremlin's "… conversation between Vladimir Putin and Joseph Biden" names Biden, the White
 * House's "… Call with Russian President Vladimir Putin" names Putin.
 */
function titlePeopleOf(title: string | null): string[] {
  if (!title) return [];
  const kb = loadKb();
  const all = words(title);
  const out = new Set<string>();
  for (let i = 0; i < all.length; i++) {
    for (let n = 1; n <= NAME_WORDS && i + n <= all.length; n++) {
      const key = wordsKey(all.slice(i, i + n).join(' '));
      for (const index of kb.named(key) ?? []) addPerson(kb, index, out);
      for (const index of kb.surnamed(key) ?? []) addPerson(kb, index, out);
    }
  }
  return [...out].sort();
}

function addPerson(kb: ActorKb, index: number, out: Set<string>): void {
  const actor = kb.actor(index);
  if (actor?.kind === 'person') out.add(actor.id);
}

/**
 * `nameKey` of `words` joined by spaces. ASCII letters and digits, already in lower case, it
 * changes only by a leading "the": each title span took a Unicode normalisation and five
 * replacements, for every article stored (#13).
 */
function wordsKey(text: string): string {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return nameKey(text);
  return text.startsWith('the ') ? text.slice(4) : text;
}

/** The most words of a name looked up in the title ("Volodymyr Oleksandrovych Zelenskyy"). */
const NAME_WORDS = 3;

/** A title's capitalised words, less the listed words and the given names. */
export function titleNames(title: string, own: ReadonlySet<string>, listed: ReadonlySet<string>): string[] {
  // Numbers name too: "126th Brigade" and "155th Brigade" are two brigades.
  const found = title.match(/[\p{Lu}\p{N}][\p{L}\p{N}]*/gu) ?? [];
  return [...new Set(found.map((w) => w.toLowerCase()).filter((w) => !listed.has(w) && !own.has(w)))].sort();
}

/** The text after the dateline (the whole text when no dateline stage ran). */
export function bodyText(doc: Document): string {
  const body = doc.layers.dateline?.body;
  return body ? doc.text.slice(body.start, body.end) : doc.text;
}

/** A stored article's grouping features. */
export function storyDoc(doc: Document, kindWords: ReadonlyMap<string, KindWord> = loadKinds()): StoryDoc {
  const bodyWords = words(bodyText(doc));
  const shown = doc.meta.title ?? (doc.layers.dateline?.headline ? doc.text.slice(doc.layers.dateline.headline.start, doc.layers.dateline.headline.end) : null);
  // A wire's all-capitals title in its body's casing, so that only names look like names in its
  // occasion and speakers (title-case.ts).
  const title = shown === null ? null : casedTitle(shown, bodyText(doc));
  const participants = doc.layers.discourse?.participants;
  const members = (participants?.members ?? []).filter((m) => partyKey(m));
  // The title is the document's name: "Joint statement by …", not "… agreed on a joint communiqué".
  const titleText = `${words(title ?? '').join(' ')} `;
  const joint = loadJointPhrases().some((p) => titleText.startsWith(`${p} `));
  const meetingParties = [...new Set(members.map(partyKey))].sort();
  // A joint document's title names its signatories; its text may name others at the meeting it
  // reports (the Lublin Triangle's statement names Belarus and the CIS), so the title's come first.
  const named = titleMentions(doc, title ?? '');
  const signatories = joint ? [...new Set(named.map(partyKey))].sort() : [];
  // Without a meeting the discourse layer reads, the people the title names whom the body names
  // too ("Remarks by President Biden and President Macron … Before Bilateral Meeting", whose text
  // is the two speaking): the title's names alone match too loosely to stand for people.
  const titled = meetingParties.length < 2 && signatories.length < 2 ? confirmedTitlePeople(doc, title) : [];
  const titledKeys = [...new Set(titled.map(partyKey))].sort();
  const byTitle = titledKeys.length >= 2;
  const parties = signatories.length >= 2 ? signatories : byTitle ? titledKeys : meetingParties;
  // Document-local ids (unknown people) mean nothing in another article: only their party counts.
  const people = [...new Set((byTitle ? titled : members).filter((m) => m.kind === 'person' && !m.actorId.startsWith('local:')).map((m) => `${partyKey(m)}:${m.actorId}`))].sort();
  const sentences = doc.layers.sentences ?? [];
  const lead = sentences[participants?.sent ?? 0];
  const leadText = lead ? doc.text.slice(lead.start, lead.end) : bodyText(doc).slice(0, 300);
  const own = title === null ? null : ownTitle(title);
  // Read once: the principal's names are looked up in the knowledge base span by span.
  const ownSide = ownWords(doc, title);
  const occasion = saidWhere(occasionOf(doc, own, loadTitleWords(), ownSide), own !== title ? own : null, ownSide);
  const principal = principalFields(doc, title);
  return {
    document: doc.id,
    input: doc.meta.sourceId ?? doc.id,
    source: doc.meta.source ?? doc.layers.dateline?.agency ?? null,
    title: shown,
    date: articleDate(doc) ?? null,
    ...eventDateOf(doc),
    hash: exactHash(bodyWords),
    signature: minhash(bodyWords),
    figures: figuresHash(bodyText(doc)),
    parties,
    people,
    ...(byTitle ? { titledParties: true as const } : {}),
    // As published: a template's all-capitals titles ("… <CSP> REGULAR DIV", "… <MRDN> SETS REGULAR
    // PAYOUT") keep their words as names where the body never names the company.
    titleNames: titleNames(shown ?? '', ownNames(doc), loadTitleWords()),
    ...(joint ? { joint } : {}),
    // A quote in the title says what was said: its "will" is no notice, its "talks" no occasion (title-quote.ts).
    kind: kindOf(words(title ?? ''), words(own ?? ''), words(leadText), kindWords),
    occasion,
    ...wordsSaid(doc, occasion, !!principal.principal, bodyWords),
    speakers: titleSpeakers(title ?? '', packOf(doc).speechForms, loadTitleWords()),
    ...titleSides(named, doc.layers.discourse?.publisher?.code),
    ...(doc.layers.discourse?.publisher ? { side: doc.layers.discourse.publisher.code } : {}),
    ...principal,
  };
}

/**
 * What tells which address an item quotes (`transcript.ts`): the quotes of an item said at an
 * occasion, the transcript of one titled with it on a site with a principal.
 */
function wordsSaid(doc: Document, occasion: Occasion | null, hasPrincipal: boolean, bodyWords: readonly string[]): { quoted?: number[]; transcript?: string } {
  if (!occasion || !hasPrincipal) return {};
  if (occasion.inTitle) return transcriptKinds().has(occasion.kind) ? { transcript: transcriptFilter(bodyWords) } : {};
  const quoted = quoteSample(doc);
  return quoted.length ? { quoted } : {};
}

/** The lead's earlier day of the event, as an optional field. */
function eventDateOf(doc: Document): { eventDate?: string } {
  const day = leadDate(doc);
  return day ? { eventDate: day } : {};
}

/**
 * An unnamed occasion the text reads is named by its title's attribution, when the title quotes
 * ("… - President of Ukraine in Global Citizen", "Volodymyr Zelenskyy after the shelling of
 * Vinnytsia by the invaders: …"): the site titles each of a day's addresses by where it was given.
 */
function saidWhere(occasion: Occasion | null, attribution: string | null, own: ReadonlySet<string>): Occasion | null {
  if (!occasion || occasion.inTitle || !attribution || occasion.names.length || occasion.parties.length) return occasion;
  return { ...occasion, names: titleNames(attribution, own, loadTitleWords()) };
}

/**
 * The publisher's principal, the people the title names (reports of one contact on two sites) and
 * the title's names besides the principal's (what else it names: the place of a visit).
 */
function principalFields(doc: Document, title: string | null): { principal?: string; titlePeople?: string[]; titleTopics?: string[] } {
  const holder = principalOf(doc);
  if (!holder) return {};
  const topics = titleNames(title ?? '', new Set([...ownNames(doc), ...principalWords(doc, title)]), loadTitleWords());
  return { principal: holder.actor.id, titlePeople: titlePeopleOf(title), titleTopics: topics };
}

/**
 * The kind of the first listed word (the list's order decides, not the text's): title-only words
 * in the title's own part (`ownTitle`), the others in the whole title or the lead.
 */
function kindOf(titleWords: readonly string[], ownTitleWords: readonly string[], leadWords: readonly string[], kindWords: ReadonlyMap<string, KindWord>): string | null {
  const inTitle = new Set(titleWords);
  const inOwnTitle = new Set(ownTitleWords);
  const inLead = new Set(leadWords);
  for (const [word, { kind, where }] of kindWords) if (where === 'title' ? inOwnTitle.has(word) : inTitle.has(word) || inLead.has(word)) return kind;
  return null;
}
