/**
 * Stories across revisions: Reuters rewrites a lead and keeps the body ("almost 150 people were killed when Afghan
 * aircraft raided" / "Afghan warplanes killed almost 150 people"), revises words in it ("their economies remain" /
 * "will remain"), or drops an item from a digest, so copies can share less than the STORY_LEAD characters storyKey
 * hashes (cross-fit-folds.ts). Two texts are one story when they share the story key or at least
 * REVISION_OVERLAP of the smaller one's word shingles (SHINGLE words in a row) among the first OPENING_WORDS words
 * (storyText: no dateline, no headline, no punctuation); the relation is closed transitively. Session 40 (ev-learn2)
 * on the training and held-out gold: every pair at 0.5 or more read by eye was a copy, a revised copy or a rewrite of
 * one story's lead over a shared body, apart from two readouts written from one template; below it, revised copies
 * and separate stories on one event mix.
 */
import { storyKey, storyText } from './cross-fit-folds.js';

/** The opening a revision keeps: about the first two paragraphs of a wire story. */
export const OPENING_WORDS = 100;
/** Words per shingle: three, so that a shared phrase, not a shared word, counts. */
export const SHINGLE = 3;
/** The share of the smaller opening's shingles that the other must hold. */
export const REVISION_OVERLAP = 0.5;

/** The shingles of a text's opening. */
export function openingShingles(text: string): Set<string> {
  const words = storyText(text).split(' ').slice(0, OPENING_WORDS);
  const shingles = new Set<string>();
  for (let i = 0; i + SHINGLE <= words.length; i++) shingles.add(words.slice(i, i + SHINGLE).join(' '));
  return shingles;
}

/** The share of the smaller set's shingles that both hold (0 when either is empty). */
export function overlapOf(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (!small.size) return 0;
  let shared = 0;
  for (const s of small) if (large.has(s)) shared += 1;
  return shared / small.size;
}

/** Each pair of texts (by index, i < j) with different story keys whose openings overlap by at least `min`, with the overlap. */
export function revisionPairs(texts: readonly string[], min: number = REVISION_OVERLAP): { i: number; j: number; overlap: number }[] {
  return pairsOf(texts.map(storyKey), texts.map(openingShingles), min);
}

function pairsOf(keys: readonly string[], shingles: readonly Set<string>[], min: number): { i: number; j: number; overlap: number }[] {
  // Only texts that share a shingle can overlap: an index from shingle to texts keeps this near linear.
  const holders = new Map<string, number[]>();
  shingles.forEach((set, i) => {
    for (const s of set) {
      const at = holders.get(s);
      if (at) at.push(i); else holders.set(s, [i]);
    }
  });
  const pairs: { i: number; j: number; overlap: number }[] = [];
  shingles.forEach((set, i) => {
    const candidates = new Set<number>();
    for (const s of set) for (const j of holders.get(s)!) if (j > i && keys[j] !== keys[i]) candidates.add(j);
    for (const j of [...candidates].sort((a, b) => a - b)) {
      const overlap = overlapOf(set, shingles[j]);
      if (overlap >= min) pairs.push({ i, j, overlap });
    }
  });
  return pairs;
}

/**
 * The story of each text, revisions joined: the smallest story key among the texts it is joined to, directly or
 * through others, so that the result does not depend on the texts' order. The trainers' gatherers and the cross-fit
 * group the same texts (the training gold and news-dev's tune half), so that both put an article in one fold.
 */
export function storyGroups(texts: readonly string[]): string[] {
  const parent = texts.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
  const keys = texts.map(storyKey);
  const firstWithKey = new Map<string, number>();
  keys.forEach((k, i) => {
    const at = firstWithKey.get(k);
    if (at === undefined) firstWithKey.set(k, i); else parent[root(i)] = root(at);
  });
  for (const { i, j } of pairsOf(keys, texts.map(openingShingles), REVISION_OVERLAP)) parent[root(j)] = root(i);
  const smallest = new Map<number, string>();
  keys.forEach((k, i) => {
    const r = root(i);
    const s = smallest.get(r);
    if (s === undefined || k < s) smallest.set(r, k);
  });
  return texts.map((_, i) => smallest.get(root(i))!);
}
