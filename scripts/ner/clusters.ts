/**
 * Distributional word classes from unlabelled news: each frequent word is described by the
 * frequent words seen immediately left and right of it, and spherical k-means groups the
 * descriptions at two granularities (64 and 512 classes). Words that share a class ("Kiev",
 * "Donetsk") share weights, which helps names the CoNLL training data never shows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldWord, normalizeToken } from '../../src/stages/entities/features.js';

const VOCAB = 30_000;
const CONTEXT = 250;
const GRANULARITIES = [64, 512];
const ITERATIONS = 6;
const WORD = /[\p{L}\p{N}]+(?:['’.&-][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]/gu;

/** The text of every news file: Reuters-21578 bodies, BBC politics, readouts, CoNLL train tokens. */
function newsTexts(shared: string): string[] {
  const texts: string[] = [];
  const reuters = join(shared, 'news', 'reuters21578');
  for (const file of readdirSync(reuters).filter((f) => f.endsWith('.sgm')).sort()) {
    for (const m of readFileSync(join(reuters, file), 'latin1').matchAll(/<BODY>([\s\S]*?)<\/BODY>/g)) texts.push(m[1].replace(/&#\d+;/g, ' '));
  }
  const bbc = join(shared, 'news', 'bbc_politics', 'politics');
  for (const file of readdirSync(bbc).sort()) texts.push(readFileSync(join(bbc, file), 'latin1'));
  const readouts = join(shared, 'news', 'readouts');
  for (const file of readdirSync(readouts).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(readouts, file), 'utf8').split('\n')) if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
  }
  const conll = readFileSync(join(shared, 'ner', 'conll2003', 'eng.train.iob2.txt'), 'utf8');
  texts.push(conll.split('\n').map((l) => l.split(' ')[0]).join(' '));
  return texts;
}

/** Word → class ids, one per granularity, keyed by folded word. */
export function buildClusters(shared: string): Map<string, number[]> {
  const sentences = newsTexts(shared).map((t) => [...t.matchAll(WORD)].map((m) => foldWord(normalizeToken(m[0]))));
  const counts = new Map<string, number>();
  for (const words of sentences) for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  const ranked = [...counts].filter(([, c]) => c >= 3).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  const vocab = ranked.slice(0, VOCAB);
  const index = new Map(vocab.map((w, i) => [w, i]));
  const dims = 2 * CONTEXT;
  // Sparse context counts: per word, a map from dimension to count.
  const contexts = vocab.map(() => new Map<number, number>());
  for (const words of sentences) {
    for (let i = 0; i < words.length; i++) {
      const row = index.get(words[i]);
      if (row === undefined) continue;
      const left = i > 0 ? index.get(words[i - 1]) : undefined;
      const right = i + 1 < words.length ? index.get(words[i + 1]) : undefined;
      const ctx = contexts[row];
      if (left !== undefined && left < CONTEXT) ctx.set(left, (ctx.get(left) ?? 0) + 1);
      if (right !== undefined && right < CONTEXT) ctx.set(CONTEXT + right, (ctx.get(CONTEXT + right) ?? 0) + 1);
    }
  }
  const vectors = contexts.map((ctx) => {
    const dimsOf = Int32Array.from([...ctx.keys()].sort((a, b) => a - b));
    const values = Float64Array.from(dimsOf, (d) => Math.sqrt(ctx.get(d) ?? 0));
    const norm = Math.hypot(...values) || 1;
    for (let j = 0; j < values.length; j++) values[j] /= norm;
    return { dims: dimsOf, values };
  });
  const classes = vocab.map(() => [] as number[]);
  for (const k of GRANULARITIES) {
    const assignment = kmeans(vectors, dims, k);
    assignment.forEach((c, i) => classes[i].push(c));
  }
  return new Map(vocab.map((w, i) => [w, classes[i]]));
}

/** Spherical k-means, seeded with evenly spaced words of the frequency ranking (deterministic). */
function kmeans(vectors: { dims: Int32Array; values: Float64Array }[], dims: number, k: number): Int32Array {
  const centroids = new Float64Array(k * dims);
  for (let c = 0; c < k; c++) {
    const v = vectors[Math.floor((c * vectors.length) / k)];
    for (let j = 0; j < v.dims.length; j++) centroids[c * dims + v.dims[j]] = v.values[j];
  }
  const assignment = new Int32Array(vectors.length);
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    vectors.forEach((v, i) => {
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < k; c++) {
        const base = c * dims;
        let s = 0;
        for (let j = 0; j < v.dims.length; j++) s += centroids[base + v.dims[j]] * v.values[j];
        if (s > bestScore) {
          bestScore = s;
          best = c;
        }
      }
      assignment[i] = best;
    });
    centroids.fill(0);
    vectors.forEach((v, i) => {
      const base = assignment[i] * dims;
      for (let j = 0; j < v.dims.length; j++) centroids[base + v.dims[j]] += v.values[j];
    });
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += centroids[c * dims + d] ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dims; d++) centroids[c * dims + d] /= norm;
    }
  }
  return assignment;
}
