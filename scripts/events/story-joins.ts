/**
 * What the story grouping (story-groups.ts) joins, for a look by eye after the gold or the grouping changes:
 *
 *   npx tsx scripts/events/story-joins.ts [--pairs] [--near 0.3]
 *
 * prints the training gold's story groups by key alone and with revisions joined, how many pairs the revision test
 * joins, with `--pairs` each training pair (ids and overlap), and each training/held-out pair whose openings overlap
 * by `--near` or more (ids and overlap only: E1260 refuses a training article with a held-out story key, and a pair
 * near the revision line is the lead's to judge). Reads the gold's input texts, never its items.
 */
import { loadOutsideGold, OUTSIDE_GOLD } from '../../eval/events/outside-gold.js';
import { loadTrainGold } from '../../eval/events/train-gold.js';
import { storyKey } from './cross-fit-folds.js';
import { optionOf } from './fold-search.js';
import { revisionPairs, storyGroups } from './story-groups.js';

const args = process.argv.slice(2);
const near = Number(optionOf(args, '--near') ?? 0.3);
const train = loadTrainGold();
const heldOut = loadOutsideGold(OUTSIDE_GOLD);
const texts = train.map((a) => a.input.text);
console.log(`training gold: ${train.length} articles, ${new Set(texts.map(storyKey)).size} story keys, ${new Set(storyGroups(texts)).size} stories with revisions joined`);
const pairs = revisionPairs(texts);
console.log(`${pairs.length} training pairs with other story keys joined as revisions`);
if (args.includes('--pairs')) for (const p of pairs) console.log(`${p.overlap.toFixed(2)}  ${train[p.i].docId}  ${train[p.j].docId}`);
const both = [...texts, ...heldOut.map((a) => a.input.text)];
const across = revisionPairs(both, near).filter((p) => p.i < train.length && p.j >= train.length);
console.log(`${across.length} training/held-out pairs whose openings overlap by ${near} or more`);
for (const p of across) console.log(`${p.overlap.toFixed(2)}  ${train[p.i].docId}  held-out ${heldOut[p.j - train.length].folder}/${heldOut[p.j - train.length].docId}`);
