/**
 * The discourse stage's lists of nouns (`data/meeting-titles.tsv`, `data/multinational-nouns.tsv`,
 * `data/same-nouns.tsv`): one lower-case noun a line, `#` starting a comment line; any other line is refused with
 * E170 naming it.
 */
import { DyadError } from '../../core/errors.js';

/** The nouns of one list file's text, each matching `pattern`; `path` names the file in errors, `problem` the fault. */
export function parseNounList(text: string, path: string, pattern: RegExp, problem: string): ReadonlySet<string> {
  const out = new Set<string>();
  text.split('\n').forEach((line, i) => {
    const word = line.trim();
    if (!word || word.startsWith('#')) return;
    if (!pattern.test(word)) throw new DyadError('E170', { path, line: i + 1, problem });
    out.add(word);
  });
  return out;
}

/** The plural nouns of one list file's text; `path` names the file in errors. */
export function parsePluralNouns(text: string, path: string): ReadonlySet<string> {
  return parseNounList(text, path, /^[a-z-]+s$/, 'expected one lower-case plural noun');
}
