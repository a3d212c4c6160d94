/**
 * The group and body nouns (`data/same-nouns.tsv`) that, as "the <noun>", refer back to the group or body named
 * before with that head noun: read by `same-noun.ts` (a mention the actors stage left without a country) and by
 * `definite.ts` (a description the actors stage did not read).
 */
import { assetPath, readDataText } from '../../core/assets.js';
import { DyadError } from '../../core/errors.js';

let loaded: ReadonlySet<string> | undefined;

/** The nouns of `data/same-nouns.tsv`'s text: one lower-case noun a line, `#` a comment; else E170 naming the line. */
export function parseSameNouns(text: string, path: string): ReadonlySet<string> {
  const out = new Set<string>();
  text.split('\n').forEach((line, i) => {
    const word = line.trim();
    if (!word || word.startsWith('#')) return;
    if (!/^[a-z]+$/.test(word)) throw new DyadError('E170', { path, line: i + 1, problem: 'expected one lower-case noun' });
    out.add(word);
  });
  return out;
}

/** The nouns shipped with dyad, read once. */
export function loadSameNouns(path = assetPath('src', 'stages', 'discourse', 'data', 'same-nouns.tsv')): ReadonlySet<string> {
  loaded ??= parseSameNouns(readDataText(path), path);
  return loaded;
}
