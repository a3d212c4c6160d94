/**
 * Bodies the knowledge base does not know, named by a proper noun phrase headed by an organisation word: "The
 * National Wildlife Federation rejected the plan", "the extreme-right National Front voted against", "The American
 * Soybean Association (ASA) denounced …". Without an actor such a subject left its event unsaid (#12, no-actor misses
 * of the training gold). The head or else the name's words give the sector (`data/body-words.tsv`: a party is a
 * party, a farmers' union farming, an "Association" alone none), a nationality or country in the name its country;
 * without one the discourse stage gives it the story's, each with its why. The acronym defined in brackets after the
 * name names the same body; a later "the association" is the discourse stage's (`repeatedHead`, with its reach and
 * its checks that the noun is no modifier nor another thing).
 */
import { assetPath, readDataText } from '../../core/assets.js';
import { DyadError } from '../../core/errors.js';
import type { LanguagePack } from '../../lang/pack.js';
import { reason, renderReasons, type Reason } from '../../lang/reason.js';
import { acronymDefinitionAt } from './acronym.js';
import type { ActorKb } from './kb.js';
import { ARTICLES, isCapitalised, type Words } from './phrase.js';
import type { ActorMention } from './types.js';

/** Lower-case words that may join the capitalised words of one name ("Union of Mineworkers", "Coalition on Acid Rain"). */
const JOINERS = new Set(['of', 'on', 'for', 'and', '&']);
/** Joiners after which the head has been named: the head is the last capitalised word before them. */
const HEAD_ENDS = new Set(['of', 'on', 'for']);
/** Joiners that may instead join two names ("The National Farmers Union and Country Landowners Association"). */
const BOTH = new Set(['and', '&']);
/** Capitalised words that open a sentence or a name but are no part of a body's name. */
const NOT_NAME = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her', 'mr', 'mrs', 'ms', 'dr']);
/** Kinds of the places a name may hold: they give the body its country. */
const PLACE_KINDS = new Set(['country', 'capital', 'place']);

const ROLES = ['head', 'of-head', 'people', 'word', 'sport', 'elsewhere', 'not-state', 'opener'] as const;
type Role = (typeof ROLES)[number];
/** Roles whose words give a sector; a head may give none ('-'). The other roles' sector is never read: '-' only. */
const NEEDS_SECTOR: ReadonlySet<Role> = new Set(['people', 'word']);
const NO_SECTOR: ReadonlySet<Role> = new Set(['of-head', 'sport', 'elsewhere', 'not-state', 'opener']);
/**
 * Each use's words, each with its sector ('-': none): a `people` row's words are both sector words and the members an
 * of-head's body is of, listed once so the two never drift apart.
 */
type BodyWords = Readonly<Record<Exclude<Role, 'people'> | 'member', ReadonlyMap<string, string>>>;
/** A row that cannot be read (E170 names its line and reason). */
interface Problem { readonly line: number; readonly reason: string }

/** Rows of `data/body-words.tsv` (role, sector or -, |-separated words) by use; problems carry their line. */
export function parseBodyWords(text: string): { readonly words: BodyWords; readonly problems: Problem[] } {
  const words = { head: new Map<string, string>(), 'of-head': new Map<string, string>(), member: new Map<string, string>(), word: new Map<string, string>(),
    sport: new Map<string, string>(), elsewhere: new Map<string, string>(), 'not-state': new Map<string, string>(), opener: new Map<string, string>() };
  const problems: Problem[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const [role = '', sector = '', list = '', ...rest] = line.split('\t');
    const items = list.split('|').map((w) => w.trim().toLowerCase()).filter(Boolean);
    if (!(ROLES as readonly string[]).includes(role) || !/^(?:[A-Z]{3}|-)$/.test(sector) || !items.length || rest.length) {
      problems.push({ line: i + 1, reason: `expected ${ROLES.slice(0, -1).join(', ')} or ${ROLES.at(-1)}, a tab, a sector code or -, a tab and |-separated words` });
      return;
    }
    const r = role as Role;
    if (NEEDS_SECTOR.has(r) && sector === '-') problems.push({ line: i + 1, reason: `a ${r} row says the sector of its words: a sector code, not -` });
    if (NO_SECTOR.has(r) && sector !== '-') problems.push({ line: i + 1, reason: `a ${r} row's sector is never read: -, not ${sector}` });
    for (const w of items) {
      for (const [use, known] of r === 'people' ? [['word', words.word], ['member', words.member]] as const : [[r, words[r]]] as const) {
        if (known.has(w)) problems.push({ line: i + 1, reason: `"${w}" is listed twice as ${use}` });
        known.set(w, use === 'member' ? '-' : sector);
      }
    }
  });
  return { words, problems };
}

let bodyWords: BodyWords | undefined;

/** `data/body-words.tsv`; a bad row (a sector given or missing against its role among them) stops loading with E170 naming its line. */
function loadBodyWords(): BodyWords {
  if (bodyWords) return bodyWords;
  const path = assetPath('src', 'stages', 'actors', 'data', 'body-words.tsv');
  const { words, problems } = parseBodyWords(readDataText(path));
  const problem = problems[0];
  if (problem) throw new DyadError('E170', { path, line: problem.line, problem: problem.reason });
  return (bodyWords = words);
}

/** Whether the word at `i` opens a sentence before a name and is no part of it ("On", "Monday", "Yesterday"). */
function isOpener(words: Words, i: number, pack: LanguagePack): boolean {
  const key = words.keys[i] ?? '';
  return NOT_NAME.has(key) || pack.sentenceOpeners.has(key) || loadBodyWords().opener.has(key) || calendarNames(pack).has(key);
}

const calendarNamesByPack = new WeakMap<LanguagePack, ReadonlySet<string>>();

/** A pack's weekday and month names, lower-cased once: `isOpener` asks for every capitalised word (#13). */
function calendarNames(pack: LanguagePack): ReadonlySet<string> {
  let names = calendarNamesByPack.get(pack);
  if (!names) {
    names = new Set([...pack.weekdays, ...pack.months].flatMap(([full]) => (full ? [full.toLowerCase()] : [])));
    calendarNamesByPack.set(pack, names);
  }
  return names;
}

/** A body's name: its tokens [first, last) and its head word's index. */
interface BodyName { readonly first: number; readonly last: number; readonly head: number }

/** The name that runs from `i` (a capitalised word), if its head is an organisation word; `end`: where the run ends. */
function nameAt(words: Words, i: number): { readonly name?: BodyName; readonly end: number } {
  const { texts, keys, sents } = words;
  const { head: heads, 'of-head': ofHeads, member: memberWords, sport } = loadBodyWords();
  let last = i + 1;
  let head = i;
  let headDone = false;
  for (let j = i + 1; j < texts.length && sents[j] === sents[i]; j++) {
    const text = texts[j] ?? '';
    if (isCapitalised(text) && !NOT_NAME.has(keys[j] ?? '')) {
      last = j + 1;
      if (!headDone) head = j;
      continue;
    }
    // "Executive Committee of the PLO": a joiner before a lower-case word ("the") ends the name.
    const joined = JOINERS.has(keys[j] ?? '') && isCapitalised(texts[j + 1] ?? '') && sents[j + 1] === sents[i];
    // "… Farmers Union and Country Landowners Association": after a head, "and" starts another name.
    if (!joined || (BOTH.has(keys[j] ?? '') && heads.has(keys[j - 1] ?? ''))) break;
    if (HEAD_ENDS.has(keys[j] ?? '')) headDone = true;
  }
  const headText = texts[head] ?? '';
  // "National Council of Harbour Workers Unions": a council or committee heads a body's name only when the words after
  // its "of" say whose it is; "the joint Development Committee" is a part of a body named elsewhere.
  const ofMembers = keys[head + 1] === 'of' && ofHeads.has(keys[head] ?? '') && keys.slice(head + 1, last).some((k) => memberWords.has(k));
  // "UNION LEADERS SAID": headlines in capitals name no body; one word alone ("Union leaders said") is no name, but a
  // head may open one when "of", "on" or "for" and a name follow ("Movement for Democratic Change").
  const named = (heads.has(keys[head] ?? '') || ofMembers) && headText !== headText.toUpperCase() && (head > i || headDone)
    && !keys.slice(i, last).some((k) => sport.has(k));
  return named && !isOtherThanStoryState(words, i, last, head) ? { name: { first: i, last, head }, end: last } : { end: last };
}

/**
 * Whether a name headed by a government word ("Department", "Office") is no body of the story country's state, which
 * the discourse stage would make it: its words mark another state's ("Department of Homeland Security", "Congressional
 * Budget Office": role elsewhere) or no state's ("Post Office", "Fire Department": role not-state), or "at" and a name
 * after it make it an institution's part ("the Department of Economics at Oxford University"). Review a, session 57.
 */
function isOtherThanStoryState(words: Words, first: number, last: number, head: number): boolean {
  const { keys, texts, sents } = words;
  const body = loadBodyWords();
  if (body.head.get(keys[head] ?? '') !== 'GOV') return false;
  const partOf = keys[last] === 'at' && isCapitalised(texts[last + 1] ?? '') && sents[last + 1] === sents[first];
  return partOf || keys.slice(first, last).some((k) => body.elsewhere.has(k) || body['not-state'].has(k));
}

/** The sector the name's head gives, else its words (the nearest to the head before it, then after it), and the word that gave it. */
function sectorOf(words: Words, name: BodyName): { readonly sector?: string; readonly word: string } {
  const body = loadBodyWords();
  const head = words.texts[name.head] ?? '';
  const own = body.head.get(words.keys[name.head] ?? '');
  if (own && own !== '-') return { sector: own, word: head };
  const order = [...Array.from({ length: name.head - name.first + 1 }, (_, k) => name.head - k), ...Array.from({ length: name.last - name.head - 1 }, (_, k) => name.head + 1 + k)];
  for (const j of order) {
    const sector = body.word.get(words.keys[j] ?? '');
    if (sector) return { sector, word: words.texts[j] ?? '' };
  }
  return { word: head };
}

/** The first token of an earlier mention past its article ("The Ghana" → "Ghana"). */
const ownFirst = (words: Words, m: ActorMention): number => (ARTICLES.has(words.keys[m.tokens[0]] ?? '') ? m.tokens[0] + 1 : m.tokens[0]);

/** The country a nationality word or a place in the name gives ("American Soybean Association", "… of Australia"). */
function countryOf(kb: ActorKb, words: Words, name: BodyName, mentions: readonly ActorMention[]): { readonly code: string; readonly word: string } | undefined {
  for (let j = name.first; j < name.last; j++) {
    const code = kb.adjective(words.keys[j] ?? '');
    if (code) return { code, word: words.texts[j] ?? '' };
  }
  const place = mentions.find((m) => ownFirst(words, m) >= name.first && m.tokens[1] <= name.last && m.code && m.kind && PLACE_KINDS.has(m.kind));
  return place?.code ? { code: place.code, word: words.texts.slice(ownFirst(words, place), place.tokens[1]).join(' ') } : undefined;
}

/** Whether an earlier reader's mention over the name's words may give way to it: a place it holds or a bare sector noun ("Farmers"). */
const givesWay = (m: ActorMention): boolean => !m.kind || PLACE_KINDS.has(m.kind);

/** Whether an earlier mention lies in [first, last), its article aside, and may give way to a body there. */
const heldIn = (words: Words, m: ActorMention, first: number, last: number): boolean => givesWay(m) && ownFirst(words, m) >= first && m.tokens[1] <= last;

/**
 * Whether a mention the earlier readers made lies in the name and may not give way to it: a known body, a person, or
 * a place over the head word, which is the name itself ("the Soviet Union", "the Russian Federation").
 */
function known(words: Words, mentions: readonly ActorMention[], name: BodyName): boolean {
  return mentions.some((m) => m.tokens[0] < name.last && name.first < m.tokens[1]
    && (!heldIn(words, m, name.first, name.last) || (ownFirst(words, m) <= name.head && name.head < m.tokens[1])));
}

interface Body { readonly mention: ActorMention; readonly acronym?: string }

/** The mention of a new body over `name`. */
function bodyMention(kb: ActorKb, words: Words, name: BodyName, mentions: readonly ActorMention[], spans: readonly { start: number; end: number }[], pack: LanguagePack): ActorMention {
  const text = words.texts.slice(name.first, name.last).join(' ');
  const { sector, word } = sectorOf(words, name);
  const country = countryOf(kb, words, name, mentions);
  const reasons: Reason[] = [reason('actors/named-body', { text, head: words.texts[name.head] ?? '' })];
  if (sector) reasons.push(reason('actors/named-body-sector', { sector, word }));
  if (country) reasons.push(reason('actors/named-body-country', { word: country.word, code: country.code }));
  return {
    start: spans[name.first]?.start ?? 0,
    end: spans[name.last - 1]?.end ?? 0,
    tokens: [name.first, name.last],
    actorId: `local:body:${text.toLowerCase()}`,
    name: text,
    ...(country ? { code: country.code } : {}),
    ...(sector ? { sector } : {}),
    kind: 'org',
    reasons,
    why: renderReasons(pack, reasons),
  };
}

/** A later mention of `body` at token `i`: its acronym. */
function acronymMention(body: Body, i: number, words: Words, spans: readonly { start: number; end: number }[], pack: LanguagePack): ActorMention {
  const text = words.texts[i] ?? '';
  const reasons = [reason('actors/named-body-again', { text, name: body.mention.name })];
  const { start: _s, end: _e, tokens: _t, reasons: _r, why: _w, ...actor } = body.mention;
  return { ...actor, start: spans[i]?.start ?? 0, end: spans[i]?.end ?? 0, tokens: [i, i + 1], reasons, why: renderReasons(pack, reasons) };
}

/**
 * Add mentions of the bodies named by an organisation word that no earlier reader resolved, and of their acronyms
 * after them; a place inside such a name gives the body its country and is no mention of its own.
 * @example namedBodies(kb, words, spans, mentions, pack) // "The National Wildlife Federation rejected …": a body, no sector
 */
export function namedBodies(kb: ActorKb, words: Words, spans: readonly { start: number; end: number }[], mentions: readonly ActorMention[], pack: LanguagePack): ActorMention[] {
  const { texts, keys } = words;
  const bodies: Body[] = [];
  const added: ActorMention[] = [];
  const covered = new Set<number>();
  for (let i = 0; i < texts.length; i++) {
    if (!isCapitalised(texts[i] ?? '') || isOpener(words, i, pack)) continue;
    const { name, end } = nameAt(words, i);
    if (name && !known(words, mentions, name)) {
      const mention = bodyMention(kb, words, name, mentions, spans, pack);
      const definition = acronymDefinitionAt(words, name.last + 1);
      const acronym = definition && definition.long.first >= name.first ? keys[name.last + 1] : undefined;
      bodies.push({ mention, ...(acronym ? { acronym } : {}) });
      added.push(mention);
      for (let j = name.first; j < (acronym ? name.last + 2 : name.last); j++) covered.add(j);
      i = acronym ? name.last + 2 : end - 1;
      continue;
    }
    i = Math.max(i, end - 1);
  }
  if (!bodies.some((b) => b.acronym)) return withBodies(words, mentions, added);
  for (let i = 0; i < texts.length; i++) {
    if (covered.has(i) || texts[i] === texts[i]?.toLowerCase() || mentions.some((m) => m.tokens[0] <= i && i < m.tokens[1] && !givesWay(m))) continue;
    const byAcronym = bodies.find((b) => b.acronym === keys[i] && b.mention.tokens[1] <= i);
    if (byAcronym) added.push(acronymMention(byAcronym, i, words, spans, pack));
  }
  return withBodies(words, mentions, added);
}

/** The earlier mentions but the places and sector nouns the new bodies' names hold, with the bodies, in text order. */
function withBodies(words: Words, mentions: readonly ActorMention[], added: readonly ActorMention[]): ActorMention[] {
  if (!added.length) return [...mentions];
  const inBody = (m: ActorMention) => added.some((b) => heldIn(words, m, b.tokens[0], b.tokens[1]));
  return [...mentions.filter((m) => !inBody(m)), ...added].sort((a, b) => a.start - b.start);
}
