/**
 * The guard that keeps studied gold and held-out gold apart: an article the held-out set annotates must not
 * also be in the training set, or studying it would leak the held-out measure. Nor may its text: Reuters-21578
 * repeats some stories word for word under other ids, and four such copies had entered the training gold (session 38).
 * Nor its story (E1260, session 39): the same lead re-dated, revised or cut is a copy too.
 * Only the held-out set's file names and input texts are read, never its gold items. Kept apart from `train-gold.ts` so that `outside-gold.ts --train`
 * can use it without an import cycle.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DyadError } from '../../src/core/errors.js';
import { storyKey } from '../../scripts/events/cross-fit-folds.js';

/**
 * Throws E320 for the first training article whose id the held-out set (under `heldOutRoot`) also holds, E321
 * for one whose text a held-out input also has, and E1260 for one whose story (cross-fit-folds.ts: the lead without
 * its dateline and punctuation) a held-out input also has: a copy cut short, revised, or re-dated is still a copy.
 */
export function refuseHeldOut<T extends { readonly folder: string; readonly docId: string; readonly input?: { readonly text: string } }>(articles: readonly T[], heldOutRoot: string): readonly T[] {
  const heldOut = heldOutIds(heldOutRoot);
  const texts = heldOutTexts(heldOut, textKey);
  const stories = heldOutTexts(heldOut, storyKey);
  for (const a of articles) {
    const file = join(a.folder, `${a.docId}.gold.json`);
    const other = heldOut.get(a.docId);
    if (other) throw new DyadError('E320', { file, docId: a.docId, heldOut: relative(heldOutRoot, other) });
    const same = a.input && texts.get(textKey(a.input.text));
    if (same) throw new DyadError('E321', { file, heldOut: relative(heldOutRoot, same) });
    const story = a.input && stories.get(storyKey(a.input.text));
    if (story) throw new DyadError('E1260', { file, heldOut: relative(heldOutRoot, story) });
  }
  return articles;
}

const textKey = (text: string): string => createHash('sha256').update(text).digest('hex');

/** `key` of the text → gold file, from each held-out gold file's `<id>.input.json` beside it (a missing input is skipped). */
function heldOutTexts(heldOut: ReadonlyMap<string, string>, key: (text: string) => string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const gold of heldOut.values()) {
    const input = gold.replace(/\.gold\.json$/, '.input.json');
    if (existsSync(input)) texts.set(key((JSON.parse(readFileSync(input, 'utf8')) as { text: string }).text), gold);
  }
  return texts;
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
