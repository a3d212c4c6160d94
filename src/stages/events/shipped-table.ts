/**
 * The loader of one hand-kept table of `src/stages/events/data/`, named by its file: the table is read and parsed on
 * the first call and that same object returned after. The rules ask for their table per verb, event or participant
 * (often as a parameter's default), so the loader does nothing else once loaded: before, each call made the file's
 * path (`assetPath`'s rest array, joined key and map lookup) only to find the table already there (#13).
 */
import { assetPath, readDataText } from '../../core/assets.js';

/**
 * A loader of data file `file`, parsed with `parse` (given the text and the path, for its errors) on first use. A file
 * that cannot be read is E040; whatever `parse` throws is thrown, and the next call tries again.
 * @example const loadWars = shippedTable('wars.tsv', parseWars); loadWars()
 */
export function shippedTable<T>(file: string, parse: (text: string, path: string) => T): () => T {
  let table: T | undefined;
  return () => {
    if (table !== undefined) return table;
    const path = assetPath('src', 'stages', 'events', 'data', file);
    return (table = parse(readDataText(path), path));
  };
}
