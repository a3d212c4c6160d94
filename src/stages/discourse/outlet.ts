/**
 * The home country of a news outlet (`data/outlet-homes.tsv`), for its stories that name no country at all: a BBC
 * politics story tells of "MPs" and "the government" and never says "Britain" (#12, pronoun and sector-noun subjects
 * whose antecedent had no country). Only such stories take it: any country, place or dateline the story names wins.
 */
import { assetPath, readDataText } from '../../core/assets.js';
import type { DocMeta } from '../../core/document.js';
import { DyadError } from '../../core/errors.js';

interface OutletHome { readonly site: string; readonly code: string }

let loaded: readonly OutletHome[] | undefined;

/** Rows `site<TAB>country`; `#` starts a comment line; a bad row stops loading with E170 naming its line. */
export function parseOutletHomes(text: string, path: string): OutletHome[] {
  const out: OutletHome[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [site = '', code = ''] = line.split('\t').map((f) => f.trim());
    if (!site || !/^[A-Z]{3}$/.test(code)) throw new DyadError('E170', { path, line: i + 1, problem: 'expected site and ISO alpha-3 country, tab-separated' });
    out.push({ site: site.toLowerCase(), code });
  });
  return out;
}

/** The outlets list shipped with dyad, read once. */
function loadOutletHomes(): readonly OutletHome[] {
  if (loaded) return loaded;
  const path = assetPath('src', 'stages', 'discourse', 'data', 'outlet-homes.tsv');
  loaded = parseOutletHomes(readDataText(path), path);
  return loaded;
}

/** The home country of the outlet the document's source or URL names, if listed. */
export function outletHome(meta: Pick<DocMeta, 'source' | 'url'>, homes: readonly OutletHome[] = loadOutletHomes()): string | undefined {
  const where = `${meta.source ?? ''} ${meta.url ?? ''}`.toLowerCase();
  if (!where.trim()) return undefined;
  for (const h of homes) if (where.includes(h.site)) return h.code;
  return undefined;
}
