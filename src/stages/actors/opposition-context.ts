/**
 * The opposition rows of office-holders.tsv (offices `opposition-…`: "Michael Howard", "David Davis", "Simon Hughes")
 * name common names, matched in full with no title. What the story says about the person wins over the row: a
 * dateline in another country ("WASHINGTON, May 3, 2004 - David Davis …") or a description in apposition that fits no
 * opposition figure ("Simon Hughes, the chef,") makes the mention another person of that name, whom the knowledge base
 * does not know (session 47 review of ev-speaker, #12). The fitting words are data/opposition-words.txt.
 */
import { assetPath, readDataLines } from '../../core/assets.js';
import type { ActorKb } from './kb.js';
import type { Words } from './phrase.js';
import { placeCodes } from './story-country.js';
import type { ActorMention } from './types.js';

let fitting: ReadonlySet<string> | undefined;
const fittingWords = (): ReadonlySet<string> => (fitting ??= new Set(readDataLines(assetPath('src', 'stages', 'actors', 'data', 'opposition-words.txt'))));

/** The articles that open a description in apposition ("David Davis, a Republican aide,"). */
const DESCRIPTION_OPENERS = new Set(['a', 'an', 'the']);
/** How many words a description in apposition may run before its closing comma. */
const MAX_DESCRIPTION = 8;

/** Whether a mention is a person matched by an opposition row (its role is the office "Opposition …"). */
const isOppositionRow = (m: ActorMention): boolean => m.kind === 'person' && m.sector === 'OPP' && (m.role?.startsWith('Opposition ') ?? false);

/**
 * The mentions without the opposition rows the story contradicts. `datelinePlace` is the token range of the dateline's
 * place ("WASHINGTON"), if any.
 */
export function withoutContradictedOpposition(kb: ActorKb, words: Words, mentions: ActorMention[], datelinePlace?: readonly [number, number]): ActorMention[] {
  if (!mentions.some(isOppositionRow)) return mentions;
  const abroad = datelinePlace ? datelineCodes(kb, words, datelinePlace) : [];
  return mentions.filter((m) => {
    if (!isOppositionRow(m)) return true;
    // A fitting title or apposition wins over the dateline, which only says where the person spoke ("WASHINGTON … -
    // Michael Howard, the Conservative leader, said"): the dateline decides only when nothing fits (review final1, 3).
    const described = description(words, m.tokens[1]);
    if (described === 'other') return false;
    if (described === 'fits' || titled(words, m.tokens[0])) return true;
    return !(abroad.length > 0 && !abroad.includes(m.code ?? ''));
  });
}

/** How many words before a name a title may run ("Tory leader", "the shadow home secretary"). */
const MAX_TITLE = 4;

/** Whether a word fitting an opposition figure stands in the title just before the name starting at `start`. */
function titled(words: Words, start: number): boolean {
  const fits = fittingWords();
  for (let k = start - 1; k >= 0 && k >= start - MAX_TITLE && words.sents[k] === words.sents[start]; k--) {
    if (!/^[\p{L}-]+$/u.test(words.texts[k])) return false;
    if (fits.has(words.texts[k].toLowerCase())) return true;
  }
  return false;
}

/** The codes of the country or capital the dateline's place names ("WASHINGTON": USA). */
function datelineCodes(kb: ActorKb, words: Words, [first, last]: readonly [number, number]): string[] {
  for (let k = first; k < last; k++) {
    const codes = placeCodes(kb, words, k);
    if (codes.length) return codes;
  }
  return [];
}

/**
 * The description in apposition of the name ending before token `end`: 'fits' when a word of it fits an opposition
 * figure, 'other' when none does, undefined when there is none (or it runs past MAX_DESCRIPTION words).
 */
function description(words: Words, end: number): 'fits' | 'other' | undefined {
  if (words.texts[end] !== ',' || !DESCRIPTION_OPENERS.has(words.texts[end + 1]?.toLowerCase() ?? '')) return undefined;
  const fits = fittingWords();
  for (let k = end + 2; k < Math.min(words.texts.length, end + 2 + MAX_DESCRIPTION); k++) {
    if (words.sents[k] !== words.sents[end] || words.texts[k] === ',') return 'other';
    if (fits.has(words.texts[k].toLowerCase())) return 'fits';
  }
  return undefined;
}
