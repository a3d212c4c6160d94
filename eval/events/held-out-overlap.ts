/**
 * The guard that keeps studied gold and held-out gold apart: an article the held-out set annotates must not
 * also be in the training set, or studying it would leak the held-out measure. Only the held-out set's
 * file names are read, never its items. Kept apart from `train-gold.ts` so that `outside-gold.ts --train`
 * can use it without an import cycle.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DyadError } from '../../src/core/errors.js';

/** Throws E320 for the first training article whose id the held-out set (under `heldOutRoot`) also holds. */
export function refuseHeldOut<T extends { readonly folder: string; readonly docId: string }>(articles: readonly T[], heldOutRoot: string): readonly T[] {
  const heldOut = heldOutIds(heldOutRoot);
  for (const a of articles) {
    const other = heldOut.get(a.docId);
    if (other) throw new DyadError('E320', { file: join(a.folder, `${a.docId}.gold.json`), docId: a.docId, heldOut: relative(heldOutRoot, other) });
  }
  return articles;
}

/** Article id → gold file, from the names `<id>.gold.json` in each folder of the held-out set. */
export function heldOutIds(root: string): Map<string, string> {
  const ids = new Map<string, string>();
  if (!existsSync(root)) return ids;
  for (const folder of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const file of readdirSync(join(root, folder.name)).filter((f) => f.endsWith('.gold.json'))) {
      ids.set(file.slice(0, -'.gold.json'.length), join(root, folder.name, file));
    }
  }
  return ids;
}
