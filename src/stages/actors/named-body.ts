/**
 * Bodies the knowledge base does not know, named by a proper noun phrase headed by an organisation word: "The
 * National Wildlife Federation rejected the plan", "the extreme-right National Front voted against", "The American
 * Soybean Association (ASA) denounced …". Without an actor such a subject left its event unsaid (#12, no-actor misses
 * of the training gold). The name's words give the sector (`data/body-words.tsv`: a union is labour, a farmers' body
 * farming, a party a party; an "Association" alone none), a nationality or country in the name its country; without
 * one the discourse stage gives it the story's, each with its why. The acronym defined in brackets after the name
 * and a later "the association" (its head word after "the") name the same body.
 */
import type { LanguagePack } from '../../lang/pack.js';
import { reason, renderReasons, type Reason } from '../../lang/reason.js';
import { acronymDefinitionAt } from './acronym.js';
import { loadKindLists } from './business-party.js';
import type { ActorKb } from './kb.js';
import { isCapitalised, type Words } from './phrase.js';
import type { ActorMention } from './types.js';

/** Lower-case words that may join the capitalised words of one name ("Union of Mineworkers", "Coalition on Acid Rain"). */
const JOINERS = new Set(['of', 'on', 'for', 'and', '&']);
/** Joiners after which the head has been named: the head is the last capitalised word before them. */
const HEAD_ENDS = new Set(['of', 'on', 'for']);
/** Capitalised words that open a sentence or a name but are no part of a body's name. */
const NOT_NAME = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her', 'mr', 'mrs', 'ms', 'dr']);
/** Kinds of the places a name may hold: they give the body its country. */
const PLACE_KINDS = new Set(['country', 'capital', 'place']);

type BodyKind = 'head' | 'word';
interface BodyWords { readonly heads: ReadonlyMap<string, string>; readonly words: ReadonlyMap<string, string> }

let bodyWords: BodyWords | undefined;
const isBodyRow = (kind: string): kind is string => /^(?:head|word)\t(?:[A-Z]{3}|-)$/.test(kind);

/** `data/body-words.tsv`: head words and sector words, each with its sector ('-': none). */
function loadBodyWords(): BodyWords {
  if (bodyWords) return bodyWords;
  const rows = loadKindLists('body-words.tsv', isBodyRow, 'head or word, a tab, a sector code or -', 2);
  const heads = new Map<string, string>();
  const words = new Map<string, string>();
  for (const [word, kind] of rows) {
    const [role, sector = '-'] = kind.split('\t') as [BodyKind, string];
    (role === 'head' ? heads : words).set(word, sector);
  }
  return (bodyWords = { heads, words });
}

/** A body's name: its tokens [first, last) and its head word's index. */
interface BodyName { readonly first: number; readonly last: number; readonly head: number }

/** The name that runs from `i` (a capitalised word), if its head is an organisation word; `end`: where the run ends. */
function nameAt(words: Words, i: number): { readonly name?: BodyName; readonly end: number } {
  const { texts, keys, sents } = words;
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
    if (!joined) break;
    if (HEAD_ENDS.has(keys[j] ?? '')) headDone = true;
  }
  const { heads } = loadBodyWords();
  const headText = texts[head] ?? '';
  // "UNION LEADERS SAID": headlines in capitals name no body; one word alone ("Union leaders said") is no name.
  const named = heads.has(keys[head] ?? '') && headText !== headText.toUpperCase() && head > i;
  return named ? { name: { first: i, last, head }, end: last } : { end: last };
}

/** The sector the name's words give, and the word that gave it. */
function sectorOf(words: Words, name: BodyName): { readonly sector?: string; readonly word: string } {
  const body = loadBodyWords();
  for (let j = name.head; j >= name.first; j--) {
    const sector = body.words.get(words.keys[j] ?? '');
    if (sector) return { sector, word: words.texts[j] ?? '' };
  }
  const head = words.texts[name.head] ?? '';
  const sector = body.heads.get(words.keys[name.head] ?? '');
  return sector && sector !== '-' ? { sector, word: head } : { word: head };
}

/** The country a nationality word or a place in the name gives ("American Soybean Association", "… of Australia"). */
function countryOf(kb: ActorKb, words: Words, name: BodyName, mentions: readonly ActorMention[]): { readonly code: string; readonly word: string } | undefined {
  for (let j = name.first; j < name.last; j++) {
    const code = kb.adjective(words.keys[j] ?? '');
    if (code) return { code, word: words.texts[j] ?? '' };
  }
  const place = mentions.find((m) => m.tokens[0] >= name.first && m.tokens[1] <= name.last && m.code && m.kind && PLACE_KINDS.has(m.kind));
  return place?.code ? { code: place.code, word: place.name } : undefined;
}

/** Whether an earlier reader's mention over the name's words may give way to it: a place it holds or a bare sector noun ("Farmers"). */
const givesWay = (m: ActorMention): boolean => !m.kind || PLACE_KINDS.has(m.kind);

/** Whether a mention the earlier readers made lies in the name and may not give way to it (a known body, a person). */
function known(mentions: readonly ActorMention[], name: BodyName): boolean {
  return mentions.some((m) => m.tokens[0] < name.last && name.first < m.tokens[1] && !(givesWay(m) && m.tokens[0] >= name.first && m.tokens[1] <= name.last));
}

interface Body { readonly mention: ActorMention; readonly acronym?: string; readonly head: string }

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

/** A later mention of `body` over tokens [first, last): its acronym or "the <head>". */
function laterMention(body: Body, first: number, last: number, spans: readonly { start: number; end: number }[], text: string, pack: LanguagePack): ActorMention {
  const reasons = [reason('actors/named-body-again', { text, name: body.mention.name })];
  const { start: _s, end: _e, tokens: _t, reasons: _r, why: _w, ...actor } = body.mention;
  return { ...actor, start: spans[first]?.start ?? 0, end: spans[last - 1]?.end ?? 0, tokens: [first, last], reasons, why: renderReasons(pack, reasons) };
}

/**
 * Add mentions of the bodies named by an organisation word that no earlier reader resolved, their acronyms and
 * "the <head word>" after them; a place inside such a name gives the body its country and is no mention of its own.
 * @example namedBodies(kb, words, spans, mentions, pack) // "The National Wildlife Federation rejected …": a body, no sector
 */
export function namedBodies(kb: ActorKb, words: Words, spans: readonly { start: number; end: number }[], mentions: readonly ActorMention[], pack: LanguagePack): ActorMention[] {
  const { texts, keys } = words;
  const bodies: Body[] = [];
  const added: ActorMention[] = [];
  const covered = new Set<number>();
  for (let i = 0; i < texts.length; i++) {
    if (!isCapitalised(texts[i] ?? '') || NOT_NAME.has(keys[i] ?? '')) continue;
    const { name, end } = nameAt(words, i);
    if (name && !known(mentions, name)) {
      const mention = bodyMention(kb, words, name, mentions, spans, pack);
      const definition = acronymDefinitionAt(words, name.last + 1);
      const acronym = definition && definition.long.first >= name.first ? keys[name.last + 1] : undefined;
      bodies.push({ mention, head: keys[name.head] ?? '', ...(acronym ? { acronym } : {}) });
      added.push(mention);
      for (let j = name.first; j < (acronym ? name.last + 2 : name.last); j++) covered.add(j);
      i = acronym ? name.last + 2 : end - 1;
      continue;
    }
    i = Math.max(i, end - 1);
  }
  if (!bodies.length) return [...mentions];
  for (let i = 0; i < texts.length; i++) {
    if (covered.has(i) || mentions.some((m) => m.tokens[0] <= i && i < m.tokens[1] && !givesWay(m))) continue;
    const before = bodies.filter((b) => b.mention.tokens[1] <= i);
    const byAcronym = before.find((b) => b.acronym === keys[i] && texts[i] !== texts[i]?.toLowerCase());
    if (byAcronym) added.push(laterMention(byAcronym, i, i + 1, spans, texts[i] ?? '', pack));
    const byHead = keys[i - 1] === 'the' && !isCapitalised(texts[i] ?? '') ? before.filter((b) => b.head === keys[i]).at(-1) : undefined;
    if (byHead) added.push(laterMention(byHead, i - 1, i + 1, spans, `the ${texts[i] ?? ''}`, pack));
  }
  const inBody = (m: ActorMention) => givesWay(m) && added.some((b) => b.tokens[0] <= m.tokens[0] && m.tokens[1] <= b.tokens[1]);
  return [...mentions.filter((m) => !inBody(m)), ...added].sort((a, b) => a.start - b.start);
}
