/**
 * The discourse stage's lists of plural nouns (`data/meeting-titles.tsv`, `data/multinational-nouns.tsv`): one
 * lower-case plural noun a line, `#` starting a comment line; any other line is refused with E170 naming it.
 */
import { DyadError } from '../../core/errors.js';

/** The nouns of one list file's text; `path` names the file in errors. */
export function parsePluralNouns(text: string, path: string): ReadonlySet<string> {
  const out = new Set<string>();
  text.split('\n').forEach((line, i) => {
    const word = line.trim();
    if (!word || word.startsWith('#')) return;
    if (!/^[a-z-]+s$/.test(word)) throw new DyadError('E170', { path, line: i + 1, problem: 'expected one lower-case plural noun' });
    out.add(word);
  });
  return out;
}
