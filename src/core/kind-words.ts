/**
 * Data files of rows `kind<TAB>word` for one rule's own word lists (`failure-nouns.tsv`, `praised-predicates.tsv`):
 * each kind's words as a set, a malformed or repeated row refused as E170 naming its line.
 */
import { DyadError } from './errors.js';

/**
 * The words of each of `kinds` in `text`; `#` starts a comment line. `check` may refuse a row by the words read
 * above it (a problem text, or undefined to accept).
 */
export function parseKindWords<K extends string>(text: string, path: string, kinds: readonly K[],
  check: (kind: K, word: string, above: Readonly<Record<K, ReadonlySet<string>>>) => string | undefined = () => undefined): Readonly<Record<K, ReadonlySet<string>>> {
  const sets = Object.fromEntries(kinds.map((k) => [k, new Set<string>()])) as Record<K, Set<string>>;
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [kind = '', word = ''] = line.split('\t').map((f) => f.trim());
    const fail = (problem: string): never => { throw new DyadError('E170', { path, line: i + 1, problem }); };
    if (!(kinds as readonly string[]).includes(kind) || !word) fail(`expected ${kinds.join(', ')} and a word, tab-separated`);
    const set = sets[kind as K];
    if (set.has(word)) fail(`"${word}" is listed twice as ${kind}`);
    const problem = check(kind as K, word, sets);
    if (problem) fail(problem);
    set.add(word);
  });
  return sets;
}
