/**
 * Which country a UK body's name stands for, once national-body-guard.ts has found that it stands as a body (#12).
 * The body takes the country its own words give it: another country's possessive or nationality before it
 * ("Norway's ruling Labour Party" NOR), or the person commas set beside its title ("Shimon Peres, leader of the Labour
 * Party," ISR; "the Labour leader, Shimon Peres,"). Else it is British only in a British story. Not done: leaving it
 * uncoded where its sentence holds another country's person ("Bob Hawke said Labour would win" in a story that names
 * Britain elsewhere) cost a BBC item (session 40).
 * A story is British when it names Britain, London or a British actor the knowledge base knows, or when a clue only
 * Britain has stands in a sentence that names no other country: a body only Britain has ("Plaid Cymru", "the Tories",
 * `data/national-body-words.tsv`) or a person with a British title word ("Shadow chancellor Oliver Letwin",
 * `data/national-titles.tsv`). BBC stories often name Britain nowhere.
 */
import type { ActorKb } from './kb.js';
import { bodyWordReading } from './national-body-words.js';
import { titleWordOf } from './national-title.js';
import { matchAgent, type Words } from './phrase.js';
import { isOtherCountry, namesBritain, placeCodes } from './story-country.js';
import type { ActorMention } from './types.js';

/** A UK body's name: its tokens [first, last) and its written forms in national-bodies.tsv. */
export interface BodyName { readonly first: number; readonly last: number; readonly forms: readonly string[] }

/** The document as the guard reads it. */
export interface BodyContext {
  readonly kb: ActorKb;
  readonly words: Words;
  readonly mentions: readonly ActorMention[];
  /** The UK body's name each mention was read from, if any: such a mention's code came from the name, not the text. */
  readonly names: readonly (BodyName | undefined)[];
}

/** The most lower-case words between a person's comma and the body's name ("leader of the"). */
const MAX_GAP = 4;

const PLACE_KINDS: ReadonlySet<string> = new Set(['country', 'capital', 'place']);

const isLowerWord = (text: string | undefined): boolean => /^\p{Ll}+$/u.test(text ?? '');
/** The code the text gave mention `i`, not a UK body's name. */
const textCode = (ctx: BodyContext, i: number): string | undefined => (ctx.names[i] ? undefined : ctx.mentions[i]?.code);

/** Another country's possessive or nationality before the name, past at most two lower-case words ("Norway's ruling"). */
function countryBefore(ctx: BodyContext, name: BodyName): string | undefined {
  const { kb, words, mentions } = ctx;
  const sent = words.sents[name.first];
  let k = name.first - 1;
  for (let skipped = 0; skipped < 2 && isLowerWord(words.texts[k]) && words.sents[k] === sent; skipped++) k--;
  if (words.sents[k] !== sent) return undefined;
  if (words.keys[k] === "'s") return mentions.find((o) => o.tokens[1] === k && o.code)?.code;
  return kb.adjective(words.keys[k] ?? '');
}

/** Whether tokens [from, to) are at most MAX_GAP lower-case words of sentence `sent`. */
function isLowerGap(words: Words, from: number, to: number, sent: number | undefined): boolean {
  if (to - from > MAX_GAP || to < from) return false;
  for (let k = from; k < to; k++) if (!isLowerWord(words.texts[k]) || words.sents[k] !== sent) return false;
  return true;
}

/** Whether a lower-case word of tokens [from, to) of sentence `sent` is a title ("leader", "secretary"). */
function hasTitle(ctx: BodyContext, from: number, to: number, sent: number | undefined): boolean {
  for (let k = Math.max(0, from); k < to; k++) {
    if (ctx.words.sents[k] === sent && isLowerWord(ctx.words.texts[k]) && matchAgent(ctx.kb, ctx.words, k)) return true;
  }
  return false;
}

/**
 * The code of the person commas set beside the name as its holder: "Shimon Peres, leader of the Labour Party", "the
 * Labour leader, Shimon Peres". A title must say so: a comma alone sets many things apart ("under the Labour Party,
 * Ronald Reagan said"; "Mikhail Gorbachev, who praised the Labour Party's policy"; "Mr Howard, the Tory leader,").
 */
function personBeside(ctx: BodyContext, name: BodyName): string | undefined {
  const { words, mentions } = ctx;
  const sent = words.sents[name.first];
  const isCodedPerson = (i: number) => mentions[i]?.kind === 'person' && textCode(ctx, i) !== undefined && words.sents[mentions[i]?.tokens[0] ?? -1] === sent;
  const before = mentions.findIndex((p, i) => isCodedPerson(i) && words.texts[p.tokens[1]] === ',' && isLowerGap(words, p.tokens[1] + 1, name.first, sent)
    && hasTitle(ctx, p.tokens[1] + 1, name.first, sent));
  if (before >= 0) return textCode(ctx, before);
  let comma = name.last;
  while (comma < name.last + 2 && isLowerWord(words.texts[comma]) && words.sents[comma] === sent) comma++;
  if (words.texts[comma] !== ',') return undefined;
  // The title stands just before the name ("The leader of the Labour Party, Shimon Peres") or after it ("the Labour leader,").
  if (!hasTitle(ctx, name.first - 3, name.first, sent) && !hasTitle(ctx, name.last, comma, sent)) return undefined;
  const after = mentions.findIndex((p, i) => p.tokens[0] === comma + 1 && isCodedPerson(i));
  return after >= 0 ? textCode(ctx, after) : undefined;
}

/** Whether the sentence of token `k` names another country: an actor, a nationality, a country or a capital ("in Tokyo"). */
function namesOtherCountry(ctx: BodyContext, k: number): boolean {
  const { kb, words } = ctx;
  const sent = words.sents[k];
  // A place mention counts through its name below, not its code: "Guantanamo Bay" is no mention of Somalia's bay.
  if (ctx.mentions.some((o, i) => words.sents[o.tokens[0]] === sent && !PLACE_KINDS.has(o.kind ?? '') && isOtherCountry(textCode(ctx, i)))) return true;
  let first = k;
  while (first > 0 && words.sents[first - 1] === sent) first--;
  for (let j = first; j < words.texts.length && words.sents[j] === sent; j++) {
    if (isOtherCountry(kb.adjective(words.keys[j] ?? ''))) return true;
    if (placeCodes(kb, words, j).some(isOtherCountry)) return true;
  }
  return false;
}

/** Whether mention `i` is a clue only Britain has, standing where its sentence names no other country. */
function vouchesForBritain(ctx: BodyContext, i: number, standsAsBody: (name: BodyName) => boolean): boolean {
  const m = ctx.mentions[i];
  const name = ctx.names[i];
  if (!m) return false;
  const onlyBritish = name
    ? bodyWordReading(ctx.words.texts.slice(name.first, name.last).join(' ')) === 'british' && standsAsBody(name)
    // A title vouches only for a person of no other code: "Lord Carrington" at NATO (IGO) is no British story's clue.
    : m.kind === 'person' && (!m.code || m.code === 'GBR') && titleWordOf(ctx.kb, ctx.words, ctx.mentions, m)?.code === 'GBR';
  return onlyBritish && !namesOtherCountry(ctx, m.tokens[0]);
}

/**
 * Whether the story is set in Britain (see the head of this file); `standsAsBody` says where a body's name is the body.
 * @example isBritishStory(ctx, stands) // "Plaid Cymru said Labour would raise taxes." → true
 */
export function isBritishStory(ctx: BodyContext, standsAsBody: (name: BodyName) => boolean): boolean {
  if (ctx.mentions.some((m, i) => textCode(ctx, i) === 'GBR' && !m.actorId.startsWith('local:'))) return true;
  return namesBritain(ctx.kb, ctx.words) || ctx.mentions.some((_, i) => vouchesForBritain(ctx, i, standsAsBody));
}

/**
 * The country a standing body's name is of: its own words' country, else Britain in a British story, else none.
 * @example countryOfBody(ctx, name, true) // "Shimon Peres, leader of the Labour Party, met Howe" → ISR
 */
export function countryOfBody(ctx: BodyContext, name: BodyName, british: boolean): string | undefined {
  return countryBefore(ctx, name) ?? personBeside(ctx, name) ?? (british ? 'GBR' : undefined);
}
