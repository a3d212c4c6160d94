/**
 * Which official site an article comes from (`data/publishers.tsv`): its principal is who a bare
 * "the President" means there.
 */
import { assetPath, readDataText } from '../../core/assets.js';
import type { DocMeta } from '../../core/document.js';
import { DyadError } from '../../core/errors.js';
import type { Publisher } from './types.js';

let loaded: readonly Publisher[] | undefined;

/** The publishers list shipped with dyad, read once. */
export function loadPublishers(path?: string): readonly Publisher[] {
  // Asked for on every document or token: the path is made once, with the list (#13).
  if (loaded) return loaded;
  path ??= assetPath('src', 'stages', 'discourse', 'data', 'publishers.tsv');
  const text = readDataText(path);
  loaded = parsePublishers(text, path);
  return loaded;
}

/** Rows `site<TAB>country<TAB>office`; `#` starts a comment line. */
export function parsePublishers(text: string, path: string): Publisher[] {
  const out: Publisher[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [site = '', code = '', office = ''] = line.split('\t').map((f) => f.trim());
    if (!site || !/^[A-Z]{3}$/.test(code) || !office) throw new DyadError('E170', { path, line: i + 1, problem: 'expected site, ISO alpha-3 country and office, tab-separated' });
    out.push({ site: site.toLowerCase(), code, office });
  });
  return out;
}

/** The publisher whose site the document's source or URL names, if any. */
export function publisherOf(meta: DocMeta, publishers: readonly Publisher[]): Publisher | undefined {
  const where = `${meta.source ?? ''} ${meta.url ?? ''}`.toLowerCase();
  if (!where.trim()) return undefined;
  // A loop, not a closure made per call, which loses its optimised code at each full collection (#13).
  for (const p of publishers) if (where.includes(p.site)) return p;
  return undefined;
}
