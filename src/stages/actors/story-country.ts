/**
 * Whether a story names Britain or another country, for the UK title and body readers (#12): a front-bench office
 * ("shadow foreign affairs minister") is Britain's only where neither its phrase nor a story that names no Britain
 * says another country ("Australian shadow foreign affairs minister Tom Baxter"; "Canberra: the shadow …").
 */
import type { ActorKb } from './kb.js';
import { matchName, type Words } from './phrase.js';
import { TRANSNATIONAL_CODES } from './transnational.js';
import type { ActorMention } from './types.js';

/** Whether a code is another country's (not Britain's, nor an international or transnational one). */
export const isOtherCountry = (code: string | undefined): boolean => !!code && code !== 'GBR' && /^[A-Z]{3}$/.test(code) && !TRANSNATIONAL_CODES.has(code);

/** The codes of the country or capital the knowledge base names at token `k` ("London", "the UK"). */
export function placeCodes(kb: ActorKb, words: Words, k: number): string[] {
  const actors = matchName(kb, words, k)?.indices.map((x) => kb.actor(x)) ?? [];
  return actors.flatMap((a) => (a?.kind === 'country' || a?.kind === 'capital' ? a.roles.map((r) => r.code) : []));
}

/** Whether any word names Britain, its capital or its nationality ("in London", "British", "the UK"), actor or not. */
export function namesBritain(kb: ActorKb, words: Words): boolean {
  for (let k = 0; k < words.texts.length; k++) {
    if (kb.adjective(words.keys[k] ?? '') === 'GBR' || placeCodes(kb, words, k).includes('GBR')) return true;
  }
  return false;
}

/**
 * Whether the office a title word at token `k` opens is another country's: a nationality stands right before the
 * title word ("Australian shadow …"), or the story names another country's capital or actor ("Canberra: …",
 * "criticised John Howard") and neither Britain nor an actor of Britain. A country named as a place is no such clue:
 * British stories tell of "the war in Iraq".
 */
export function officeAbroad(kb: ActorKb, words: Words, mentions: readonly ActorMention[], k: number): boolean {
  if (words.sents[k - 1] === words.sents[k] && isOtherCountry(kb.adjective(words.keys[k - 1] ?? ''))) return true;
  if (mentions.some((m) => m.code === 'GBR') || namesBritain(kb, words)) return false;
  return mentions.some((m) => m.kind !== 'country' && m.kind !== 'place' && isOtherCountry(m.code));
}
