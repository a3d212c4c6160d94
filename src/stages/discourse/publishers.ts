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
  return parseSites(text, path, 'office').map(([site, code, office]) => ({ site, code, office }));
}

/**
 * The sites tables' one row reader (publishers here, outlets in `outlet.ts`): `site<TAB>country<TAB>third`, the site
 * lower-cased, `#` starting a comment line; a row without all three stops loading with E170 naming its line.
 */
export function parseSites(text: string, path: string, third: string): [site: string, code: string, third: string][] {
  const out: [string, string, string][] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [site = '', code = '', rest = ''] = line.split('\t').map((f) => f.trim());
    if (!site || !/^[A-Z]{3}$/.test(code) || !rest) throw new DyadError('E170', { path, line: i + 1, problem: `expected site, ISO alpha-3 country and ${third}, tab-separated` });
    out.push([site.toLowerCase(), code, rest]);
  });
  return out;
}

/** The publisher whose site the document's source or URL names, if any. */
export function publisherOf(meta: DocMeta, publishers: readonly Publisher[]): Publisher | undefined {
  return siteOf(meta, publishers);
}

/** The first row whose site (lower case) the document's source or URL contains: publishers and outlets alike. */
export function siteOf<T extends { readonly site: string }>(meta: Pick<DocMeta, 'source' | 'url'>, rows: readonly T[]): T | undefined {
  const where = `${meta.source ?? ''} ${meta.url ?? ''}`.toLowerCase();
  if (!where.trim()) return undefined;
  // A loop, not a closure made per call, which loses its optimised code at each full collection (#13).
  for (const r of rows) if (where.includes(r.site)) return r;
  return undefined;
}
