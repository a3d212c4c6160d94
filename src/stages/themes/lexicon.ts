import { assetPath, loadAsset, type AssetKind } from '../../core/assets.js';
import { DyadError } from '../../core/errors.js';
import { indexPhrases, type PhraseIndex } from './phrases.js';
import { PLOVER_CONTEXTS } from './types.js';

/** The context and topic phrase indexes the themes stage matches. */
export interface ThemeLexicon {
  readonly contexts: PhraseIndex;
  readonly topics: PhraseIndex;
}

/** One row of a phrase table: the phrase, its label, and whether it excludes the label (`~phrase`). */
export type Row = { phrase: string; label: string; isExclusion: boolean };

/** The hand-kept phrase tables (`data/contexts.tsv`, `data/topics.tsv`), source files without a header. */
const THEMES_TABLE: AssetKind<Row[]> = { kind: 'themes-table', version: null, decode: (payload) => readRows(payload.toString('utf8')) };

/** The asset kind of the compiled Phoenix lexicon (TSV); it joins the hand-kept tables when loaded. */
export const THEMES_LEXICON: AssetKind<ThemeLexicon> = {
  kind: 'themes-lexicon',
  version: 1,
  decode: (payload) => {
    const data = (name: string) => loadAsset(THEMES_TABLE, assetPath('src', 'stages', 'themes', 'data', name));
    const contextRows = [...readRows(payload.toString('utf8')), ...data('contexts.tsv')];
    const known = new Set<string>(PLOVER_CONTEXTS);
    const unknown = contextRows.find((row) => !row.isExclusion && !known.has(row.label));
    if (unknown) throw new DyadError('E160', { phrase: unknown.phrase, context: unknown.label });
    return { contexts: indexPhrases(contextRows), topics: indexPhrases(data('topics.tsv')) };
  },
};

/**
 * The shipped lexicon: Phoenix issue phrases mapped to PLOVER contexts
 * (`models/themes/phoenix-lexicon.tsv`) plus the hand-kept `data/contexts.tsv` and `data/topics.tsv`.
 */
export function loadThemeLexicon(): ThemeLexicon {
  return loadAsset(THEMES_LEXICON, assetPath('models', 'themes', 'phoenix-lexicon.tsv'));
}

/** Rows of a lexicon file: `phrase<TAB>label`; `~phrase<TAB>label` lines are exclusions for that label; `#` lines (the asset header among them) and blank ones skipped. */
export function readRows(text: string): Row[] {
  return text
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [phrase, label = '-'] = line.split('\t');
      return phrase.startsWith('~') ? { phrase: phrase.slice(1), label, isExclusion: true } : { phrase, label, isExclusion: false };
    });
}
