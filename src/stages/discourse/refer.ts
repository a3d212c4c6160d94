/**
 * Who pronouns, definite descriptions and group nouns mean, read over the whole article in order:
 * "he", "his", "him" the most salient person (in their sentence, else the subject of the sentences
 * before); "its" the country or body last named; "they", "the two leaders", "both sides" the
 * plural actor just named, else the meeting's participants; "the President" on an official site
 * that site's principal. A code-less actor whose determiner is a possessive pronoun ("its
 * warplanes", "his farm minister") takes the antecedent's country.
 */
import type { ActorKb } from '../actors/kb.js';
import { sectorName } from '../actors/resolve.js';
import { reason, type Reason } from '../../lang/reason.js';
import type { ActorMention } from '../actors/types.js';
import type { Found } from './context.js';
import { describedKind, repeatedHead, titledMention } from './definite.js';
import { relativeSubject } from './relative.js';
import { itAntecedent } from './it-subject.js';
import { firstPersonAt, type Voice } from './first-person.js';
import { isMeetingTitle } from './meeting-titles.js';
import { gendersOf } from './gender.js';
import type { Gender } from '../../lang/gender.js';
import { isIt, type PronounClass } from '../../lang/pack.js';
import { holdsAt, isMeetingWord, partyKey } from './participants.js';
import { bareOffice, participantOffice } from './offices.js';
import type { Signatories, Signatory } from './signatories.js';
import type { Participants, Publisher } from './types.js';
import { actorOf, groupOf, headOf, isSubject, mentionOver, type View } from './view.js';
import { hasMainClausePlural } from './main-clause-plural.js';

/** The language pack's pronouns of class `cls` (`src/lang/<code>/pronoun-classes.tsv`: no English pronoun here, rv-a #11). */
const pronouns = (view: View, cls: PronounClass): ReadonlySet<string> => view.pack.pronounClasses[cls];
/** Whether `word` is the pronoun of every one of `classes` ("its": a thing's possessive). */
const isPronoun = (view: View, word: string, ...classes: readonly PronounClass[]): boolean => classes.every((c) => pronouns(view, c).has(word));
/** First person plural: in a joint statement's own words, its signatories. */
const WE = new Set(['we', 'us', 'our', 'ours', 'ourselves']);
/**
 * Plural nouns that, definite and unqualified, mean the parties of the meeting: "the
 * interlocutors" and "the participants" are how Ukrainian and White House readouts name both sides.
 */
const GROUP_NOUNS = new Set(['sides', 'leaders', 'presidents', 'parties', 'delegations', 'countries', 'nations', 'governments', 'interlocutors', 'participants', 'attendees', 'partners', 'group']);
/** Group nouns that mean the meeting's parties as a bare subject too ("Participants discussed …"). */
const BARE_GROUP_NOUNS = new Set(['interlocutors', 'participants', 'attendees']);
const COUNTS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4 };

interface Seen {
  readonly m: ActorMention;
  readonly sent: number;
  readonly subject: boolean;
  readonly person: boolean;
  readonly plural: boolean;
  /** A place or a group of places ("Kharkiv and Kyiv are the targets"): no doer for a "they" sentences later. */
  readonly place?: boolean;
}

interface Context {
  readonly view: View;
  readonly kb: ActorKb;
  readonly day?: string;
  readonly publisher?: Publisher;
  readonly participants?: Participants;
  /** Where the story happens (dateline or main country): the country a bare "the country" falls back to. */
  readonly home?: Found;
  /** The site's own voice, for first-person words outside quotation marks. */
  readonly voice?: Voice;
  /** A joint statement's signatories, whom its "we" means. */
  readonly signed?: Signatories;
  /** The gender of the people whose mentions say it (`gender.ts`). */
  readonly genders: ReadonlyMap<string, Gender>;
  /** What the article has named so far; read-only so that only `remember` adds to it, and to `bySent` with it. */
  readonly seen: readonly Seen[];
  /**
   * The same entries by sentence, each list in the order of `seen`: the rules ask for one sentence's
   * mentions at every sentence end and pronoun, which a filter of all of `seen` made quadratic in the
   * article's length (#13).
   */
  readonly bySent: ReadonlyMap<number, readonly Seen[]>;
  readonly out: ActorMention[];
}

/** Resolve the document's references; returns the new and replaced mentions. */
export function resolveReferences(view: View, kb: ActorKb, day: string | undefined, publisher: Publisher | undefined, participants: Participants | undefined, home?: Found, voice?: Voice, signed?: Signatories): ActorMention[] {
  const ctx: Context = { view, kb, day, publisher, participants, ...(home ? { home } : {}), ...(voice ? { voice } : {}), ...(signed ? { signed } : {}), genders: gendersOf(view, distinctMentions(view.mentionAt)), seen: [], bySent: new Map(), out: [] };
  let sent = view.sents[0] ?? 0;
  for (let i = 0; i < view.words.length; ) {
    if (view.sents[i] !== sent) { groupConjoinedSubjects(ctx, sent); sent = view.sents[i] ?? sent; }
    const m = view.mentionAt[i];
    if (m && m.tokens[0] === i) {
      const r = reread(ctx, m);
      if (r !== m) ctx.out.push(r);
      note(ctx, r);
      i = m.tokens[1];
      continue;
    }
    if (m) { i++; continue; }
    // The site speaking of itself is no antecedent for a later "he" or "they".
    const own = firstPersonAt(view, ctx.voice, i) ?? signatories(ctx, i);
    if (own) { ctx.out.push(own); i = own.tokens[1]; continue; }
    // ", who appealed …": the name just before; no antecedent of its own for a later "he" (the name is).
    const rel = relativeSubject(view, i);
    if (rel) { ctx.out.push(rel); i++; continue; }
    // A body named before wins over the meeting's parties: "the group" after "the Rio Group".
    const r = possessed(ctx, i) ?? pronoun(ctx, i) ?? repeatedHead(view, ctx.seen, i) ?? groupPhrase(ctx, i, false) ?? bareOffice(ctx, i) ?? theCountry(ctx, i);
    if (r) { ctx.out.push(r); note(ctx, r); i = r.tokens[1]; continue; }
    i++;
  }
  return ctx.out;
}

function note(ctx: Context, m: ActorMention): void {
  const { view } = ctx;
  const last = view.words[m.tokens[1] - 1] ?? '';
  // A group, "they", or a phrase headed by a plural common noun ("Hamas terrorists", "veterinary
  // officials"); a name ending in "s" is one country or body ("the United States", "the United
  // Nations", "the Philippines").
  const plural = !!m.members?.length || isPronoun(view, last, 'plural') || (m.kind !== 'person' && !!m.code && /^[a-z]+s$/.test(view.texts[m.tokens[1] - 1] ?? '') && !isPronoun(view, last, 'thing', 'possessive')) || isPluralName(view, m);
  remember(ctx, { m, sent: view.sents[m.tokens[0]] ?? 0, subject: isSubject(view, headOf(view, m)), person: m.kind === 'person', plural, place: isPlace(m) });
}

/**
 * A coded name the tagger reads as a plural noun (NNPS, or NNS capitalised: "the Conservatives", "Democrats",
 * "MPs"), the antecedent of a "they" after it (training gold bbc-politics-081: "the Conservatives insisted … They
 * said"). By the tag, not a final "s": "Hamas", "Barclays", "Reuters" are NNP, one body each. A country, capital or
 * place ("the Philippines") and a name of several capitalised words ("the United Nations") are one body too.
 */
function isPluralName(view: View, m: ActorMention): boolean {
  if (!m.code || m.kind === 'person' || m.kind === 'country' || m.kind === 'capital' || m.kind === 'place') return false;
  const last = m.tokens[1] - 1;
  const tag = view.pos[last]?.xpos;
  if (!/^[A-Z]/.test(view.texts[last] ?? '') || (tag !== 'NNPS' && tag !== 'NNS')) return false;
  for (let t = m.tokens[0]; t < last; t++) if (/^[A-Z]/.test(view.texts[t] ?? '')) return false;
  return true;
}

/** Add `s` to what the article has named so far, and to its sentence's list. */
function remember(ctx: Context, s: Seen): void {
  // The only writer of both (review of sp-actors, finding 2): the casts are the one place the lists grow.
  (ctx.seen as Seen[]).push(s);
  const bySent = ctx.bySent as Map<number, Seen[]>;
  const list = bySent.get(s.sent);
  if (list) list.push(s);
  else bySent.set(s.sent, [s]);
}

const NONE_SEEN: readonly Seen[] = [];

/** The entries of `seen` in sentence `sent`, in their order. */
function seenIn(ctx: Context, sent: number): readonly Seen[] {
  return ctx.bySent.get(sent) ?? NONE_SEEN;
}

/** An actors-layer mention read again with the article around it. */
function reread(ctx: Context, m: ActorMention): ActorMention {
  const { view } = ctx;
  const sent = view.sents[m.tokens[0]] ?? 0;
  if (m.members?.length) {
    // "the Baltic states", "the Nordic countries": a listed group of states names its own members (actors/collectives.ts).
    if (m.reasons.some((r) => r.rule === 'actors/collective')) return m;
    // "Britain and France held talks. Their leaders agreed …": the pair's, not the people of a meeting named before.
    const pair = isPronoun(view, view.words[m.tokens[0]] ?? '', 'plural', 'possessive') ? pairBefore(ctx, sent) : undefined;
    if (pair) return mentionOver(view, m.tokens[0], m.tokens[1], actorOf(pair.m), reason('discourse/their-pair', { text: view.texts.slice(m.tokens[0], m.tokens[1]).join(' '), name: pair.m.name }));
    const group = participantsGroup(ctx, m.tokens[0], m.tokens[1], sent, countOf(view, m.tokens[0], m.tokens[1]));
    return group ?? m;
  }
  // "The Shiite militia" after Hezbollah: a kind the actors layer read as no one's describes the body named before.
  const described = describedKind(view, ctx.seen, m);
  if (described) return described;
  // "The prince" after "Crown Prince Abdullah": a title the actors layer read as no country's is the person named with it.
  const titled = titledMention(view, ctx.seen, m);
  if (titled) return titled;
  // "the leaders" the actors layer read as leaders of no known country (it may have left the
  // determiner out: "The two leaders discussed …" as a mention of "leaders" alone).
  const group = m.code ? undefined : groupPhrase(ctx, phraseStart(view, m.tokens[0]), true) ?? countedTitles(ctx, m, sent)
    ?? (isMeetingTitle(view, m) ? participantsGroup(ctx, m.tokens[0], m.tokens[1], sent, undefined) : undefined);
  if (group && group.tokens[1] === m.tokens[1]) return group;
  const office = bareOffice(ctx, m.tokens[0]);
  if (office && office.tokens[1] === m.tokens[1]) return office;
  const holder = m.code ? undefined : participantOffice(ctx, m, sent);
  if (holder) return holder;
  const owned = possessed(ctx, m.tokens[0]);
  if (owned && owned.tokens[1] === m.tokens[1]) return owned;
  const owner = m.code ? undefined : possessorOf(view, m);
  if (owner !== undefined) {
    const ante = antecedentOf(ctx, owner, view.words[owner] ?? '');
    if (ante?.m.code && !ante.m.members?.length) {
      return mentionOver(view, m.tokens[0], m.tokens[1], { ...actorOf(m), code: ante.m.code }, reason('discourse/possessor-country', { base: m.reasons, text: view.texts[owner] ?? '', name: ante.m.name, code: ante.m.code }));
    }
    const sides = m.sector && ante?.m.parts && ante.m.parts.length > 1 && ante.m.parts.every((p) => !!p.code) ? ante.m.parts : undefined;
    // "France and Germany signed a deal. Their leaders criticised …": each side's own, not the dateline's country (#12).
    if (ante && sides && m.sector) return sidesOwn(ctx.kb, view, m.sector, m, sides, reason('discourse/possessor-sides', { base: m.reasons, text: view.texts[owner] ?? '', name: ante.m.name }));
  }
  return m;
}

/**
 * Mention `m` as one of its own kind ("leaders", GOV) for each side of a group its possessor refers to. Only a
 * country standing bare takes the noun's sector: a side with a sector of its own ("Hamas", REB; "Israeli
 * negotiators", GOV) or an organisation keeps it, as "their leaders" are Hamas's own, not the Palestinian government.
 */
function sidesOwn(kb: ActorKb, view: View, sector: string, m: ActorMention, sides: NonNullable<ActorMention['parts']>, why: Reason): ActorMention {
  const parts = sides.map((p) => {
    const bareCountry = !p.sector && p.code !== undefined && kb.actor(kb.country(p.code) ?? -1)?.id === p.actorId;
    return bareCountry ? { actorId: `${p.code}-${sector}`, name: sectorName(kb, p.code, sector), code: p.code, sector } : p;
  });
  return mentionOver(view, m.tokens[0], m.tokens[1], groupOf(parts), why);
}

/**
 * The possessive pronoun that owns a mention: its first word ("its warplanes"), or a pronoun
 * just before it that the parse attaches to the mention's head ("His farm minister Ignaze
 * Kiechle", where the actors stage took only "minister Ignaze Kiechle").
 */
function possessorOf(view: View, m: ActorMention): number | undefined {
  const first = view.words[m.tokens[0]] ?? '';
  if (isPronoun(view, first, 'possessive')) return m.tokens[1] - m.tokens[0] > 1 ? m.tokens[0] : undefined;
  const head = headOf(view, m);
  const sent = view.sents[m.tokens[0]];
  // A possessive stands at most a few modifiers before its noun phrase.
  for (let t = m.tokens[0] - 1; t >= Math.max(0, m.tokens[0] - 3) && view.sents[t] === sent; t--) {
    if (view.mentionAt[t]) return undefined;
    if (isPronoun(view, view.words[t] ?? '', 'possessive') && view.deps[t]?.deprel === 'nmod:poss' && view.deps[t]?.head >= m.tokens[0] && view.deps[t]?.head <= head) return t;
  }
  return undefined;
}

function countOf(view: View, first: number, last: number): number | undefined {
  for (let t = first; t < last; t++) {
    const w = view.words[t] ?? '';
    if (w === 'both') return 2;
    if (COUNTS[w]) return COUNTS[w];
  }
  return undefined;
}

/** The meeting's participants as one group mention over [first, last), when the count fits. */
function participantsGroup(ctx: Context, first: number, last: number, sent: number, count: number | undefined): ActorMention | undefined {
  const p = ctx.participants;
  if (!p || !holdsAt(p, sent) || (count !== undefined && count !== p.members.length)) return undefined;
  const text = ctx.view.texts.slice(first, last).join(' ');
  return groupOver(ctx.view, first, last, p.members, reason('discourse/group', { text, meeting: p.reason }));
}

function groupOver(view: View, first: number, last: number, members: readonly Signatory[], why: Reason): ActorMention {
  return mentionOver(view, first, last, groupOf(members), why);
}

/**
 * "The two National Security Advisors reiterated …", "both senior officials": a plural title of no
 * country with the meeting's own count of people is its participants (without a count, "the
 * officials" may be one side's).
 */
function countedTitles(ctx: Context, m: ActorMention, sent: number): ActorMention | undefined {
  const { view } = ctx;
  const [first, last] = m.tokens;
  const start = view.pack.definiteArticles.has(view.words[first]) ? first + 1 : first;
  const count = view.words[start] === 'both' ? 2 : COUNTS[view.words[start] ?? ''];
  if (count === undefined || last - start < 2 || !/s$/.test(view.words[last - 1] ?? '')) return undefined;
  return participantsGroup(ctx, first, last, sent, count);
}

/**
 * "We make clear …", "All of us recognize …", "Our countries will support Israel": a joint
 * statement's own (unquoted) first person plural is its signatories (`signatories.ts`). A bare
 * "our" is left alone ("treatment in our economies", "our continuing efforts" are no actors), and
 * so is a "we" the countries after it name (`namedAfter`). Not noted as an antecedent: the statement's later "they" are the others it speaks of.
 */
function signatories(ctx: Context, i: number): ActorMention | undefined {
  const { view, voice, signed } = ctx;
  const w = view.words[i] ?? '';
  if (!signed || !voice?.joint || voice.quoted[i] || !WE.has(w)) return undefined;
  const group = w === 'our' && GROUP_NOUNS.has(view.words[i + 1] ?? '') && !view.mentionAt[i + 1];
  if ((w === 'our' && !group) || namedAfter(view, i)) return undefined;
  const last = group ? i + 2 : i + 1;
  const text = view.texts.slice(i, last).join(' ');
  return groupOver(view, i, last, signed.members, reason('discourse/signatories', { text, who: signed.reason }));
}

/**
 * "We, Australia, Denmark, Norway, and the United States, recognize …": countries in apposition
 * right after the pronoun name the subject themselves. (Titles there, "We, the Presidents of
 * Ukraine, …", leave the subject to the pronoun.)
 */
function namedAfter(view: View, i: number): boolean {
  return /^[,—–]$/.test(view.texts[i + 1] ?? '') && view.mentionAt[i + 2]?.kind === 'country';
}

/** Where the noun phrase of the group noun at `i` opens: "the", "both" or "the two" before it, or `i` itself. */
function phraseStart(view: View, i: number): number {
  const before = (t: number) => view.sents[t] === view.sents[i] && !view.mentionAt[t];
  let j = i;
  if (COUNTS[view.words[j - 1] ?? ''] && before(j - 1)) j--;
  const word = view.words[j - 1];
  return (view.pack.definiteArticles.has(word) || (word === 'both' && j === i)) && before(j - 1) ? j - 1 : j;
}

/** "the two leaders", "both sides", "The Parties": the participants, unless "of …" names others. */
function groupPhrase(ctx: Context, i: number, covered: boolean): ActorMention | undefined {
  const { view } = ctx;
  const w = view.words[i] ?? '';
  // A bare plural subject with no determiner or modifier of its own.
  if (BARE_GROUP_NOUNS.has(w) && isSubject(view, i) && !hasDependentBefore(view, i)) {
    return participantsGroup(ctx, i, i + 1, view.sents[i] ?? 0, undefined);
  }
  const definite = view.pack.definiteArticles.has(w);
  if (!definite && w !== 'both') return undefined;
  let j = i + 1;
  let count = w === 'both' ? 2 : undefined;
  if (definite && COUNTS[view.words[j] ?? '']) count = COUNTS[view.words[j++] ?? ''];
  // "The two discussed …": the count alone, as its clause's subject, is the group.
  if (count !== undefined && definite && isSubject(view, j - 1) && !view.mentionAt[j - 1]) return participantsGroup(ctx, i, j, view.sents[i] ?? 0, count);
  // "Both remain committed …", "Both noted their commitment …": "both" alone as its clause's subject is the two parties too.
  if (w === 'both' && isBareBoth(view, i)) return participantsGroup(ctx, i, i + 1, view.sents[i] ?? 0, 2);
  if (!GROUP_NOUNS.has(view.words[j] ?? '') || view.words[j + 1] === 'of' || (!covered && view.mentionAt[j])) return undefined;
  return participantsGroup(ctx, i, j + 1, view.sents[i] ?? 0, count);
}

/**
 * Whether token `i` has a dependent before it in its sentence (a determiner or modifier of its own). A loop,
 * not a search with a closure: `groupPhrase` runs on every token, and the closure's context was made on every call (#13).
 */
function hasDependentBefore(view: View, i: number): boolean {
  for (let k = 0; k < i && k < view.deps.length; k++) if (view.deps[k].head === i && view.sents[k] === view.sents[i]) return true;
  return false;
}

/**
 * "Both" standing alone as a subject: parsed as one, or (the parser's usual reading of a sentence-opening "Both noted …")
 * as an adverb of a verb that has no subject of its own.
 */
function isBareBoth(view: View, i: number): boolean {
  if (view.mentionAt[i]) return false;
  if (isSubject(view, i)) return true;
  const verb = view.deps[i]?.head ?? -1;
  const opens = view.sents[i - 1] !== view.sents[i];
  return opens && view.deps[i]?.deprel === 'advmod' && verb > i && !view.deps.some((d, k) => d.head === verb && k !== i && isSubject(view, k));
}

/**
 * "his country": the country of the one "his" refers to; "his counterpart": the other party of
 * the meeting.
 */
function possessed(ctx: Context, i: number): ActorMention | undefined {
  const { view } = ctx;
  const w = view.words[i] ?? '';
  const noun = view.words[i + 1] ?? '';
  if (!isPronoun(view, w, 'possessive') || (noun !== 'country' && noun !== 'counterpart')) return undefined;
  return possessedParty(ctx, i, w, noun);
}

/** "their country" or "his counterpart" at `i`, resolved: apart from `possessed`'s test of every token, for its closure's context (#13). */
function possessedParty(ctx: Context, i: number, w: string, noun: string): ActorMention | undefined {
  const { view, kb } = ctx;
  const ante = antecedentOf(ctx, i, w);
  if (!ante || ante.m.members?.length || !ante.m.code) return undefined;
  const text = `${view.texts[i]} ${view.texts[i + 1]}`;
  if (noun === 'country') {
    const country = kb.actor(kb.country(ante.m.code) ?? -1);
    return mentionOver(view, i, i + 2, { actorId: country?.id ?? ante.m.code, name: country?.name ?? ante.m.code, code: ante.m.code, kind: 'country' }, reason('discourse/their-country', { text, name: ante.m.name, how: ante.why }));
  }
  const others = (ctx.participants?.members ?? []).filter((p) => partyKey(p) !== partyKey(ante.m));
  const [other] = others;
  if (others.length !== 1 || !other) return undefined;
  return mentionOver(view, i, i + 2, actorOf(other), reason('discourse/counterpart', { text, meeting: ctx.participants?.reason ?? reason('discourse/no-meeting') }));
}

/** Sentences back that "the country" looks for the country it repeats. */
const COUNTRY_REACH = 3;

/**
 * "Saouma offered the country 200,000 dlrs": a bare "the country" is the country named last,
 * within the last few sentences; "the country of …", "the country's" say which themselves.
 */
function theCountry(ctx: Context, i: number): ActorMention | undefined {
  const { view } = ctx;
  if (!view.pack.definiteArticles.has(view.words[i]) || view.words[i + 1] !== 'country' || view.words[i + 2] === 'of' || view.mentionAt[i + 1]) return undefined;
  return countryNamedBefore(ctx, i);
}

/** The country "the country" at `i` repeats: apart from `theCountry`'s test of every token, for its closure's context (#13). */
function countryNamedBefore(ctx: Context, i: number): ActorMention | undefined {
  const { view } = ctx;
  const sent = view.sents[i] ?? 0;
  const last = ctx.seen.findLast((s) => s.m.kind === 'country' && !!s.m.code && !s.m.members?.length && s.sent >= sent - COUNTRY_REACH);
  const text = `${view.texts[i]} ${view.texts[i + 1]}`;
  if (last) return mentionOver(view, i, i + 2, actorOf(last.m), reason('discourse/the-country', { text, name: last.m.name }));
  // None named yet ("aid peru" in lower case): the country the story happens in.
  const home = ctx.home;
  const country = home && ctx.kb.actor(ctx.kb.country(home.code) ?? -1);
  if (!home || !country) return undefined;
  return mentionOver(view, i, i + 2, { actorId: country.id, name: country.name, code: home.code, kind: 'country' }, reason('discourse/the-country-home', { text, source: home.why }));
}

function pronoun(ctx: Context, i: number): ActorMention | undefined {
  const w = ctx.view.words[i] ?? '';
  if (isIt(ctx.view.pack, w)) return itSubject(ctx, i);
  if (!isPronoun(ctx.view, w, 'person') && !isPronoun(ctx.view, w, 'plural') && !isPronoun(ctx.view, w, 'thing', 'possessive')) return undefined;
  const ante = antecedentOf(ctx, i, w);
  if (!ante) return undefined;
  return mentionOver(ctx.view, i, i + 1, actorOf(ante.m), reason('discourse/pronoun', { text: ctx.view.texts[i] ?? '', name: ante.m.name, how: ante.why }));
}

/** A subject "it" as the body or state named as the subject before (`it-subject.ts`). */
function itSubject(ctx: Context, i: number): ActorMention | undefined {
  const ante = itAntecedent(ctx.view, i, (sent) => seenIn(ctx, sent));
  if (!ante) return undefined;
  return mentionOver(ctx.view, i, i + 1, actorOf(ante.named.m), reason('discourse/pronoun', { text: ctx.view.texts[i] ?? '', name: ante.named.m.name, how: reason('discourse/antecedent-it', { back: ante.back }) }));
}

/** The antecedent of pronoun `word` at token `i`, and why. */
function antecedentOf(ctx: Context, i: number, word: string): { m: ActorMention; why: Reason } | undefined {
  const sent = ctx.view.sents[i] ?? 0;
  if (isPronoun(ctx.view, word, 'plural')) return pluralAntecedent(ctx, sent, word);
  // "she" and "her" are no man's, "he", "his" and "him" no woman's; a person of unknown gender may be either.
  const other: Gender = isPronoun(ctx.view, word, 'feminine') ? 'm' : 'f';
  const accept = isPronoun(ctx.view, word, 'thing') ? (s: Seen) => !s.person && !s.plural && !!s.m.code : (s: Seen) => s.person && !s.plural && ctx.genders.get(s.m.actorId) !== other;
  // "him" is an object: not the subject of its own sentence.
  const object = isPronoun(ctx.view, word, 'object');
  const same = seenIn(ctx, sent).filter((s) => accept(s) && !(object && s.subject));
  const here = same.findLast((s) => s.subject) ?? (object ? undefined : same.at(-1));
  if (here) return { m: here.m, why: reason(here.subject ? 'discourse/antecedent-subject' : 'discourse/antecedent-earlier') };
  for (let back = 1; back <= 3; back++) {
    const before = seenIn(ctx, sent - back).filter(accept);
    // The main clause's subject first: "Biden spoke with His Majesty King Abdullah II." parsed with the
    // king as a second subject hung on the full stop leaves "He" in the next sentence Biden's.
    const subject = before.find((s) => s.subject && isRootSubject(ctx.view, s.m)) ?? before.findLast((s) => s.subject);
    if (subject) return { m: subject.m, why: reason('discourse/antecedent-previous') };
  }
  const last = ctx.seen.findLast((s) => s.sent >= sent - 3 && !(object && s.sent === sent) && accept(s));
  return last ? { m: last.m, why: reason('discourse/antecedent-last') } : undefined;
}

/** Whether mention `m` is the subject of its sentence's root. */
function isRootSubject(view: View, m: ActorMention): boolean {
  const head = view.deps[headOf(view, m)]?.head ?? -1;
  return view.deps[head]?.deprel === 'root';
}

/**
 * "they", "their": a plural actor named earlier in the sentence; else, in a readout, a subject
 * "they" is the meeting's participants; else the plural subject of the sentence before.
 */
function pluralAntecedent(ctx: Context, sent: number, word: string): { m: ActorMention; why: Reason } | undefined {
  const here = seenIn(ctx, sent).findLast((s) => s.plural);
  if (here) return { m: here.m, why: reason('discourse/antecedent-earlier') };
  const pair = pairBefore(ctx, sent);
  if (pair) return { m: pair.m, why: reason('discourse/antecedent-pair') };
  const p = ctx.participants;
  // A subject "they", not "them" or "their".
  if (p && holdsAt(p, sent) && !isPronoun(ctx.view, word, 'object') && !isPronoun(ctx.view, word, 'possessive')) {
    const group = participantsGroup(ctx, 0, 1, sent, undefined);
    if (group) return { m: group, why: reason('discourse/antecedent-participants', { meeting: p.reason }) };
  }
  // "At night the invaders fired at Mykolaiv. Right at the residential areas. Using rocket artillery. They fired
  // at Kharkiv": sentences that name no acting actor (fragments, agentless passives) do not break the thread; a
  // sentence whose subject is another actor does, and places named sentences before are no doers.
  for (let back = 1; back <= PLURAL_REACH; back++) {
    const subjects = seenIn(ctx, sent - back).filter((s) => s.subject);
    const before = subjects.findLast((s) => s.plural && (back === 1 || !s.place));
    if (before) return { m: before.m, why: reason(back === 1 ? 'discourse/antecedent-previous' : 'discourse/antecedent-thread', { back }) };
    // "OPEC agreed last December to cut production … They agreed on a pricing system": an organisation of member
    // states as the main subject just before is its members (#12). Not a firm or party: their "they" are their people.
    const members = back === 1 ? subjects.find((s) => isMemberBody(s) && isRootSubject(ctx.view, s.m)) : undefined;
    if (members && subjects.length === 1 && !hasMainClausePlural(ctx.view, members.m)) return { m: members.m, why: reason('discourse/antecedent-members') };
    if (subjects.length) return undefined;
  }
  return undefined;
}

/**
 * "Britain and France held talks. They agreed …" after a meeting of others: sides just named together as the
 * main clause's subject of the sentence before `sent` (past sentences with no actor as subject), when that
 * sentence is a meeting of their own, are nearer than the article's meeting. Background ("Iran and Russia have deepened ties"), a quoted clause's subject, or a
 * plural noun ("Russian troops shelled …", maybe one side's people) is not: the meeting's parties stay the usual
 * "they"; a "they" that took such a pair carries it on. Nor when `sent` names a pair of its own as subject ("Germany and Italy said their …"), which is grouped
 * only at the sentence's end.
 */
function pairBefore(ctx: Context, sent: number): Seen | undefined {
  if (coordinatedSubjectIn(ctx, sent)) return undefined;
  // Like the thread below: sentences with no actor as subject ("The talks lasted three hours.") do not break it.
  let pair: Seen | undefined;
  for (let back = 1; back <= PLURAL_REACH && !pair; back++) {
    const subjects = seenIn(ctx, sent - back).filter((s) => s.subject);
    pair = subjects.findLast((s) => s.plural && !s.place && (s.m.members?.length ?? 0) > 1);
    if (!pair && subjects.length) return undefined;
  }
  if (!pair) return undefined;
  return carriesPair(pair.m) || (isRootSubject(ctx.view, pair.m) && meetsInClause(ctx.view, headOf(ctx.view, pair.m))) ? pair : undefined;
}

/** Whether `m` is a "they" or "their …" that took the pair before it: the next "they" carries the same thread on. */
function carriesPair(m: ActorMention): boolean {
  return m.reasons.some((r) => r.rule === 'discourse/their-pair' || (r.rule === 'discourse/pronoun' && typeof r.how === 'object' && 'rule' in r.how && r.how.rule === 'discourse/antecedent-pair'));
}

/** Whether the clause subject `head` hangs on is a meeting: "met", "spoke", or a meeting noun as its object ("held talks"). */
function meetsInClause(view: View, head: number): boolean {
  const verb = view.deps[head]?.head ?? -1;
  if (isMeetingWord(view.words[verb] ?? '')) return true;
  return view.deps.some((d, k) => d.head === verb && d.deprel === 'obj' && view.sents[k] === view.sents[verb] && isMeetingWord(view.words[k] ?? ''));
}

/** Whether sentence `sent` has, so far, a subject with another actor coordinated to it ("Germany and Italy said …"). */
function coordinatedSubjectIn(ctx: Context, sent: number): boolean {
  const { view } = ctx;
  const here = seenIn(ctx, sent);
  return here.some((s) => s.subject && here.some((o) => o !== s && view.deps[headOf(view, o.m)]?.deprel === 'conj' && view.deps[headOf(view, o.m)]?.head === headOf(view, s.m)));
}

const isPlace = (m: ActorMention): boolean => m.kind === 'place' || m.kind === 'capital';

/** An intergovernmental organisation (code IGO…) named alone: a body of member states, which "they" may name. */
const isMemberBody = (s: Seen): boolean => !s.person && !s.m.members?.length && s.m.kind === 'org' && !!s.m.code?.startsWith('IGO');

/** Sentences back that "they" looks for its antecedent across sentences with no acting actor. */
const PLURAL_REACH = 3;

/** "President Biden and President Ghani agreed …": a coordinated subject is a plural antecedent. */
function groupConjoinedSubjects(ctx: Context, sent: number): void {
  const { view } = ctx;
  // A loop, not a per-call `filter` closure, which loses its optimised code at each full collection (#13).
  const subjects: Seen[] = [];
  for (const s of seenIn(ctx, sent)) if (s.subject && !s.plural) subjects.push(s);
  for (const s of subjects) {
    const head = headOf(view, s.m);
    const joined = seenIn(ctx, sent).filter((o) => o !== s && view.deps[headOf(view, o.m)]?.deprel === 'conj' && view.deps[headOf(view, o.m)]?.head === head);
    if (!joined.length) continue;
    const members = [s.m, ...joined.map((o) => o.m)];
    remember(ctx, {
      m: { ...s.m, ...groupOf(members), kind: undefined },
      sent, subject: true, person: false, plural: true, place: members.every(isPlace),
    });
  }
}

/** The distinct mentions of a per-token list, in first-token order: one loop, not a Set of every token's slot spread and filtered (#13). */
function distinctMentions(mentionAt: readonly (ActorMention | undefined)[]): ActorMention[] {
  const seen = new Set<ActorMention>();
  const list: ActorMention[] = [];
  for (let t = 0; t < mentionAt.length; t++) {
    const m = mentionAt[t];
    if (m === undefined || seen.has(m)) continue;
    seen.add(m);
    list.push(m);
  }
  return list;
}
