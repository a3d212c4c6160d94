/**
 * The group and body nouns (`data/same-nouns.tsv`) that, as "the <noun>", refer back to the group or body named
 * before with that head noun: read by `same-noun.ts` (a mention the actors stage left without a country) and by
 * `definite.ts` (a description the actors stage did not read); and the words around such a noun
 * (`data/same-noun-words.tsv`) that keep it definite ("the same troops") or make it generic ("the community at large").
 */
import { assetPath, readDataText } from '../../core/assets.js';
import { DyadError } from '../../core/errors.js';
import { parseKindWords } from '../../core/kind-words.js';
import { parseNounList } from './plural-nouns.js';

let loaded: ReadonlySet<string> | undefined;

/** The nouns of `data/same-nouns.tsv`'s text: one lower-case noun a line, `#` a comment; else E170 naming the line. */
export function parseSameNouns(text: string, path: string): ReadonlySet<string> {
  return parseNounList(text, path, /^[a-z]+$/, 'expected one lower-case noun');
}

/** The nouns shipped with dyad, read once. */
export function loadSameNouns(path?: string): ReadonlySet<string> {
  // Asked for on every document or token: the path is made once, with the list (#13).
  if (loaded) return loaded;
  path ??= assetPath('src', 'stages', 'discourse', 'data', 'same-nouns.tsv');
  loaded = parseSameNouns(readDataText(path), path);
  return loaded;
}

const WORD_KINDS = ['determiner', 'modifier', 'follower', 'opener', 'contrast'] as const;
export type SameNounWords = Readonly<Record<(typeof WORD_KINDS)[number], ReadonlySet<string>>>;

let words: SameNounWords | undefined;

/** The words of `data/same-noun-words.tsv`'s text (kind<TAB>word); a malformed row is E170 naming its line. */
export function parseSameNounWords(text: string, path: string): SameNounWords {
  return parseKindWords(text, path, WORD_KINDS);
}

/** The words shipped with dyad, read once. */
export function loadSameNounWords(path?: string): SameNounWords {
  // Asked for on every document or token: the path is made once, with the list (#13).
  if (words) return words;
  path ??= assetPath('src', 'stages', 'discourse', 'data', 'same-noun-words.tsv');
  words = parseSameNounWords(readDataText(path), path);
  return words;
}

let descriptions: ReadonlyMap<string, ReadonlySet<string>> | undefined;

/** Rows `noun<TAB>kinds` of `data/description-nouns.tsv` (kinds |-separated codes or sectors, or *); E170 naming a bad line. */
export function parseDescriptionNouns(text: string, path: string): ReadonlyMap<string, ReadonlySet<string>> {
  const out = new Map<string, ReadonlySet<string>>();
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [noun, kinds, ...rest] = line.split('\t').map((c) => c.trim());
    // Kinds are country or sector codes (three letters) or organisation codes (EU, NATO, OPEC).
    if (rest.length || !/^[a-z]+$/.test(noun ?? '') || !/^(?:\*|[A-Z]{2,5}(?:\|[A-Z]{2,5})*)$/.test(kinds ?? '')) {
      throw new DyadError('E170', { path, line: i + 1, problem: 'expected a lower-case word and its kinds (codes or sectors, |-separated, or *)' });
    }
    out.set(noun, new Set(kinds.split('|')));
  });
  return out;
}

/** The description nouns shipped with dyad, read once. */
export function loadDescriptionNouns(path?: string): ReadonlyMap<string, ReadonlySet<string>> {
  if (descriptions) return descriptions;
  path ??= assetPath('src', 'stages', 'discourse', 'data', 'description-nouns.tsv');
  descriptions = parseDescriptionNouns(readDataText(path), path);
  return descriptions;
}

let modifiers: ReadonlyMap<string, ReadonlySet<string>> | undefined;

/** The modifiers of `data/description-modifiers.tsv` (same rows as the nouns': word, kinds), read once. */
export function loadDescriptionModifiers(path?: string): ReadonlyMap<string, ReadonlySet<string>> {
  if (modifiers) return modifiers;
  path ??= assetPath('src', 'stages', 'discourse', 'data', 'description-modifiers.tsv');
  modifiers = parseDescriptionNouns(readDataText(path), path);
  return modifiers;
}
