import { isCapitalised, type Part, type Words } from './phrase.js';

/** Capitalised nouns that make a name into the name of a body of water. */
const WATER_WORDS = new Set(['sea', 'gulf', 'strait', 'straits', 'bay', 'channel', 'ocean']);

function isWaterWord(words: Words, at: number, sent: number | undefined): boolean {
  return words.sents[at] === sent && WATER_WORDS.has(words.keys[at] ?? '') && isCapitalised(words.texts[at] ?? '');
}

/**
 * "freedom of navigation in the South China Sea", "the Gulf of Mexico", "the Sea of Japan": a country
 * or town named inside the name of a sea, gulf or strait names the water, which is neither an actor
 * nor a recipient (the places stage still finds the water as a place).
 */
export function namesWater(words: Words, named: Part): boolean {
  const sent = words.sents[named.first];
  if (isWaterWord(words, named.last, sent)) return true;
  const of = named.first - 1;
  return words.keys[of] === 'of' && words.sents[of] === sent && isWaterWord(words, of - 1, sent);
}
