/**
 * The home country of a news outlet (`data/outlet-homes.tsv`), for its home stories that name no country at all: a
 * BBC politics story tells of "MPs" and "the government" and never says "Britain" (#12, pronoun and sector-noun
 * subjects whose antecedent had no country). Naming no country is no sign of a home story (a short world story names
 * only "the army", "the president": review b, session 48), so the story must also use a word only the home country's
 * politics has ("MPs", "Westminster"). Read with the publishers' row reader and matcher (`publishers.ts`).
 */
import { assetPath, readDataText } from '../../core/assets.js';
import type { DocMeta } from '../../core/document.js';
import { parseSites, siteOf } from './publishers.js';

interface OutletHome { readonly site: string; readonly code: string; readonly words: RegExp }

let loaded: readonly OutletHome[] | undefined;

/** Rows `site<TAB>country<TAB>home-only words, |-separated`; a bad row stops loading with E170 naming its line. */
export function parseOutletHomes(text: string, path: string): OutletHome[] {
  return parseSites(text, path, 'home-only words').map(([site, code, words]) => ({ site, code, words: wordsPattern(words) }));
}

/** `MPs|Downing Street` as whole words, case kept ("Commons" is the house, "commons" is land). */
function wordsPattern(words: string): RegExp {
  const alts = words.split('|').map((w) => w.trim().replace(/[.*+?^${}()[\]\\]/g, '\\$&').replace(/ +/g, '\\s+')).filter(Boolean);
  return new RegExp(`\\b(?:${alts.join('|')})\\b`);
}

/** The outlets list shipped with dyad, read once. */
function loadOutletHomes(): readonly OutletHome[] {
  if (loaded) return loaded;
  const path = assetPath('src', 'stages', 'discourse', 'data', 'outlet-homes.tsv');
  loaded = parseOutletHomes(readDataText(path), path);
  return loaded;
}

/** The home country of the outlet the document's source or URL names, if listed and the text uses one of its home-only words. */
export function outletHome(meta: Pick<DocMeta, 'source' | 'url'>, text: string, homes: readonly OutletHome[] = loadOutletHomes()): string | undefined {
  const row = siteOf(meta, homes);
  return row && row.words.test(text) ? row.code : undefined;
}
