/**
 * The branch of Islam of the bodies `data/sects.tsv` lists, by the words that name it: a description with a sect word
 * ("the Shiite militia", "the Sunni group") refers back only to a body of that sect (discourse `definite.ts`).
 */
import { assetPath, readDataText } from '../../core/assets.js';
import { DyadError } from '../../core/errors.js';

/** For each lower-case sect word ("shiite"), the knowledge-base names of the bodies of its sect. */
export type SectBodies = ReadonlyMap<string, ReadonlySet<string>>;

/** Rows `sect<TAB>words<TAB>bodies` (words and bodies |-separated); `#` a comment; a bad row is E170 naming its line. */
export function parseSects(text: string, path: string): SectBodies {
  const out = new Map<string, ReadonlySet<string>>();
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [sect, words, bodies, ...rest] = line.split('\t').map((c) => c.trim());
    if (rest.length || !/^[a-z]+$/.test(sect ?? '') || !/^[a-z'-]+(?:\|[a-z'-]+)*$/.test(words ?? '') || !bodies) {
      throw new DyadError('E170', { path, line: i + 1, problem: 'expected a sect, its lower-case words and its bodies (tab-separated, |-separated lists)' });
    }
    const names = new Set(bodies.split('|').map((b) => b.trim()));
    for (const word of words.split('|')) out.set(word, names);
  });
  return out;
}

let loaded: SectBodies | undefined;

/** The table shipped with dyad, read once. */
export function loadSects(): SectBodies {
  if (loaded) return loaded;
  const path = assetPath('src', 'stages', 'actors', 'data', 'sects.tsv');
  loaded = parseSects(readDataText(path), path);
  return loaded;
}
