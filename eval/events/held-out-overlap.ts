/**
 * The guard that keeps studied gold and held-out gold apart: an article the held-out set annotates must not
 * also be in the training set, or studying it would leak the held-out measure. Nor may its text: Reuters-21578
 * repeats some stories word for word under other ids, and four such copies had entered the training gold (session 38).
 * Nor its story (E1260, session 39): the same lead re-dated, revised or cut is a copy too. Nor a revision of it
 * (E1300, session 40): a lead rewritten over a shared body keeps too few characters for the story key to see.
 * Only the held-out set's file names and input texts are read, never its gold items. Kept apart from `train-gold.ts` so that `outside-gold.ts --train`
 * can use it without an import cycle.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DyadError } from '../../src/core/errors.js';
import { storyKey } from '../../scripts/events/cross-fit-folds.js';
import { openingShingles, overlapOf, REVISION_OVERLAP } from '../../scripts/events/story-groups.js';

/**
 * Throws E320 for the first training article whose id the held-out set (under `heldOutRoot`) also holds, E321
 * for one whose text a held-out input also has, and E1260 for one whose story (cross-fit-folds.ts: the lead without
 * its dateline and punctuation) a held-out input also has: a copy cut short, revised, or re-dated is still a copy.
 * E1300 for one whose opening shares REVISION_OVERLAP of its shingles with a held-out input's (story-groups.ts, the
 * measure the trainers' story groups use): a revised copy.
 */
export function refuseHeldOut<T extends { readonly folder: string; readonly docId: string; readonly input?: { readonly text: string } }>(articles: readonly T[], heldOutRoot: string): readonly T[] {
  const heldOut = heldOutIds(heldOutRoot);
  const texts = heldOutTexts(heldOut, textKey);
  const stories = heldOutTexts(heldOut, storyKey);
  const openings = heldOutOpenings(heldOut);
  for (const a of articles) {
    const file = join(a.folder, `${a.docId}.gold.json`);
    const other = heldOut.get(a.docId);
    if (other) throw new DyadError('E320', { file, docId: a.docId, heldOut: relative(heldOutRoot, other) });
    const same = a.input && texts.get(textKey(a.input.text));
    if (same) throw new DyadError('E321', { file, heldOut: relative(heldOutRoot, same) });
    const story = a.input && stories.get(storyKey(a.input.text));
    if (story) throw new DyadError('E1260', { file, heldOut: relative(heldOutRoot, story) });
    const revised = a.input && revisionOf(openingShingles(a.input.text), openings);
    if (revised) throw new DyadError('E1300', { file, overlap: revised.overlap.toFixed(2), heldOut: relative(heldOutRoot, revised.gold) });
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

/** The held-out inputs' openings (story-groups.ts shingles), each with its gold file, and which openings hold each shingle. */
interface Openings { readonly sets: { readonly shingles: ReadonlySet<string>; readonly gold: string }[]; readonly holders: Map<string, number[]> }

function heldOutOpenings(heldOut: ReadonlyMap<string, string>): Openings {
  const openings: Openings = { sets: [], holders: new Map() };
  for (const gold of heldOut.values()) {
    const input = gold.replace(/\.gold\.json$/, '.input.json');
    if (!existsSync(input)) continue;
    const shingles = openingShingles((JSON.parse(readFileSync(input, 'utf8')) as { text: string }).text);
    for (const s of shingles) openings.holders.set(s, [...(openings.holders.get(s) ?? []), openings.sets.length]);
    openings.sets.push({ shingles, gold });
  }
  return openings;
}

/**
 * The first held-out opening that shares at least REVISION_OVERLAP with `opening`, and by how much: only openings
 * that hold one of its shingles are compared (as in story-groups.ts), so a training set of thousands stays cheap.
 */
function revisionOf(opening: ReadonlySet<string>, openings: Openings): { gold: string; overlap: number } | undefined {
  const candidates = new Set<number>();
  for (const s of opening) for (const k of openings.holders.get(s) ?? []) candidates.add(k);
  for (const k of [...candidates].sort((x, y) => x - y)) {
    const overlap = overlapOf(opening, openings.sets[k].shingles);
    if (overlap >= REVISION_OVERLAP) return { gold: openings.sets[k].gold, overlap };
  }
  return undefined;
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
