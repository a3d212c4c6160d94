import { readFileSync } from 'node:fs';
import { assetPath } from '../../core/assets.js';
import { DyadError, causeText } from '../../core/errors.js';
import { indexPhrases, type PhraseIndex } from './phrases.js';
import { PLOVER_CONTEXTS } from './types.js';

/** The context and topic phrase indexes the themes stage matches. */
export interface ThemeLexicon {
  readonly contexts: PhraseIndex;
  readonly topics: PhraseIndex;
}

let loaded: ThemeLexicon | undefined;

/**
 * The shipped lexicon: Phoenix issue phrases mapped to PLOVER contexts
 * (`models/themes/phoenix-lexicon.tsv`) plus the hand-kept `data/contexts.tsv` and `data/topics.tsv`.
 */
export function loadThemeLexicon(): ThemeLexicon {
  if (loaded) return loaded;
  const contextRows = [...readRows(assetPath('models', 'themes', 'phoenix-lexicon.tsv')), ...readRows(assetPath('src', 'stages', 'themes', 'data', 'contexts.tsv'))];
  const known = new Set<string>(PLOVER_CONTEXTS);
  const unknown = contextRows.find((row) => !row.isExclusion && !known.has(row.label));
  if (unknown) throw new DyadError('E160', { phrase: unknown.phrase, context: unknown.label });
  loaded = { contexts: indexPhrases(contextRows), topics: indexPhrases(readRows(assetPath('src', 'stages', 'themes', 'data', 'topics.tsv'))) };
  return loaded;
}

/** Rows of a lexicon file: `phrase<TAB>label`; `~phrase<TAB>label` lines are exclusions for that label. */
function readRows(path: string): { phrase: string; label: string; isExclusion: boolean }[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new DyadError('E040', { path, cause: causeText(error) }, { cause: error });
  }
  return text
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [phrase, label = '-'] = line.split('\t');
      return phrase.startsWith('~') ? { phrase: phrase.slice(1), label, isExclusion: true } : { phrase, label, isExclusion: false };
    });
}
