import { assetPath, readDataLines } from '../../core/assets.js';
import { isCapitalised, type Part, type Words } from './phrase.js';

let water: ReadonlySet<string> | undefined;
/** Capitalised nouns that make a name into the name of a body of water (data/water-words.txt). */
const waterWords = (): ReadonlySet<string> => (water ??= new Set(readDataLines(assetPath('src', 'stages', 'actors', 'data', 'water-words.txt'))));

function isWaterWord(words: Words, at: number, sent: number | undefined): boolean {
  return words.sents[at] === sent && waterWords().has(words.keys[at] ?? '') && isCapitalised(words.texts[at] ?? '');
}

/**
 * "freedom of navigation in the South China Sea", "the Gulf of Mexico", "the Sea of Japan": a country
 * or town named inside the name of a sea, gulf or strait names the water, which is neither an actor
 * nor a recipient (the places stage still finds the water as a place).
 */
export function namesWater(words: Words, named: Part): boolean {
  const sent = words.sents[named.first];
  // "the Columbia River Treaty": a knowledge-base name that is itself the water's ("Columbia River").
  if (isWaterWord(words, named.last, sent) || (named.last - named.first > 1 && isWaterWord(words, named.last - 1, sent))) return true;
  const of = named.first - 1;
  return words.keys[of] === 'of' && words.sents[of] === sent && isWaterWord(words, of - 1, sent);
}
