/**
 * Resolves every actor phrase of a document to an actor as of the article's day: names through
 * the knowledge base, titles and nationalities composed into sector actors or office holders,
 * surnames, counterparts, "the sides" and repeated nouns through what the document said before.
 */
import { assetPath, readDataLines } from '../../core/assets.js';
import type { LanguagePack } from '../../lang/pack.js';
import { reason, renderReasons, type Reason } from '../../lang/reason.js';
import type { ActorMention } from './types.js';
import { nearSurnames, officeHoldersOn, rankMatches, roleAt, type ActorKb, type KbMatch } from './kb.js';
import type { KbActor } from './kb-types.js';
import { groupKind, isBusinessParty, unlocatedParty } from './business-party.js';
import { CREDITOR_CODE, followsState, isCreditorNoun } from './creditors.js';
import { isBodyPartNoun, isBodyPartPreposition } from './body-part.js';
import { bodyOfPlural } from './body-plural.js';
import { leaderBody } from './leader-body.js';
import { continuesLongerName, endsLongerName } from './longer-name.js';
import { namesWater } from './water-name.js';
import { lastRuler, royalAddressAt, titleFollows } from './royal-address.js';
import { nameKey } from './name-key.js';
import { agreesWith, titleGender } from './title-gender.js';
import type { Gender } from '../../lang/gender.js';
import { acronymDefinitionAt, isAcronymToken, spellsLongForm, type AcronymDefinition } from './acronym.js';
import { ARABIC_HONORIFICS, isCapitalised, isPluralNoun, matchAgent, matchName, NAME_PARTICLES, parsePhrase, type Part, type Phrase, type Words } from './phrase.js';

/** What resolution needs besides the words: the day and where each token sits in the text. */
export interface ResolveInput {
  readonly words: Words;
  readonly spans: readonly { readonly start: number; readonly end: number }[];
  /** The document's language pack: locative prepositions and the templates of reasons. */
  readonly pack: LanguagePack;
  readonly day?: string;
  /** Token ranges the NER stage marked as people: unknown names there become local actors. */
  readonly people?: readonly Part[];
  /**
   * The words are one actor phrase given on its own (a lookup, a gold actor text): a bare noun of
   * any sector counts and a place after "in" locates the actor instead of being skipped.
   */
  readonly standalone?: boolean;
  /**
   * Universal POS tag of each token, when the pipeline tagged the text: "police fired" (a verb
   * after the noun) is a mention, "police station" (a noun after it) is not.
   */
  readonly upos?: readonly string[];
}

/** Agent nouns that name an office: "the French president" is whoever holds it that day. */
const OFFICES: Record<string, string> = {
  president: 'president', 'prime minister': 'prime-minister', premier: 'prime-minister', chancellor: 'chancellor',
  'foreign minister': 'foreign-minister', 'foreign secretary': 'foreign-minister', 'secretary of state': 'foreign-minister',
  'defence minister': 'defence-minister', 'defense minister': 'defence-minister', 'defence secretary': 'defence-minister',
  'defense secretary': 'defence-minister', leader: 'leader', 'head of state': 'leader', king: 'monarch', queen: 'monarch',
  'vice president': 'vice-president', emir: 'emir', amir: 'emir', sultan: 'monarch',
};
/** Plural nouns that, definite and without a nationality, mean the parties already named. */
const GROUP_NOUNS = new Set(['sides', 'leaders', 'presidents', 'vice presidents', 'heads of state', 'parties', 'countries', 'delegations', 'ministers', 'foreign ministers', 'defence ministers', 'defense ministers', 'governments', 'prime ministers']);
/**
 * Sectors worth a mention even when the text never says whose they are: the discourse stage
 * finds the country. Labour counts too: unions and strikers are parties to strikes and talks; so
 * do groups of people, the victims and crowds of attacks and protests ("an armed man killed one
 * person", "farmers held rallies", refugees, students, clergy, gunmen). Business and health are
 * left out: their nouns are mostly institutions and places ("doing business", "in the hospital").
 */
const PARTY_SECTORS = new Set(['GOV', 'MIL', 'REB', 'OPP', 'LEG', 'JUD', 'COP', 'SPY', 'PTY', 'LAB', 'CVL', 'AGR', 'REF', 'CRM', 'UAF', 'EDU', 'REL']);
/** Possessive determiners: the phrase names the owner's own people. */
const OWNERS = new Set(['his', 'her', 'its', 'their']);

/** "to protect his civilians", "their people": a population owned by a pronoun is the owner's own, no party. */
function ownPeople(phrase: Phrase): boolean {
  return phrase.agent?.sectors[0] === 'CVL' && phrase.det !== undefined && OWNERS.has(phrase.det);
}
/** Tags of words that continue a noun phrase: an agent noun before one only modifies it. */
const NOUN_TAGS = new Set(['NOUN', 'PROPN', 'NUM']);

type Resolved = Omit<ActorMention, 'start' | 'end' | 'tokens' | 'reasons' | 'why'> & {
  readonly reason: Reason;
  readonly office?: string;
  readonly person?: boolean;
  /** Key of the person's surname, so that a later bare surname finds them. */
  readonly surnameKey?: string;
};

interface Context {
  readonly kb: ActorKb;
  readonly input: ResolveInput;
  readonly history: (Resolved & { readonly head?: string; readonly coHead?: string; readonly sent: number; readonly words: readonly string[] })[];
  readonly surnames: Map<string, Resolved>;
  /** Other parts of the names of people named so far, for titled mentions ("Prime Minister Abiy"). */
  readonly givenNames: Map<string, Resolved>;
  readonly locals: Map<string, string>;
  /** The last resolution of each knowledge-base actor named so far, by actor id. */
  readonly seen: Map<string, Resolved>;
  /** Where the last place read as a location ("in Austria") ends: "and Germany" after it locates too. */
  readonly located: { last: number };
  /** Where the last mention ends (`last`) and where the phrase being read starts (`next`), as token indices. */
  readonly mentioned: { last: number; next: number };
  /** Month names of the document's language, lower case: "the end of May" names no Theresa May. */
  readonly months: ReadonlySet<string>;
  /** What each acronym the article defined in brackets means (null: nothing the knowledge base knows). */
  readonly acronyms: Map<string, Resolved | null>;
  /** The gender a form of address said of each person addressed so far ("Mr Howard"), by actor id. */
  readonly titled: Map<string, Gender>;
}

function phraseText(words: Words, part: Part): string {
  // One token without a space is its own text: no array, join or pattern for it (#13).
  if (part.last - part.first === 1) {
    const text = words.texts[part.first] ?? '';
    if (!text.includes(' ')) return text;
  }
  return words.texts.slice(part.first, part.last).join(' ').replace(/ ([.'’-]) ?/g, '$1');
}

function fromMatch(m: KbMatch, base: Reason, day: string | undefined): Resolved {
  const found = m.onDate?.role;
  // A city or region other than the capital stands for its people (PLOVER codes them CVL).
  const role = found && m.actor.kind === 'place' ? { ...found, sector: 'CVL', title: 'place, for its people' } : found;
  const status = m.onDate?.status;
  const when = status === 'former' ? reason('actors/role-former', { day: String(day) }) : status === 'defunct' ? reason('actors/role-defunct', { to: String(role?.to) }) : day && status === 'current' ? reason('actors/role-current', { day }) : m.actor.kind === 'person' ? reason('actors/role-undated') : '';
  return {
    actorId: m.actor.id, name: m.actor.name, code: role?.code, sector: role?.sector, role: role?.title,
    ...(role?.sectors ? { sectors: role.sectors } : {}),
    reason: reason('actors/kb-role', { base, title: role?.title ?? m.actor.kind, codes: [role?.code, role?.sector].filter(Boolean).join(' ') || 'no code', when }),
    kind: m.actor.kind, office: role?.office, person: m.actor.kind === 'person',
    ...(m.actor.kind === 'person' ? { surnameKey: surnameKeyOf(m.actor) } : {}),
  };
}

const surnameKeys = new WeakMap<KbActor, string | undefined>();

/**
 * The key of a known person's surname (the last word of their name's key), made once per actor: `fromMatch` asks
 * it of every person it resolves, and the knowledge base hands out one object per actor (#13).
 */
function surnameKeyOf(actor: KbActor): string | undefined {
  if (surnameKeys.has(actor)) return surnameKeys.get(actor);
  const key = nameKey(actor.name).split(' ').at(-1);
  surnameKeys.set(actor, key);
  return key;
}

function sectorActor(code: string | undefined, sectors: readonly string[], why: Reason, kb: ActorKb): Resolved {
  const sector = sectors[0];
  const id = [code ?? 'UNK', sector].filter(Boolean).join('-');
  return { actorId: id, name: sectorName(kb, code, sector), code, sector, reason: why };
}

/** The name of a country's sector as actors show it: "Israel (GOV)", "unknown country (GOV)". */
export function sectorName(kb: ActorKb, code: string | undefined, sector: string | undefined): string {
  const country = code === undefined ? undefined : kb.actor(kb.country(code) ?? -1);
  return [country?.name ?? code ?? 'unknown country', sector ? `(${sector})` : ''].join(' ').trim();
}

function lastPerson(ctx: Context, accept: (r: Resolved) => boolean): Resolved | undefined {
  for (let i = ctx.history.length - 1; i >= 0; i--) {
    const r = ctx.history[i];
    if (r && r.person && !r.members && accept(r)) return r;
  }
  return undefined;
}

function holder(ctx: Context, code: string, office: string, why: Reason): Resolved | undefined {
  const [m] = officeHoldersOn(ctx.kb, code, ctx.input.day, office);
  return m ? fromMatch(m, why, ctx.input.day) : undefined;
}

/** Plural nouns for people, whose members are persons; the others ("sides") may be governments. */
const PERSON_GROUPS = new Set(['leaders', 'presidents', 'vice presidents', 'heads of state', 'ministers', 'foreign ministers', 'defence ministers', 'defense ministers', 'prime ministers']);

/** Plural nouns for the holders of one office: the group holds only people who may hold it. */
const GROUP_OFFICES: Record<string, string> = {
  presidents: 'president', 'vice presidents': 'vice-president', 'prime ministers': 'prime-minister', 'foreign ministers': 'foreign-minister',
  'defence ministers': 'defence-minister', 'defense ministers': 'defence-minister',
};

/** Whether a person holds `office` by the knowledge base or by their title in the text; undefined when neither says. */
function holdsOffice(r: Resolved, office: string): boolean | undefined {
  if (r.office) return r.office === office;
  const title = r.role?.toLowerCase() ?? '';
  const known = Object.keys(OFFICES).find((k) => title === k || title.startsWith(`${k} of `));
  return known === undefined ? undefined : OFFICES[known] === office;
}

/** "the two leaders", "the sides", "both sides": the last participants of distinct countries named before. */
function resolveGroup(ctx: Context, count: number, noun: string, text: string): Resolved | undefined {
  const members: Resolved[] = [];
  const collect = (accept: (r: Resolved) => boolean): void => {
    for (let i = ctx.history.length - 1; i >= 0 && members.length < count; i--) {
      const r = ctx.history[i];
      if (!r || r.members || !r.code || !accept(r) || members.some((m) => m.code === r.code)) continue;
      members.push(r);
    }
  };
  const office = GROUP_OFFICES[noun];
  if (office) {
    // "The Presidents": those named as presidents, then people whose office the text leaves open;
    // a secretary of state named last is no president.
    collect((r) => !!r.person && r.sector !== 'ELI' && holdsOffice(r, office) === true);
    collect((r) => !!r.person && r.sector !== 'ELI' && holdsOffice(r, office) === undefined);
  } else collect((r) => !!r.person && r.sector !== 'ELI');
  if (!PERSON_GROUPS.has(noun)) collect((r) => r.sector === 'GOV' || (!r.sector && r.kind === 'country'));
  if (members.length < 2) return undefined;
  members.sort((a, b) => ctx.history.indexOf(a as never) - ctx.history.indexOf(b as never));
  return groupOf(members, text);
}

/** Codes that say only "transnational": a nationality in the text is more precise. */
const TRANSNATIONAL = new Set(['IMG', 'ISM', 'MNC']);

/** Whether an actor is one country's organisation (a party, a union, a ministry), not a state or an international body. */
function isNationalBody(kind: string | undefined, code: string | undefined): boolean {
  return kind === 'org' && code !== undefined && code !== 'IGO' && code !== 'NGO';
}

function resolveNamed(ctx: Context, phrase: Phrase, named: NonNullable<Phrase['named']>): Resolved | undefined {
  const { kb, input } = ctx;
  let seen: Resolved | undefined;
  for (const x of named.indices) seen ??= ctx.seen.get(kb.actor(x)?.id ?? '');
  const matches = rankMatches(kb, named.indices, input.day);
  const nationCode = phrase.nation?.code ?? (phrase.ofNation?.prep === 'of' ? phrase.ofNation.code : undefined);
  let top = (nationCode && matches.find((m) => m.onDate?.role.code === nationCode)) || matches[0];
  if (!top) return undefined;
  const namesake = top.actor.kind === 'person' && !top.onDate ? namesakeOnDay(ctx, named) : undefined;
  if (namesake) top = namesake;
  // "President Hassan" after "President Hassan Sheikh Mohamud of Somalia": one word of a person's name
  // named earlier in the article is that person, not a namesake holding no office that day (Jordan's
  // Prince Hassan, an undated Phoenix entry).
  const earlier = named.last - named.first === 1 && top.onDate?.status !== 'current' ? ctx.givenNames.get(input.words.keys[named.first] ?? '') : undefined;
  if (earlier && earlier.actorId !== top.actor.id) return { ...earlier, reason: reason('actors/named-before', { text: phraseText(input.words, named), name: earlier.name }) };
  const title = phrase.agent && phrase.agent.last <= named.first ? phrase.agent : undefined;
  const titled = title && !input.day ? top.actor.roles.find((r) => r.sector === title.sectors[0]) : undefined;
  // Undated, "General Michel Aoun" is the general, not the later president.
  if (titled && top.onDate?.role.sector !== titled.sector) top = { ...top, onDate: { role: titled, status: 'undated' } };
  const text = phraseText(input.words, named);
  let resolved = seen && seen.actorId !== top.actor.id ? { ...seen, reason: reason('actors/named-again', { text }) } : fromMatch(top, reason('actors/in-kb', { text }), input.day);
  const kind = top.actor.kind;
  // "King Hassan of Morocco", "Iraq's Al-Qaeda": the text's own country wins over a namesake's.
  // "Australian Labour Party", "Israel's Labour party": a country's body named after another country's namesake is its own.
  if (nationCode && resolved.code !== nationCode && (kind === 'person' || TRANSNATIONAL.has(resolved.code ?? '') || isNationalBody(kind, resolved.code))) {
    resolved = { ...resolved, code: nationCode, reason: reason('actors/country-from-text', { base: resolved.reason, code: nationCode }) };
  }
  // "President-elect Claudia Sheinbaum of Mexico": a known person with no role on the day takes the title's sector.
  if (title && kind === 'person' && !resolved.sector && title.sectors[0]) {
    resolved = { ...resolved, sector: title.sectors[0], reason: reason('actors/with-agent', { base: resolved.reason, agent: phraseText(input.words, title), sector: title.sectors[0] }) };
  }
  // "the Security Council of the Russian Federation": an international body's name qualified by
  // "of <country>" is that country's body of the same function, not the organisation's.
  if (kind === 'org' && resolved.code === 'IGO' && !phrase.nation && phrase.ofNation?.prep === 'of' && !phrase.agent) {
    const sector = resolved.sectors?.[0] ?? 'GOV';
    return sectorActor(phrase.ofNation.code, [sector], reason('actors/national-body', { text, code: phrase.ofNation.code, sector }), kb);
  }
  const agent = phrase.agent && phrase.agent.first >= named.last ? phrase.agent : undefined;
  if (!agent) return resolved;
  const agentText = phraseText(input.words, agent);
  // "Kremlin press service", "Djindjic's opposition coalition": the noun after sets the sector.
  if (kind === 'country' || kind === 'capital' || kind === 'place' || (phrase.possessive && kind === 'person')) {
    return sectorActor(resolved.code, agent.sectors, reason('actors/with-agent', { base: resolved.reason, agent: agentText, sector: String(agent.sectors[0]) }), kb);
  }
  const code = resolved.code ?? '';
  if ((code === 'IGO' || code === 'NGO') && agent.sectors[0] && !(resolved.sectors ?? []).includes(agent.sectors[0])) {
    return { ...resolved, sectors: [...(resolved.sectors ?? []), agent.sectors[0]], reason: reason('actors/its-agent-sector', { base: resolved.reason, agent: agentText, sector: agent.sectors[0] }) };
  }
  return { ...resolved, reason: reason('actors/its-agent', { base: resolved.reason, agent: agentText }) };
}

/**
 * "President Ali Khamenei" in 1987: dyad's office-holder row took the short name, but its term
 * starts later. Outside it, the one other known person whose full name holds every word of the
 * text ("Hojatolislam Sayyed Ali Khamenei", from Phoenix) and who has a role that day is meant.
 */
function namesakeOnDay(ctx: Context, named: Part): KbMatch | undefined {
  const { kb, input } = ctx;
  const words = nameKey(phraseText(input.words, named)).split(' ');
  const found = rankMatches(kb, kb.surnamed(words.at(-1) ?? '') ?? [], input.day).filter((m) => {
    if (!m.onDate || m.onDate.status === 'former' || m.actor.kind !== 'person') return false;
    const full = nameKey(m.actor.name).split(' ');
    return words.every((w) => full.includes(w));
  });
  return found.length === 1 ? found[0] : undefined;
}

function resolveUnknownPerson(ctx: Context, name: Part, code: string | undefined, sectors: readonly string[], title: string | undefined): Resolved {
  const text = phraseText(ctx.input.words, name);
  const id = ctx.locals.get(text) ?? `local:${ctx.locals.size + 1}`;
  ctx.locals.set(text, id);
  const context = [...(code ? [reason('actors/context-country', { code })] : []), ...(title ? [reason('actors/context-title', { title, sector: sectors[0] ?? 'no sector' })] : [])];
  const surnameKey = ctx.input.words.keys[name.last - 1];
  return { actorId: id, name: text, code, sector: sectors[0], role: title, reason: context.length ? reason('actors/local-person-context', { text, context }) : reason('actors/local-person', { text }), kind: 'person', person: true, ...(surnameKey ? { surnameKey } : {}) };
}

/** A person the document named before without the knowledge base ("Nayib Bukele"), found by surname. */
function localNamedBefore(ctx: Context, key: string): Resolved | undefined {
  const known = ctx.surnames.get(key);
  return known?.person && known.actorId.startsWith('local:') ? known : undefined;
}

/**
 * "President Ferdinand Marcos" (the list has "Ferdinand Marcos Jr."), "Prime Minister Ishiba
 * Shigeru" (family name first): a titled name whose every word is in the full name of exactly one
 * known person with a role that day, found by either end of the name as surname.
 */
function resolveByNameParts(ctx: Context, name: Part, code: string | undefined): Resolved | undefined {
  const { kb, input } = ctx;
  const text = phraseText(input.words, name);
  const words = nameKey(text).split(' ');
  if (words.length < 2) return undefined;
  const indices = [...new Set([...(kb.surnamed(words.at(-1) ?? '') ?? []), ...(kb.surnamed(words[0] ?? '') ?? [])])];
  const matches = rankMatches(kb, indices, input.day).filter((m) => {
    if (m.actor.kind !== 'person' || !m.onDate || m.onDate.status === 'former' || (code && m.onDate.role.code !== code)) return false;
    const full = nameKey(m.actor.name).split(' ');
    return words.every((w) => full.includes(w));
  });
  const ids = new Set(matches.map((m) => m.actor.id));
  if (!matches[0] || ids.size !== 1) return undefined;
  return fromMatch(matches[0], reason('actors/name-parts', { name: text, actor: matches[0].actor.name }), input.day);
}

/**
 * "Paul Volcker" (Phoenix has "Paul A. Volcker"): an untitled name that is exactly one known
 * person's name without its initials. Without a title, a name merely inside a longer one ("David
 * Jones", an economist, in "David Akers-Jones") is no evidence.
 */
function resolveWithoutInitials(ctx: Context, name: Part): Resolved | undefined {
  const { kb, input } = ctx;
  const text = phraseText(input.words, name);
  const key = nameKey(text);
  if (!key.includes(' ')) return undefined;
  const matches = rankMatches(kb, kb.surnamed(key.split(' ').at(-1) ?? '') ?? [], input.day).filter((m) =>
    m.actor.kind === 'person' && m.onDate !== undefined && m.onDate.status !== 'former' && nameKey(m.actor.name).split(' ').filter((w) => w.length > 1).join(' ') === key);
  const ids = new Set(matches.map((m) => m.actor.id));
  if (!matches[0] || ids.size !== 1) return undefined;
  return fromMatch(matches[0], reason('actors/name-parts', { name: text, actor: matches[0].actor.name }), input.day);
}

/** "President Francois Mitterand": a titled name one letter off the surname of one office holder. */
function resolveSpellingVariant(ctx: Context, name: Part, code: string | undefined, agent: NonNullable<Phrase['agent']>, agentText: string): Resolved | undefined {
  const { kb, input } = ctx;
  const last = input.words.keys[name.last - 1] ?? '';
  if (!agent.sectors.some((sector) => sector === 'GOV' || sector === 'MIL')) return undefined;
  const near = nearSurnames(kb, last);
  // "President Ferdinand Marcos" is no spelling of Gill Marcus: the other words of the name must be theirs too.
  const others = nameKey(phraseText(input.words, name)).split(' ').slice(0, -1);
  const matches = rankMatches(kb, near, input.day).filter((m) => {
    const role = m.onDate?.role;
    const full = nameKey(m.actor.name).split(' ');
    return role && role.sector === agent.sectors[0] && (!code || role.code === code) && m.onDate?.status !== 'former' && others.every((w) => full.includes(w));
  });
  const codes = new Set(matches.map((m) => m.onDate?.role.code));
  if (!matches[0] || codes.size !== 1) return undefined;
  return fromMatch(matches[0], reason('actors/spelling', { agent: agentText, name: phraseText(input.words, name), actor: matches[0].actor.name }), input.day);
}

/**
 * "Karl Nehammer" after "Federal Chancellor of Austria Karl Nehammer": a person the knowledge base
 * lacks, named again in full, keeps what the first mention's context told (country, title).
 */
function namedAgain(ctx: Context, name: Part): Resolved | undefined {
  const words = ctx.input.words;
  const known = ctx.surnames.get(words.keys[name.last - 1] ?? '');
  const text = phraseText(words, name);
  if (!known?.person || !known.actorId.startsWith('local:') || nameKey(known.name) !== nameKey(text)) return undefined;
  return { ...known, reason: reason('actors/named-before', { text, name: known.name }) };
}

/**
 * "Olaf Scholtz": a full name whose given name is that of exactly one known person in office
 * whose surname is one transliteration step off ("Scholz"). Both names must agree, so a
 * stranger sharing a near surname stays unknown.
 */
function resolveMisspelledName(ctx: Context, name: Part): Resolved | undefined {
  const { kb, input } = ctx;
  if (name.last - name.first < 2) return undefined;
  const given = input.words.keys[name.first] ?? '';
  const last = input.words.keys[name.last - 1] ?? '';
  const near = nearSurnames(kb, last);
  const matches = rankMatches(kb, near, input.day).filter((m) => nameKey(m.actor.name).split(' ')[0] === given && m.actor.kind === 'person' && m.onDate !== undefined && m.onDate.status !== 'former' && m.onDate.role.sector !== 'ELI');
  const ids = new Set(matches.map((m) => m.actor.id));
  if (!matches[0] || ids.size !== 1) return undefined;
  return fromMatch(matches[0], reason('actors/spelling-full', { name: phraseText(input.words, name), actor: matches[0].actor.name }), input.day);
}

function resolveTitled(ctx: Context, phrase: Phrase, agent: NonNullable<Phrase['agent']>): Resolved | undefined {
  const { kb, input } = ctx;
  const words = input.words;
  const ofNation = phrase.nation ? undefined : phrase.ofNation ?? sharedOfNation(ctx, phrase);
  const code = phrase.nation?.code ?? ofNation?.code;
  const nation = phrase.nation ? phraseText(words, phrase.nation) : ofNation ? `of ${phraseText(words, ofNation)}` : '';
  const agentText = phraseText(words, agent);
  const plural = isPluralNoun(agent.key);
  const office = OFFICES[agent.key];
  if (phrase.surname) {
    const key = phrase.surname.key;
    const known = ctx.surnames.get(key) ?? ctx.givenNames.get(key);
    if (known) return { ...known, reason: reason('actors/named-before', { text: phraseText(words, phrase.surname), name: known.name }) };
    const wanted = input.day ? ['current'] : ['undated'];
    // A legislator's title ("Rep. Gallagher", "Senator Matsui") names no executive office holder who shares the surname
    // (Paul Gallagher, the Holy See's foreign minister, for a US representative).
    const legislator = agent.sectors[0] === 'LEG';
    const all = rankMatches(kb, kb.surnamed(key) ?? [], input.day).filter((m) => wanted.includes(m.onDate?.status ?? '') && m.onDate?.role.sector !== 'ELI' && (!code || m.onDate?.role.code === code)
      && (!legislator || m.onDate?.role.sector === 'LEG'));
    // "Prime Minister Bennett" in 2021: the holder of the title's office that day on dyad's list wins over a
    // Phoenix namesake whose role has no end (Paula Bennett, a New Zealand minister from 2009).
    const holding = office ? all.filter((m) => m.onDate?.role.office === office) : [];
    const matches = holding.length > 0 ? holding : all;
    const codes = new Set(matches.map((m) => m.onDate?.role.code));
    if (matches[0] && codes.size === 1) return fromMatch(matches[0], reason(input.day ? 'actors/only-holder' : 'actors/only-holder-undated', { agent: agentText, name: phraseText(words, phrase.surname) }), input.day);
    return resolveUnknownPerson(ctx, phrase.surname, code, agent.sectors, agentText);
  }
  if (phrase.unknownName) {
    const name = phrase.unknownName;
    // "President Sheikh Mohamed" after "Sheikh Mohamed bin Zayed": the honorific is no part of the name.
    const first = name.last - name.first === 2 && ARABIC_HONORIFICS.has(words.keys[name.first] ?? '') ? name.first + 1 : name.first;
    const key = words.keys[first] ?? '';
    // "Prime Minister Abiy" after "Abiy Ahmed"; "President Bukele" after "Nayib Bukele of El Salvador".
    const given = name.last - first === 1 ? ctx.givenNames.get(key) ?? localNamedBefore(ctx, key) : undefined;
    if (given) return { ...given, reason: reason('actors/named-before', { text: phraseText(words, name), name: given.name }) };
    const parts = resolveByNameParts(ctx, name, code);
    if (parts) return parts;
    const near = resolveSpellingVariant(ctx, phrase.unknownName, code, agent, agentText);
    return near ?? resolveUnknownPerson(ctx, phrase.unknownName, code ?? rulerRealm(ctx, agent.key), agent.sectors, agentText);
  }
  // "Jamaica's creditor banks": the possessive names the debtor, not the banks' nationality (creditors.ts).
  if (isCreditorNoun(agent.key) && phrase.nation?.via !== 'adjective' && (phrase.nation || followsState(ctx.history))) {
    return { actorId: CREDITOR_CODE, name: 'Commercial bank creditors', code: CREDITOR_CODE, sector: 'BUS', reason: reason('actors/creditor-banks', { agent: agentText }) };
  }
  if (code && !plural) {
    if (agent.key === 'counterpart') {
      const antecedent = lastPerson(ctx, (r) => r.code !== code);
      const of = antecedent ? reason('actors/counterpart-of', { nation, name: antecedent.name }) : reason('actors/counterpart-of-leader', { nation });
      const found = holder(ctx, code, antecedent?.office ?? 'leader', of) ?? holder(ctx, code, 'leader', reason('actors/counterpart', { nation }));
      if (found) return found;
    }
    if (office) {
      const found = holder(ctx, code, office, reason('actors/office-holder', { nation, agent: agentText }));
      if (found) return found;
    }
    if (agent.key === 'side') {
      const party = lastPerson(ctx, (r) => r.code === code && r.sector === 'GOV');
      if (party) return { ...party, reason: reason('actors/side', { nation, name: party.name, code }) };
    }
  }
  const isNgo = agent.sectors[0] === 'NGO';
  if (code) {
    // "a subcommittee of the Bundesbank": a part of a body is of the body's sector (data/body-part-nouns.txt, data/body-part-prepositions.txt).
    const body = ofNation?.body !== undefined && isBodyPartPreposition(ofNation.prep) && isBodyPartNoun(agent.key) ? kb.actor(ofNation.body) : undefined;
    const bodySector = body ? roleAt(body, input.day)?.role.sector : undefined;
    const sectors = isNgo ? ['SOC'] : bodySector ? [bodySector] : agent.sectors;
    return sectorActor(code, sectors, reason('actors/nation-agent', { nation, agent: agentText, code, sector: String(sectors[0]) }), kb);
  }
  // "Church groups welcomed the limit": a group of civil society or business named by its kind opening a clause is
  // a side of the story's own country, which the discourse stage finds (data/unlocated-parties.tsv).
  // Elsewhere ("talks with the groups", "a group of operators", "Two groups") such a noun is no side: no mention.
  if (unlocatedParty(agent.key) === 'subject') {
    if (!plural || (phrase.det && phrase.det !== 'the')) return undefined;
    // "Hamas and Islamic Jihad rejected … The groups accused": the bodies named just before, when there are some.
    const named = phrase.det === 'the' ? bodiesBefore(ctx, phraseText(words, phrase)) : undefined;
    if (named) return named;
    const opening = clauseOpening(ctx, phrase, true);
    if (opening === undefined) return undefined;
    // "Farm groups" (AGR), "Aid organisations" (NGO of no country), "Age groups" (no side): data/group-kinds.tsv.
    const kind = groupKind(words.keys.slice(opening, phrase.first));
    if (kind === 'none') return undefined;
    if (kind === 'NGO') return { actorId: 'NGO', name: 'Non-governmental organisation', code: 'NGO', reason: reason('actors/ngo', { agent: phraseText(words, { first: opening, last: phrase.last }) }) };
    const sectors = kind ? [kind] : isNgo ? ['SOC'] : agent.sectors;
    return sectorActor(undefined, sectors, reason('actors/sector-unknown', { agent: agentText, sector: String(sectors[0]) }), kb);
  }
  if (isNgo) return { actorId: 'NGO', name: 'Non-governmental organisation', code: 'NGO', reason: reason('actors/ngo', { agent: agentText }) };
  const body = plural && !phrase.count && (phrase.det === undefined || phrase.det === 'the') ? bodyOfPlural(ctx.history, agent.key) : undefined;
  if (body) {
    const { head: _head, sent: _sent, words: _words, ...members } = body;
    return { ...members, reason: reason('actors/body-plural', { agent: agentText, name: body.name }) };
  }
  const groupNoun = plural ? agent.key : `${agent.key}s`;
  // "the leaders of the DPR and the LPR" names its own members, not the participants named before.
  const ownMembers = words.keys[phrase.last] === 'of';
  const bareSubject = phrase.det === undefined && plural && PERSON_GROUPS.has(agent.key) && clauseOpening(ctx, phrase) !== undefined;
  if (!ownMembers && ((phrase.det !== undefined && plural && GROUP_NOUNS.has(agent.key)) || bareSubject || ((phrase.count ?? 0) >= 2 && GROUP_NOUNS.has(groupNoun)))) {
    const group = resolveGroup(ctx, phrase.count ?? 2, groupNoun, phraseText(words, phrase));
    // A bare noun that finds no parties ("Leaders praised the administration") stays a mention of its sector.
    if (group || !bareSubject) return group;
  }
  if (phrase.det === 'the' && !plural) {
    // "the King" after "King Abdullah II of Jordan": the title may be the first word of a known name.
    // "the Crown Prince" after "Crown Prince and Prime Minister Mohammed bin Salman": either title refers back.
    // "The President and President López Obrador agreed": one side of "and" is not the person named on the other.
    const beside = namedBeside(ctx, phrase.last, agent.key);
    const earlier = ctx.history.findLast((h) => (h.head === agent.key || h.coHead === agent.key || (office && h.office === office) || (h.person && h.words[0] === agent.key)) && !(beside?.every((w) => h.words.includes(w)) ?? false));
    if (earlier) return { ...earlier, reason: reason('actors/refers-back', { agent: agentText, name: earlier.name }) };
    const realm = realmOf(ctx, agent.key, agentText);
    if (realm) return realm;
  }
  const sector = agent.sectors[0];
  // Without a country, only a noun that heads its phrase is a mention ("police", not "military sphere").
  if (sector && (input.standalone || ((PARTY_SECTORS.has(sector) || isBusinessParty(agent.key, sector)) && !ownPeople(phrase) && (plural || headsPhrase(input, agent.last))))) return sectorActor(undefined, agent.sectors, reason('actors/sector-unknown', { agent: agentText, sector }), kb);
  return undefined;
}

/** Tags of words that may follow a clause's subject: its verb, or an adverb before it. */
const VERB_TAGS = new Set(['VERB', 'AUX', 'ADV']);

/**
 * Where the subject a phrase heads opens its clause, right before its verb, or undefined when it opens none.
 * Strictly, a bare plural noun for people at a sentence's start or after a comma: "Leaders discussed the situation",
 * "In the discussion, leaders reiterated" (without tags, only at a sentence's start). With `modifiers` (tagged text
 * only), the phrase's own modifiers and article come first and a conjunction may open the clause too: "Animal welfare
 * groups welcomed", "… while sugar traders threaten to …", "but brokers welcomed". The walk back stops at a word of
 * the mention read before ("Palestinian militant groups": the group noun is that actor's, no side of its own), at a
 * nationality (its phrase was read) and at a quantifier or number ("Several groups", "Two groups": no side named).
 */
function clauseOpening(ctx: Context, phrase: Phrase, modifiers = false): number | undefined {
  const { input: { words, upos }, kb } = ctx;
  const inSentence = (t: number): boolean => t >= 0 && words.sents[t] === words.sents[phrase.first];
  if (!modifiers) {
    const before = phrase.first - 1;
    const starts = !inSentence(before);
    if (!upos) return starts ? phrase.first : undefined;
    return (starts || words.texts[before] === ',') && VERB_TAGS.has(upos[phrase.last] ?? '') ? phrase.first : undefined;
  }
  if (!upos || !VERB_TAGS.has(upos[phrase.last] ?? '')) return undefined;
  let before = phrase.first - 1;
  const free = (t: number): boolean => t >= ctx.mentioned.last && !QUANTIFIERS.has(words.keys[t] ?? '') && kb.adjective(words.keys[t] ?? '') === undefined;
  while (inSentence(before) && MODIFIER_TAGS.has(upos[before] ?? '')) {
    if (!free(before)) return undefined;
    before--;
  }
  if (inSentence(before) && words.keys[before] === 'the') before--;
  if (inSentence(before) && !free(before)) return undefined;
  const opens = !inSentence(before) || words.texts[before] === ',' || upos[before] === 'SCONJ' || upos[before] === 'CCONJ';
  return opens ? before + 1 + (words.keys[before + 1] === 'the' ? 1 : 0) : undefined;
}
/** Tags of the words that may modify a group noun before it ("Church groups", "Private traders"). */
const MODIFIER_TAGS = new Set(['NOUN', 'PROPN', 'ADJ']);
/** Words that count or quantify a plural rather than say its kind: such a plural names no side. */
const QUANTIFIERS = new Set(['several', 'many', 'some', 'few', 'numerous', 'various', 'other', 'all', 'most', 'both', 'dozens', 'hundreds', 'more', 'fewer']);

/** One group actor of `members` named by `text`: their shared code and sector when they have one. */
function groupOf(members: readonly Resolved[], text: string): Resolved {
  const codes = new Set(members.map((m) => `${m.code} ${m.sector}`));
  return {
    actorId: `group:${members.map((m) => m.actorId).join('+')}`,
    name: members.map((m) => m.name).join(' and '),
    ...(codes.size === 1 ? { code: members[0]?.code, sector: members[0]?.sector } : {}),
    members: members.map((m) => m.actorId),
    reason: reason('actors/group', { text, count: members.length, names: members.map((m) => m.name).join(', ') }),
  };
}

/**
 * "Hamas and Islamic Jihad rejected … The groups accused Israel", "Greenpeace and Oxfam criticised …, and the
 * organisations urged": "the" and a plural group noun name the last bodies (no countries, no people) named in this
 * sentence or the one before; undefined unless there are at least two.
 */
function bodiesBefore(ctx: Context, text: string): Resolved | undefined {
  const sent = ctx.input.words.sents[ctx.mentioned.next] ?? 0;
  const members: Resolved[] = [];
  for (let i = ctx.history.length - 1; i >= 0 && members.length < 2; i--) {
    const r = ctx.history[i];
    if (!r || r.sent < sent - 1) break;
    if (r.members || r.person || r.kind === 'country' || r.kind === 'capital' || r.kind === 'place' || members.some((m) => m.actorId === r.actorId)) continue;
    members.unshift(r);
  }
  if (members.length < 2) return undefined;
  return groupOf(members, text);
}

/**
 * "thanked the government and people of Finland", "the Parliament and the people of Estonia": a
 * title without a country of its own shares the "of <country>" of the title coordinated after it.
 */
function sharedOfNation(ctx: Context, phrase: Phrase): Phrase['ofNation'] {
  const { kb, input: { words } } = ctx;
  if (words.keys[phrase.last] !== 'and' || words.sents[phrase.last + 1] !== words.sents[phrase.first]) return undefined;
  const next = parsePhrase(kb, words, phrase.last + 1);
  return next?.agent && !next.named && !next.nation && !next.surname && !next.unknownName ? next.ofNation : undefined;
}

/** The titles of the rulers whose country "the Kingdom", "the Emirate", "the Sultanate" is. */
const REALM_RULERS: Readonly<Record<string, readonly string[]>> = { kingdom: ['king', 'queen'], emirate: ['emir', 'amir'], sultanate: ['sultan'] };

/**
 * "thanked Sultan Haitham" after "the United States and Oman": a ruler's title before a name the KB
 * lacks belongs to the country named before whose name the KB knows with that realm ("Sultanate of
 * Oman"), not to the place the sentence happens to name ("the truce in Yemen").
 */
function rulerRealm(ctx: Context, title: string): string | undefined {
  const realms = Object.keys(REALM_RULERS).filter((realm) => REALM_RULERS[realm]?.includes(title));
  if (!realms.length) return undefined;
  for (let i = ctx.history.length - 1; i >= 0; i--) {
    const h = ctx.history[i];
    if (h?.kind !== 'country' || !h.code) continue;
    const index = ctx.kb.country(h.code);
    if (index !== undefined && realms.some((realm) => ctx.kb.named(nameKey(`${realm} of ${h.name}`))?.includes(index))) return h.code;
  }
  return undefined;
}

/**
 * The name words of the holder of the same title joined to a phrase by the "and" right after it ("The President and
 * President López Obrador": "lopez", "obrador"): the phrase's title cannot refer back to that person. Undefined when the
 * neighbour holds another title or none ("The Prime Minister and Deputy Prime Minister Chrystia Freeland", "The President
 * and Dr. Biden", "The President and Sheikh Hamdan …"): sharing a title word, a family or a given name with the holder
 * named before does not make the neighbour that holder (review c of session 50).
 */
function namedBeside(ctx: Context, last: number, title: string): readonly string[] | undefined {
  const { keys } = ctx.input.words;
  if (keys[last] !== 'and') return undefined;
  const next = parsePhrase(ctx.kb, ctx.input.words, last + 1);
  const name = next?.named ?? next?.surname ?? next?.unknownName;
  if (next?.agent?.key !== title || !name) return undefined;
  return keys.slice(name.first, name.last);
}

/** "the Kingdom's commitment" after "King Abdullah II of Jordan": the country of the ruler named before. */
function realmOf(ctx: Context, key: string, agentText: string): Resolved | undefined {
  const titles = REALM_RULERS[key];
  if (!titles) return undefined;
  const ruler = ctx.history.findLast((h) => h.person && h.code && (h.office === 'monarch' || titles.includes(h.words[0] ?? '')));
  const index = ruler?.code ? ctx.kb.country(ruler.code) : undefined;
  const [m] = index === undefined ? [] : rankMatches(ctx.kb, [index], ctx.input.day);
  return m && ruler ? fromMatch(m, reason('actors/realm-of', { agent: agentText, name: ruler.name }), ctx.input.day) : undefined;
}

/**
 * Whether the token before `next` ends its noun phrase: tagged, when the word after is no noun
 * ("the government sent", "police fired"); untagged, when no word follows at all.
 */
function headsPhrase(input: ResolveInput, next: number): boolean {
  const tag = input.upos?.[next];
  // "President of the European Council": a title of a body, not a mention of its own.
  if (tag !== undefined) return !NOUN_TAGS.has(tag) && input.words.keys[next] !== 'of';
  return !/^\p{L}/u.test(input.words.texts[next] ?? '');
}

function resolveNation(ctx: Context, phrase: Phrase, nation: NonNullable<Phrase['nation']>): Resolved | undefined {
  const { kb, input } = ctx;
  const text = phraseText(input.words, nation);
  const next = input.words.texts[phrase.last] ?? '';
  const isPlural = /s$/.test(input.words.keys[nation.last - 1] ?? '');
  // A bare adjective is a mention only as a noun ("the Palestinians", "Israeli troops" is handled as an agent).
  const people = nation.via === 'adjective' && !isPlural && /^\p{Lu}\p{L}+s$/u.test(next) && input.words.sents[phrase.last] === input.words.sents[phrase.first];
  // "Russian-French dialogue", "Russian initiative": the adjective modifies a noun, no actor.
  if (nation.via === 'adjective' && !isPlural && !people && (/\p{L}/u.test(next) || /^[-‐]$/.test(next)) && !input.standalone) return undefined;
  // "Albanians of southern Serbia": a people of a country counts for that country. A place after "in" or "from" only
  // locates the people the nationality names ("Palestinians in Jerusalem" are PSE, not ISR).
  const code = phrase.ofNation?.prep === 'of' && nation.via === 'adjective' && isPlural ? phrase.ofNation.code : nation.code;
  const index = kb.country(code);
  const [m] = index === undefined ? [] : rankMatches(kb, [index], input.day);
  if (!m) return undefined;
  const resolved = fromMatch(m, reason(nation.via === 'adjective' ? 'actors/nationality' : 'actors/country-name', { text }), input.day);
  // "Iraqi Kurds", "Bosnian Serbs": a people named after a nationality; "Palestinians living in…",
  // "Albanians of Serbia": a population, not the state. Both are civilians (CVL).
  const population = nation.via === 'adjective' && isPlural && (phrase.ofNation !== undefined || /^\p{Ll}+ing$/u.test(next));
  if (people || population) return { ...resolved, sector: 'CVL', reason: people ? reason('actors/people', { base: resolved.reason, text, next }) : reason('actors/population', { base: resolved.reason }) };
  return resolved;
}

const PLACE_KINDS = new Set(['country', 'capital', 'place']);
const COMPASS = new Set(['west', 'east', 'north', 'south']);
/**
 * Adjectives of a bloc of states: "a Western diplomat warned", "Western governments" name no one
 * country, and certainly not the story's own (the gold leaves "Western countries" uncoded), so the
 * noun after them is no mention for the discourse stage to locate.
 */
const BLOCS = new Set(['western', 'eastern']);
const TOWN_KINDS = new Set(['capital', 'place']);

/** Whether token `at` is a lower-case common noun of the same sentence, as tagged ("Paris dealers", "Tokyo markets"). */
function beforeCommonNoun(input: ResolveInput, at: number): boolean {
  const { texts, sents } = input.words;
  return input.upos?.[at] === 'NOUN' && sents[at] === sents[at - 1] && /^\p{Ll}/u.test(texts[at] ?? '');
}

function resolvePhrase(ctx: Context, phrase: Phrase): Resolved | undefined {
  if (phrase.named) {
    const resolved = resolveNamed(ctx, phrase, phrase.named);
    if (resolved && PLACE_KINDS.has(resolved.kind ?? '') && !phrase.agent && !ctx.input.standalone && isLocated(ctx, phrase.first)) {
      ctx.located.last = phrase.named.last;
      return undefined;
    }
    // "the West", "the collective West": a compass word names a region of the world, never a
    // town of that name (PLOVER does not code regional constructs).
    if (resolved?.kind === 'place' && COMPASS.has(ctx.input.words.keys[phrase.named.first] ?? '') && phrase.named.last - phrase.named.first === 1) return undefined;
    // "the Iraqi news agency INA": a name in capitals is an acronym (an agency, a party, a union), not
    // the town GeoNames spells the same way.
    if (resolved?.kind === 'place' && isAcronym(ctx.input.words, phrase.named)) return undefined;
    // "Canada Post", "the Manufacturing USA network" keep the country they belong to; a town's name
    // inside an unknown name ("the London Club", "St. John Fisher University") names neither the town's people nor its country.
    if (resolved && TOWN_KINDS.has(resolved.kind ?? '') && !phrase.agent && !ctx.input.standalone && continuesLongerName(ctx.kb, ctx.input.words, phrase.named)) return undefined;
    // "The Industrial Bank of Japan": a body's name ending a longer unknown name is the firm's, not the central bank.
    if (resolved?.kind === 'org' && !phrase.agent && !ctx.input.standalone && endsLongerName(ctx.kb, ctx.input.words, phrase.named)) return undefined;
    if (resolved && !phrase.agent && namesWater(ctx.input.words, phrase.named)) return undefined;
    // "the Minsk agreements", "the Moscow talks", "most Paris dealers": a city after "the" or before a
    // common noun modifies that noun.
    if (resolved && (resolved.kind === 'capital' || resolved.kind === 'place') && !phrase.agent && (phrase.det === 'the' || beforeCommonNoun(ctx.input, phrase.named.last))) return undefined;
    return resolved;
  }
  if (phrase.agent) return ethnicGroup(ctx, phrase, resolveTitled(ctx, phrase, phrase.agent));
  if (phrase.nation) return placeOfCountry(ctx.input.words, phrase) ? undefined : ethnicGroup(ctx, phrase, resolveNation(ctx, phrase, phrase.nation));
  return undefined;
}

/**
 * "ethnic Albanians in Kosovo", "ethnic Turks in Bulgaria": "ethnic" before a nationality names a
 * people living outside that state (PLOVER codes them by the country they live in, with the
 * ethnicity apart), so the mention keeps its sector and takes its country from the story.
 */
function ethnicGroup(ctx: Context, phrase: Phrase, resolved: Resolved | undefined): Resolved | undefined {
  const nation = phrase.nation;
  if (!resolved || resolved.person || nation?.via !== 'adjective' || ctx.input.words.keys[nation.first - 1] !== 'ethnic') return resolved;
  const sector = resolved.sector ?? 'CVL';
  return sectorActor(undefined, [sector], reason('actors/ethnic', { text: phraseText(ctx.input.words, phrase), sector }), ctx.kb);
}

/**
 * Words joining places in a list: "in Austria and Germany". (Not a comma: "In Ukraine, Russia
 * launched…" goes on with a new clause.)
 */
const LIST_JOINERS = new Set(['and', 'or']);

/** Whether a place starting at token `first` locates something rather than acting. */
function isLocated(ctx: Context, first: number): boolean {
  const before = ctx.input.words.keys[first - 1] ?? '';
  return ctx.input.pack.locatives.has(before) || isLocatedPlaceOf(ctx.input, first) || (LIST_JOINERS.has(before) && ctx.located.last === first - 1);
}

/** Plural place nouns: "in the states of Sao Paulo and Parana". */
const PLACE_NOUNS_PLURAL = new Set(['islands', 'ports', 'provinces', 'regions', 'cities', 'towns', 'districts', 'states', 'villages', 'areas']);

/**
 * "in several towns in the states of Sao Paulo", "in the West Bank city of Hebron": a place named
 * after "<place noun> of", where a locative preposition opens the phrase, locates too.
 */
function isLocatedPlaceOf(input: ResolveInput, first: number): boolean {
  const { keys, sents } = input.words;
  const noun = keys[first - 2] ?? '';
  if (keys[first - 1] !== 'of' || !(PLACE_NOUNS.has(noun) || PLACE_NOUNS_PLURAL.has(noun) || noun === 'village' || noun === 'state')) return false;
  // The noun's own modifiers ("the West Bank city", "several towns") sit between it and the preposition.
  for (let k = first - 3; k >= Math.max(0, first - 7) && sents[k] === sents[first]; k--) {
    const key = keys[k] ?? '';
    if (input.pack.locatives.has(key)) return true;
    if (!/\p{L}/u.test(key) || key === 'of' || PLACE_NOUNS.has(key)) return false;
  }
  return false;
}

/** Common nouns of places a country's possessive may own ("Iran's Kharg island"). */
const PLACE_NOUNS = new Set(['island', 'islands', 'port', 'province', 'region', 'city', 'town', 'coast', 'oblast', 'district', 'terminal', 'field', 'oilfield', 'border', 'airport', 'base']);

/**
 * "south of Iran's Kharg island", "Iraq's Basra province": a country's possessive before a name
 * and a place noun locates the place, the country takes no part in the clause.
 */
function placeOfCountry(words: Words, phrase: Phrase): boolean {
  const at = phrase.nation?.via === 'country' && words.keys[phrase.nation.last] === "'s" ? phrase.nation.last + 1 : -1;
  return at > 0 && isCapitalised(words.texts[at] ?? '') && words.sents[at + 1] === words.sents[at] && PLACE_NOUNS.has(words.keys[at + 1] ?? '');
}

function isAcronym(words: Words, part: Part): boolean {
  const text = words.texts.slice(part.first, part.last).join('');
  return /\p{Lu}.*\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/**
 * "the Senate" after "the Philippine Senate", "the Commission" after "the European Community": a
 * definite capitalised noun alone is the body named earlier in the article whose name ends in it,
 * or whose name with it is a known body ("European Community Commission"), latest first.
 */
function shortForm(ctx: Context, first: number): Resolved | undefined {
  const { kb, input: { words } } = ctx;
  const at = first + 1;
  if (words.keys[first] !== 'the' || !/^\p{Lu}\p{Ll}+$/u.test(words.texts[at] ?? '') || isCapitalised(words.texts[at + 1] ?? '') || kb.adjective(words.keys[at] ?? '')) return undefined;
  // "the Kremlin press service": a noun after it continues the phrase, which names its own actor.
  if (words.sents[at] !== words.sents[first] || matchAgent(kb, words, at + 1)) return undefined;
  const key = words.keys[at] ?? '';
  const text = words.texts[at] ?? '';
  for (let i = ctx.history.length - 1; i >= 0; i--) {
    const h = ctx.history[i];
    if (!h || h.person || h.members || h.kind === 'country' || h.kind === 'capital' || h.kind === 'place') continue;
    // "the Community" after "European Community finance ministers": the body's own name ends in it too.
    const names = historyNames(h);
    if ((h.words.length >= 2 && h.words.at(-1) === key) || (h.kind === 'org' && names[1].endsWith(` ${key}`))) return { ...h, reason: reason('actors/short-form', { text, name: h.name }) };
    const misses = shortFormMisses.get(h);
    if (misses?.has(key)) continue;
    for (const name of names) {
      // Most names with the word after them name nothing: no ranking of an empty list (#13).
      const indices = ctx.kb.named(`${name} ${key}`);
      if (!indices) continue;
      const [m] = rankMatches(ctx.kb, indices, ctx.input.day);
      if (m && m.actor.kind === 'org') return fromMatch(m, reason('actors/short-form-of', { text, name: h.name, actor: m.actor.name }), ctx.input.day);
    }
    if (misses) misses.add(key);
    else shortFormMisses.set(h, new Set([key]));
  }
  return undefined;
}

/**
 * The words after "the" that an earlier mention's names do not take ("the President" after "the Kremlin press
 * service"), per mention: `shortForm` asks each mention again at every "the <Word>", and each question built two
 * keys and probed the knowledge base, quadratic in the article (#13). The answer depends on the mention and the word
 * alone (the day is the document's); a mention replaced in the history is a new object, asked afresh.
 */
const shortFormMisses = new WeakMap<HistoryEntry, Set<string>>();

type HistoryEntry = Context['history'][number];
const namesOfEntries = new WeakMap<HistoryEntry, readonly [words: string, name: string]>();

/**
 * An earlier mention's words and name as keys, made once per mention: `shortForm` asks for them of the
 * whole history at every "the <Word>", which made them again per question, quadratic in the article (#13).
 */
function historyNames(h: HistoryEntry): readonly [words: string, name: string] {
  let names = namesOfEntries.get(h);
  if (!names) namesOfEntries.set(h, (names = [h.words.join(' '), nameKey(h.name)]));
  return names;
}

/** The part of a phrase that the mention's span covers: possessive endings stay outside. */
function mentionPart(phrase: Phrase, words: Words): Part {
  return words.keys[phrase.last - 1] === "'s" && phrase.last - 1 > phrase.first ? { first: phrase.first, last: phrase.last - 1 } : phrase;
}

/** Each language pack's month names, lower-cased: built once per pack, not once per document (#13). */
const monthSets = new WeakMap<LanguagePack, ReadonlySet<string>>();
function monthsOf(pack: LanguagePack): ReadonlySet<string> {
  let months = monthSets.get(pack);
  if (!months) monthSets.set(pack, (months = new Set(pack.months.map(([name = '']) => name.toLowerCase()))));
  return months;
}

/** The non-empty keys of tokens [first, last): one array per mention, not a slice and its filter (#13). */
function keysBetween(keys: readonly string[], first: number, last: number): string[] {
  const out: string[] = [];
  for (let t = first; t < last && t < keys.length; t++) if (keys[t]) out.push(keys[t]);
  return out;
}

/** The resolver's own fields, which a mention does not carry. */
const RESOLVER_FIELDS: ReadonlySet<string> = new Set(['office', 'person', 'surnameKey', 'reason']);

/**
 * The mention of a resolved actor: its span, then the resolved fields in their order but the resolver's own, then
 * the reason and its sentence. One loop over the fields, not an object rest (a runtime call per mention) and its
 * spread into the literal (#13); the key order, and so the layer's JSON, is the same.
 */
function mentionOf(resolved: Resolved, start: number, end: number, part: Part, pack: LanguagePack): ActorMention {
  const out: Record<string, unknown> = { start, end, tokens: [part.first, part.last] };
  const fields = resolved as unknown as Readonly<Record<string, unknown>>;
  for (const key in fields) if (!RESOLVER_FIELDS.has(key)) out[key] = fields[key];
  const why = resolved.reason;
  out.reasons = [why];
  out.why = renderReasons(pack, [why]);
  return out as unknown as ActorMention;
}

/** Every token inside the given ranges; a loop, not a `flatMap` of one array per range (#13). */
function tokensOf(parts: readonly Part[]): Set<number> {
  const tokens = new Set<number>();
  for (const p of parts) for (let k = p.first; k < p.last; k++) tokens.add(k);
  return tokens;
}

/**
 * Resolve the actor mentions of one document.
 * @example resolveMentions(kb, { words, spans, day: '2020-06-26' }) // [{ text: 'Putin', actorId: 'vladimir-putin', code: 'RUS', sector: 'GOV', … }]
 */
export function resolveMentions(kb: ActorKb, input: ResolveInput): ActorMention[] {
  const months = monthsOf(input.pack);
  const ctx: Context = { kb, input, history: [], surnames: new Map(), givenNames: new Map(), locals: new Map(), seen: new Map(), located: { last: -1 }, mentioned: { last: 0, next: 0 }, months, acronyms: new Map(), titled: new Map() };
  const mentions: ActorMention[] = [];
  const { words } = input;
  const people = new Map((input.people ?? []).map((p) => [p.first, p]));
  const personTokens = tokensOf(input.people ?? []);
  for (let i = 0; i < words.texts.length; ) {
    const acronym = definedAcronym(ctx, mentions, i);
    if (acronym && !acronym.resolved) {
      i = acronym.part.last;
      continue;
    }
    const address = royalAddressAt(words, i);
    if (address && titleFollows(words, address)) {
      i = address.last;
      continue;
    }
    const short = (address && addressedRuler(ctx, address)) || shortForm(ctx, i);
    const phrase: Phrase | undefined = acronym ? undefined : short ? { first: i, last: address?.last ?? i + 2 } : parsePhrase(kb, words, i);
    if (phrase?.agent && !phrase.named && !phrase.nation && BLOCS.has(words.keys[phrase.first - 1] ?? '') && words.sents[phrase.first - 1] === words.sents[phrase.first]) {
      i = phrase.last;
      continue;
    }
    ctx.mentioned.next = i;
    let resolved = acronym?.resolved ?? short ?? (phrase ? resolvePhrase(ctx, phrase) : undefined);
    // A name the NER stage reads as a person is not the town of the same name.
    if (resolved?.kind === 'place' && phrase?.named && personTokens.has(phrase.named.first)) resolved = undefined;
    // Phoenix's international file lists officials of organisations ("JACQUES_DELORS_ [IGOEUREEC]")
    // among the bodies: a name the NER stage reads as a person is one, and its surname finds it again.
    if (resolved?.kind === 'org' && phrase?.named && isPersonName(phrase.named, personTokens)) resolved = asPerson(resolved, words.keys[phrase.named.last - 1]);
    if (resolved?.person && resolved.code === 'IGO' && phrase) resolved = withOwnBody(ctx, resolved, words.sents[phrase.first] ?? 0);
    let part: Part | undefined = acronym?.part ?? (phrase && resolved ? mentionPart(phrase, words) : undefined);
    const named = phrase && resolved && !resolved.person ? people.get(phrase.last) ?? unknownNameAt(kb, words, phrase.last) : undefined;
    // The phrase's name is then the body's, not the person's: no given name or surname to remember.
    let bodyTitled = false;
    if (phrase?.agent && phrase.ofNation && named && !resolved?.members && !matchesKnownName(kb, words, named)) {
      // "Federal Chancellor of Austria Karl Nehammer": a title of a country, then a name the knowledge base lacks.
      resolved = resolveUnknownPerson(ctx, named, resolved?.code, phrase.agent.sectors, phraseText(words, phrase));
      part = { first: phrase.first, last: named.last };
    } else if (phrase && isBodyTitle(kb, words, phrase) && resolved?.code && named && !resolved.members && isNewName(kb, words, named)) {
      // "White House spokesman Marlin Fitzwater", "African National Congress president Oliver Tambo": a
      // title of a known body, then a name the knowledge base lacks, is the body's official.
      const body = resolved;
      resolved = resolveUnknownPerson(ctx, named, body.code, [body.sector, ...(body.sectors ?? [])].filter((x): x is string => !!x), phraseText(words, phrase));
      // An international body's official keeps its function ("Arab League Secretary-General": ARL, GOV).
      if (body.sectors?.length) resolved = { ...resolved, sectors: body.sectors };
      part = { first: phrase.first, last: named.last };
      bodyTitled = true;
    }
    if (!resolved && !phrase?.named) {
      const key = words.keys[i] ?? '';
      const person = people.get(i);
      // "De Kock said" after "Gerhard de Kock": a capitalised particle opens the surname, keyed by the word after it.
      const particle = NAME_PARTICLES.has(key) && isCapitalised(words.texts[i + 1] ?? '') && words.sents[i + 1] === words.sents[i];
      const known = isCapitalised(words.texts[i] ?? '') ? ctx.surnames.get(particle ? words.keys[i + 1] ?? '' : key) : undefined;
      const addressed = HONORIFICS.has(key) ? resolveAddressed(ctx, i) : undefined;
      if (known) {
        const end = particle ? i + 2 : i + 1;
        resolved = { ...known, reason: reason('actors/named-before', { text: phraseText(words, { first: i, last: end }), name: known.name }) };
        part = { first: i, last: end };
      } else if (addressed) {
        ({ resolved, part } = addressed);
      } else if (person && saysAfterActor(input, mentions.at(-1), person)) {
        // "The U.S. Said Iranians used…": in a title-case line a verb of saying after an actor is
        // no given name; the words after it are read on their own.
        i++;
        continue;
      } else if (person && person.last - person.first === 1 && ctx.months.has(key)) {
        // "by the end of May": a month alone is a date even where the NER stage reads a person.
        i++;
        continue;
      } else if (person && misreadPerson(ctx, person) !== undefined) {
        i = misreadPerson(ctx, person) ?? i + 1;
        continue;
      } else if (person && leaderBody(kb, words, person, input.day)) {
        // "the Biden-Harris Administration": a leader's government, not a person.
        const body = leaderBody(kb, words, person, input.day);
        resolved = body && sectorActor(body.code, ['GOV'], reason('actors/leader-body', { text: phraseText(words, person), leader: body.leader, code: body.code }), kb);
        part = person;
      } else if (person) {
        // "Edmundo Gonzalez Urrutia of Venezuela": a country after the name is the person's.
        const of = countryAfter(kb, words, person.last);
        // "Stoltenberg said": a surname alone, which the NER stage reads as a person, is still an office holder's.
        const alone = person.last - person.first === 1 ? bareSurname(ctx, i) : undefined;
        resolved = (of ? undefined : alone ?? namedAgain(ctx, person) ?? resolveWithoutInitials(ctx, person) ?? resolveMisspelledName(ctx, person)) ?? resolveUnknownPerson(ctx, person, of?.code, [], undefined);
        part = of ? { first: person.first, last: of.last } : person;
      } else if (isFullName(kb, words, i, input.day)) {
        const matches = rankMatches(kb, kb.surnamed(words.keys[i + 1] ?? '') ?? [], input.day).filter((m) => m.onDate && m.onDate.role.sector !== 'ELI' && mayBeGivenName(m.actor.name, words.keys[i] ?? ''));
        if (matches[0]) {
          resolved = fromMatch(matches[0], reason('actors/full-name', { first: words.texts[i] ?? '', surname: words.texts[i + 1] ?? '' }), input.day);
          part = { first: i, last: i + 2 };
        }
      } else {
        resolved = bareSurname(ctx, i);
        if (resolved) part = { first: i, last: i + 1 };
      }
    }
    if (!resolved || !part) {
      // A failed phrase is skipped whole, unless only its determiner may have misled the reading.
      i = phrase && phrase.last > i && (phrase.det === undefined || phrase.named || ownPeople(phrase)) ? phrase.last : i + 1;
      continue;
    }
    // "Tehran's IRNA news agency", "the newspaper": the press reports events, it takes no part in
    // them (the news-dev gold codes news media as sources only). The phrase is read, not a mention.
    if (resolved.sector === 'JRN' && !input.standalone) {
      i = part.last;
      continue;
    }
    const start = input.spans[part.first]?.start ?? 0;
    const end = input.spans[part.last - 1]?.end ?? start;
    mentions.push(mentionOf(resolved, start, end, part, input.pack));
    const head = phrase?.agent?.key;
    ctx.history.push({ ...resolved, head, coHead: phrase?.coTitle?.key, sent: words.sents[part.first] ?? 0, words: keysBetween(words.keys, part.first, part.last) });
    ctx.mentioned.last = part.last;
    if (!ctx.seen.has(resolved.actorId)) ctx.seen.set(resolved.actorId, resolved);
    if (resolved.person) rememberSurname(ctx, resolved, bodyTitled ? undefined : phrase);
    i = part.last;
  }
  return mentions;
}

/**
 * "The ITC" after "the U.S. International Trade Commission (ITC)": an acronym the article defined
 * means its expansion from the definition on (see `acronym.ts`). Undefined when the token at `i`
 * (or after "the") is no such acronym; without `resolved` when it means nothing known.
 */
function definedAcronym(ctx: Context, mentions: ActorMention[], i: number): { resolved?: Resolved; part: Part } | undefined {
  const { words } = ctx.input;
  const at = words.keys[i] === 'the' && isAcronymToken(words, i + 1) ? i + 1 : i;
  if (!isAcronymToken(words, at)) return undefined;
  const definition = acronymDefinitionAt(words, at);
  if (definition && !ctx.acronyms.has(definition.key)) ctx.acronyms.set(definition.key, acronymMeaning(ctx, mentions, definition));
  // Most documents define no acronym: then no token's key need be made to look one up (#13).
  if (ctx.acronyms.size === 0) return undefined;
  const key = nameKey(words.texts[at] ?? '');
  const meaning = ctx.acronyms.get(key);
  if (meaning === undefined) return undefined;
  // Where the knowledge base reads the acronym as the article does ("EC", "UAE"), or reads nothing
  // that a definition need set aside, the phrase grammar reads on ("EC energy ministers", "the UAE's Minister").
  const [known] = rankMatches(ctx.kb, ctx.kb.named(key) ?? [], ctx.input.day);
  if (meaning ? known?.actor.id === meaning.actorId : !known) return undefined;
  const part = { first: i, last: at + 1 };
  return meaning ? { resolved: { ...meaning, reason: reason('actors/acronym', { text: words.texts[at] ?? '', name: meaning.name }) }, part } : { part };
}

/** Heads of the names of government bodies: "Economic Planning Agency", "International Trade Commission". */
const GOVERNMENT_BODIES = new Set(['commission', 'agency', 'office', 'ministry', 'department', 'bureau', 'administration', 'authority']);

/**
 * What a defined acronym means: the mention its expansion was, the knowledge base's body of that
 * name (or of the acronym, if its name spells the expansion), or a government body of the country
 * named right before or at the start of the expansion ("Japan's Economic Planning Agency (EPA)").
 */
function acronymMeaning(ctx: Context, mentions: ActorMention[], definition: AcronymDefinition): Resolved | null {
  const { kb, input: { words, day } } = ctx;
  const { long } = definition;
  const before = mentions.at(-1);
  const last = ctx.history.at(-1);
  if (before && last && !last.person && before.tokens[1] === long.last && before.tokens[0] <= long.first) return last;
  const text = phraseText(words, long);
  const [named] = rankMatches(kb, kb.named(nameKey(text)) ?? [], day);
  if (named) return fromMatch(named, reason('actors/in-kb', { text }), day);
  const own = rankMatches(kb, kb.named(definition.key) ?? [], day).find((m) => m.actor.kind === 'org' && spellsLongForm(m.actor.name, text));
  if (own) return fromMatch(own, reason('actors/in-kb', { text: words.texts[long.last + 1] ?? '' }), day);
  if (!GOVERNMENT_BODIES.has(words.keys[long.last - 1] ?? '')) return null;
  const adjective = kb.adjective(`${words.keys[long.first]} ${words.keys[long.first + 1]}`) ?? kb.adjective(words.keys[long.first] ?? '');
  const country = before && last?.kind === 'country' && before.tokens[1] >= long.first - 1 ? last.code : undefined;
  const code = adjective ?? country;
  if (!code) return null;
  const body = sectorActor(code, ['GOV'], reason('actors/acronym-body', { text, code }), kb);
  // "The U.S." of "The U.S. International Trade Commission" is the commission's country, not a mention of its own.
  if (country && before && last) {
    const end = ctx.input.spans[long.last - 1]?.end ?? before.end;
    mentions[mentions.length - 1] = { ...before, end, tokens: [before.tokens[0], long.last], actorId: body.actorId, name: body.name, code, sector: 'GOV', reasons: [body.reason], why: renderReasons(ctx.input.pack, [body.reason]) };
    ctx.history[ctx.history.length - 1] = { ...last, ...body, words: keysBetween(words.keys, before.tokens[0], long.last) };
  }
  return body;
}

/**
 * "The Director-General of the Food and Agriculture Organization (FAO), Edouard Saouma": Phoenix
 * codes such officials by function (IGO AGR), not by body. The organisation named just before in
 * the sentence, whose function that is, is theirs.
 */
function withOwnBody(ctx: Context, person: Resolved, sent: number): Resolved {
  const function_ = person.sectors?.[0] ?? person.sector;
  if (!function_) return person;
  for (let i = ctx.history.length - 1; i >= 0; i--) {
    const h = ctx.history[i];
    if (!h || h.sent !== sent) break;
    if (h.kind !== 'org' || h.person || h.code !== 'IGO' || !h.sector || h.sector === function_) continue;
    if (!(h.sectors ?? []).includes(function_)) continue;
    return { ...person, sector: h.sector, sectors: [function_], reason: reason('actors/own-body', { base: person.reason, name: h.name, org: h.sector }) };
  }
  return person;
}

/**
 * A capitalised word alone that is a known surname. It is trusted only for people on dyad's
 * office-holder list: the one holding a listed office that day ("Stoltenberg" in 1987 is
 * Gerhard, not Jens), else the only one of that name (a former official if out of office). "May 7" is a day, not Theresa May: a number after it makes a month.
 */
function bareSurname(ctx: Context, i: number): Resolved | undefined {
  const { kb, input: { words, day } } = ctx;
  const key = words.keys[i] ?? '';
  if (!isCapitalised(words.texts[i] ?? '') || kb.surnamed(key) === undefined || isCapitalised(words.texts[i + 1] ?? '') || /^\d/.test(words.texts[i + 1] ?? '')) return undefined;
  // "the usual May starting time", "by the end of May": a month alone is a date, not an office holder.
  if (ctx.months.has(key)) return undefined;
  // "Regan" in 1987 is Reagan's chief of staff, not Michael Regan of the EPA (from 2021): a listed
  // holder whose every role starts after the day is not yet anyone's to name by surname.
  const listed = rankMatches(kb, kb.surnamed(key) ?? [], day).filter((m) => m.actor.roles.some((r) => r.office) && !(day && m.actor.roles.every((r) => r.from !== undefined && r.from > day)));
  // In office means holding a listed office that day (Phoenix's dated ELI spans do not count).
  const holding = listed.filter((m) => m.onDate?.status === 'current' && m.onDate.role.office);
  const inOffice = holding.length > 0 ? holding : listed.filter((m) => m.onDate?.status === 'current');
  // "Puerto Colon": after a capitalised word inside its sentence, the word ends a longer name.
  const inName = words.sents[i - 1] === words.sents[i] && words.sents[i - 2] === words.sents[i] && isCapitalised(words.texts[i - 1] ?? '');
  const found = inOffice.length > 0 ? inOffice : listed.length > 0 ? listed : inName ? [] : inDatedOffice(kb, key, day);
  // "Juan Gonzalez" when the one listed Gonzalez is Spain's Felipe: a capitalised word before the surname that is
  // no title or nationality and none of the holder's given names makes the surname another person's (session 49,
  // ev-titles: a US official coded ESP).
  // "Gonzalez underscored" after it: the first spelling with a given name tells whose surname it is, unless the
  // holder is in office that day ("Hunter Biden" earlier leaves a bare "Biden" the President's).
  const givens = givenNamesBefore(ctx, key, i, inOffice.length > 0 ? i : 1);
  const matches = givens.length > 0 ? found.filter((m) => givens.every((g) => mayBeGivenName(m.actor.name, g))) : found;
  return matches.length === 1 && matches[0] ? fromMatch(matches[0], reason('actors/surname', { text: words.texts[i] ?? '' }), day) : undefined;
}

/**
 * The capitalised words spelled right before the surname `key` at `at` or earlier down to `from`, that may be given
 * names: not a title, a nationality or a sentence's first word (unless the NER stage reads the two as one person).
 */
function givenNamesBefore(ctx: Context, key: string, at: number, from: number): string[] {
  const { kb, input: { words, people } } = ctx;
  const givens: string[] = [];
  // From the surname itself only (its holder in office that day), no index need be made.
  const spelled = from >= at ? (words.keys[at] === key ? [at] : []) : positionsOf(words.keys, key);
  for (let n = spelled.length - 1; n >= 0; n--) {
    const k = spelled[n] ?? 0;
    if (k > at) continue;
    if (k < Math.max(from, 1)) break;
    if (words.sents[k - 1] !== words.sents[k] || !/^\p{Lu}\p{Ll}+$/u.test(words.texts[k - 1] ?? '')) continue;
    const before = words.keys[k - 1] ?? '';
    const opens = words.sents[k - 2] !== words.sents[k] && !(people ?? []).some((p) => p.first === k - 1 && p.last > k);
    if (opens || matchAgent(kb, words, k - 1) || kb.adjective(before) !== undefined || isNotGiven(before)) continue;
    givens.push(before);
  }
  return givens;
}

const keyPositions = new WeakMap<readonly string[], Map<string, number[]>>();

/**
 * The tokens whose key is `key`, in text order, from an index of the document's keys made on first use: each bare
 * surname looked for its given names before it, which scanned every token before it, quadratic in the article (#13).
 */
function positionsOf(keys: readonly string[], key: string): readonly number[] {
  let index = keyPositions.get(keys);
  if (!index) {
    index = new Map();
    for (let k = 0; k < keys.length; k++) {
      const at = keys[k] ?? '';
      const list = index.get(at);
      if (list) list.push(k);
      else index.set(at, [k]);
    }
    keyPositions.set(keys, index);
  }
  return index.get(key) ?? [];
}

let notGiven: Set<string> | undefined;
/** Capitalised words before a surname that are no given names: honorifics, whose own route reads them (data/not-given-names.txt). */
const isNotGiven = (key: string): boolean => (notGiven ??= new Set(readDataLines(assetPath('src', 'stages', 'actors', 'data', 'not-given-names.txt')))).has(key);

/**
 * "Thatcher said" in 1987: with no one of that surname on dyad's list, the one known person whose
 * dated government term covers the day (Phoenix dates the terms of heads of government and
 * ministers; an open-ended role may have ended since the files stopped in 2015).
 */
function inDatedOffice(kb: ActorKb, key: string, day: string | undefined): KbMatch[] {
  if (!day) return [];
  return rankMatches(kb, kb.surnamed(key) ?? [], day).filter((m) => m.actor.kind === 'person' && m.onDate?.status === 'current' && m.onDate.role.from !== undefined && m.onDate.role.to !== undefined && m.onDate.role.sector === 'GOV');
}

/** "His Majesty thanked the President": the ruler named before, if the text named one. */
function addressedRuler(ctx: Context, address: Part): Resolved | undefined {
  const ruler = lastRuler(ctx.history);
  return ruler ? { ...ruler, reason: reason('actors/royal-address', { text: phraseText(ctx.input.words, address), name: ruler.name }) } : undefined;
}

/** Forms of address before a surname; "Mr." is not part of the name. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'madame']);

/**
 * "Mr. Reagan", "Mrs. Thatcher": the person named before with that surname, else the one known
 * person of that surname with a role on the day (an office holder elsewhere needs the list).
 */
function resolveAddressed(ctx: Context, at: number): { resolved: Resolved; part: Part } | undefined {
  const { kb, input: { words, day } } = ctx;
  const name = words.texts[at + 1] === '.' ? at + 2 : at + 1;
  const key = words.keys[name] ?? '';
  if (!/^\p{Lu}\p{Ll}/u.test(words.texts[name] ?? '') || words.sents[name] !== words.sents[at] || isCapitalised(words.texts[name + 1] ?? '')) return undefined;
  const part = { first: at, last: name + 1 };
  const language = ctx.input.pack.language;
  const gender = titleGender(words.keys[at] ?? '', language);
  const agrees = (person: { readonly actorId: string; readonly name: string }): boolean => agreesWith(gender, person, ctx.titled, language);
  const found = (resolved: Resolved): { resolved: Resolved; part: Part } => {
    if (gender && !ctx.titled.has(resolved.actorId)) ctx.titled.set(resolved.actorId, gender);
    return { resolved, part };
  };
  const known = ctx.surnames.get(key);
  if (known?.person && agrees(known)) return found({ ...known, reason: reason('actors/named-before', { text: words.texts[name] ?? '', name: known.name }) });
  const all = rankMatches(kb, kb.surnamed(key) ?? [], day).filter((m) => m.actor.kind === 'person' && m.onDate && m.onDate.status !== 'former' && m.onDate.role.sector !== 'ELI');
  const matches = all.filter((m) => agrees({ actorId: m.actor.id, name: m.actor.name }));
  const ids = new Set(matches.map((m) => m.actor.id));
  if (matches[0] && ids.size === 1) return found(fromMatch(matches[0], reason('actors/addressed', { text: phraseText(words, part), actor: matches[0].actor.name }), day));
  // "Mrs Howard" where the surname's only person is a man: someone else, whom the title names, not no one
  // (left alone, the bare surname after the title would find him again).
  const refused = (known?.person && !agrees(known)) || (matches.length === 0 && all.length > 0);
  return refused ? found(resolveUnknownPerson(ctx, part, undefined, [], undefined)) : undefined;
}

/**
 * Where to read on when the NER stage's person is no name of its own: "the President's Office Andriy
 * Yermak" (the span "Office Andriy Yermak" ends in a known person's name: read from that name) or "the
 * Head of the President's Office noted" (one unknown word owned by a possessive names a thing).
 */
function misreadPerson(ctx: Context, person: Part): number | undefined {
  const { kb, input: { words } } = ctx;
  for (let k = person.first + 1; k < person.last - 1; k++) {
    const name = matchName(kb, words, k);
    if (name?.last === person.last && name.indices.some((x) => kb.actor(x)?.kind === 'person')) return k;
  }
  const owned = person.last - person.first === 1 && words.keys[person.first - 1] === "'s";
  return owned && kb.surnamed(words.keys[person.first] ?? '') === undefined && !matchName(kb, words, person.first) ? person.last : undefined;
}

function saysAfterActor(input: ResolveInput, before: ActorMention | undefined, person: Part): boolean {
  const first = input.words.texts[person.first] ?? '';
  return before !== undefined && before.tokens[1] === person.first && before.kind !== 'person' && !before.actorId.startsWith('local:') && isCapitalised(first) && input.pack.speechForms.has(first.toLowerCase());
}

function isPersonName(name: Part, personTokens: ReadonlySet<number>): boolean {
  for (let t = name.first; t < name.last; t++) if (!personTokens.has(t)) return false;
  return name.last - name.first >= 2;
}

function asPerson(resolved: Resolved, surnameKey: string | undefined): Resolved {
  return { ...resolved, kind: 'person', person: true, ...(surnameKey ? { surnameKey } : {}), reason: reason('actors/org-person', { base: resolved.reason }) };
}

/** Two or three capitalised words no dictionary knows, ending the name ("Karl Nehammer said"). */
function unknownNameAt(kb: ActorKb, words: Words, at: number): Part | undefined {
  let last = at;
  while (last < at + 3 && /^\p{Lu}\p{Ll}+$/u.test(words.texts[last] ?? '') && words.sents[last] === words.sents[at] && !matchName(kb, words, last) && !matchAgent(kb, words, last)) last++;
  return last - at >= 2 && !isCapitalised(words.texts[last] ?? '') ? { first: at, last } : undefined;
}

/** "of Venezuela", "of the Philippines" right after token `at - 1`: the country and where it ends. */
function countryAfter(kb: ActorKb, words: Words, at: number): { code: string; last: number } | undefined {
  if (words.keys[at] !== 'of') return undefined;
  const name = matchName(kb, words, words.keys[at + 1] === 'the' ? at + 2 : at + 1);
  const index = name?.indices.find((x) => kb.actor(x)?.kind === 'country');
  const code = index === undefined ? undefined : kb.actor(index)?.roles[0]?.code;
  return name && code ? { code, last: name.last } : undefined;
}

/**
 * A known body's or country's name right before its title ("Kremlin aide", "African National Congress
 * president", "IAEA (IAEA) Director General"), or a body's name that ends in a title ("White House
 * spokesman"). Not "the White House underscored President …": no other word between.
 */
function isBodyTitle(kb: ActorKb, words: Words, phrase: Phrase): boolean {
  const { named, agent } = phrase;
  if (!named || phrase.possessive) return false;
  if (agent) {
    const between = words.texts.slice(named.last, agent.first);
    return between.length === 0 || (between.length === 3 && between[0] === '(' && between[2] === ')');
  }
  const last = words.keys[named.last - 1] ?? '';
  return named.last - named.first >= 2 && BODY_TITLES.has(last) && named.indices.every((x) => kb.actor(x)?.kind === 'org');
}

/** A person's name the knowledge base lacks, which is no title or body ("Department") and no known surname. */
function isNewName(kb: ActorKb, words: Words, name: Part): boolean {
  if (matchesKnownName(kb, words, name) || matchAgent(kb, words, name.first)) return false;
  return name.last - name.first > 1 || kb.surnamed(words.keys[name.first] ?? '') === undefined;
}

function matchesKnownName(kb: ActorKb, words: Words, name: Part): boolean {
  return parsePhrase(kb, words, name.first)?.named !== undefined;
}

/** Titles that the agents dictionary lacks but that stand before a surname ("Secretary Blinken"). */
const BARE_TITLES = new Set(['secretary', 'director', 'ambassador', 'senator', 'general', 'admiral', 'colonel', 'commissioner', 'chairman', 'chairwoman', 'administrator']);

/** Titles that end a body's name in the knowledge base ("White House spokesman", "World Bank President"). */
const BODY_TITLES = new Set([...Object.keys(OFFICES), ...BARE_TITLES, 'spokesman', 'spokeswoman', 'spokesperson', 'counsel', 'mayor', 'governor']);

/**
 * Whether `given` may stand before the surname of the person called `name`: a title, one of the
 * name's words in any transliteration (the same first three letters: "Alexander" for
 * "Aleksandr"), or the name has none. "Veterans Day" is no Stockwell Day, "Victory Day" neither.
 */
function mayBeGivenName(name: string, given: string): boolean {
  const words = nameKey(name).split(' ').slice(0, -1);
  return words.length === 0 || BARE_TITLES.has(given) || words.some((w) => w === given || (w.length >= 3 && given.startsWith(w.slice(0, 3))));
}

/** Two capitalised words, the second the surname of exactly one known person ("Carlos Menem"). */
function isFullName(kb: ActorKb, words: Words, i: number, day: string | undefined): boolean {
  const [a, b, c] = [words.texts[i] ?? '', words.texts[i + 1] ?? '', words.texts[i + 2] ?? ''];
  if (!isCapitalised(a) || !isCapitalised(b) || isCapitalised(c) || words.sents[i] !== words.sents[i + 1]) return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(a) || !/^\p{Lu}\p{Ll}/u.test(b)) return false;
  const people = kb.surnamed(words.keys[i + 1] ?? '') ?? [];
  return people.length === 1 || rankMatches(kb, people, day).filter((m) => m.onDate?.status === 'current').length === 1;
}

function rememberSurname(ctx: Context, resolved: Resolved, phrase: Phrase | undefined): void {
  const part = phrase?.named ?? phrase?.unknownName ?? phrase?.surname;
  const words = ctx.input.words;
  if (part) {
    const last = words.keys[part.last - 1];
    if (last) ctx.surnames.set(last, resolved);
  }
  if (resolved.surnameKey) ctx.surnames.set(resolved.surnameKey, resolved);
  // "Prime Minister Abiy" after "Abiy Ahmed": any part of a known person's name, titled later,
  // is that person (names whose family name comes first, or is no family name at all).
  if (phrase?.named && resolved.kind === 'person') {
    for (let t = phrase.named.first; t < phrase.named.last - 1; t++) {
      const key = words.keys[t];
      if (key && isCapitalised(words.texts[t] ?? '') && !ctx.givenNames.has(key)) ctx.givenNames.set(key, resolved);
    }
  }
}
