import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assetPath } from '../../core/assets.js';
import { loadThemeLexicon, readRows, type Row } from './lexicon.js';
import { expandPhrase, type Phrase, type PhraseIndex } from './phrases.js';

/** A table's rows as the lexicon reads them. */
const rowsOf = (...parts: string[]): Row[] => readRows(readFileSync(assetPath(...parts), 'utf8'));

/** The index as it was built before it was made compact (session 58): lists grown by `push`, words cut from the text. */
function indexedTheOldWay(rows: readonly Row[]): Map<string, Phrase[]> {
  const byFirst = new Map<string, Phrase[]>();
  for (const row of rows) {
    for (const form of expandPhrase(row.phrase)) {
      const words = form.split(' ');
      byFirst.set(words[0], [...(byFirst.get(words[0]) ?? []), { words, label: row.label, isExclusion: row.isExclusion }]);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
}

const asEntries = (index: PhraseIndex) => [...index.byFirst].map(([first, list]) => [first, list.map((p) => ({ ...p }))]);

describe('the shipped theme lexicon', () => {
  // The file's header line is no row: it starts with `#`, as comment lines do.
  const lexicon = loadThemeLexicon();

  it('indexes every context phrase (Phoenix and hand-kept) as the index built the old way did, in the same order', () => {
    const rows = [...rowsOf('models', 'themes', 'phoenix-lexicon.tsv'), ...rowsOf('src', 'stages', 'themes', 'data', 'contexts.tsv')];
    expect(lexicon.contexts.byFirst.size).toBeGreaterThan(2000);
    expect(asEntries(lexicon.contexts)).toEqual([...indexedTheOldWay(rows)]);
  });

  it('indexes every topic phrase as the index built the old way did, in the same order', () => {
    expect(asEntries(lexicon.topics)).toEqual([...indexedTheOldWay(rowsOf('src', 'stages', 'themes', 'data', 'topics.tsv'))]);
  });
});
