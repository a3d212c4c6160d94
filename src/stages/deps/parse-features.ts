/**
 * Features of the transition parser, after Zhang & Nivre (2011): words and tags of the stack top,
 * the word below it and the first three buffer words, the head and outer children of the top,
 * their labels, the distance between top and front, and valencies.
 */
import { feature1, feature2, feature3, feature4, hashText } from '../../ml/feature-hash.js';
import type { ParseState } from './arc-eager.js';

/** Most features one configuration can have; sizes the caller's buffer. */
export const MAX_PARSE_FEATURES = 72;

const NONE_WORD = hashText('<none>');
const ROOT_WORD = hashText('<root>');
const NONE_TAG = 0xfffe;
const ROOT_TAG = 0xfffd;
const NONE_LABEL = 0xfffe;

/** The words and tags of a sentence as integers: lowercase-word hashes and tag ids. */
export interface ParseInput {
  readonly words: Uint32Array;
  readonly tags: Int32Array;
}

// Plain functions rather than closures inside parseFeatures: this is the parser's hot loop.
function wordOf(input: ParseInput, n: number, t: number): number {
  return t < 0 ? NONE_WORD : t === n ? ROOT_WORD : input.words[t];
}

function tagOf(input: ParseInput, n: number, t: number): number {
  return t < 0 ? NONE_TAG : t === n ? ROOT_TAG : input.tags[t];
}

function labelOf(state: ParseState, t: number): number {
  return t < 0 || state.labels[t] < 0 ? NONE_LABEL : state.labels[t];
}

/** Write the features of a configuration into `out`; returns how many. */
export function parseFeatures(state: ParseState, input: ParseInput, out: Uint32Array): number {
  const n = state.n;
  const s0 = state.stackAt(0);
  const s1 = state.stackAt(1);
  const n0 = state.next <= n ? state.next : -1;
  const n1 = n0 >= 0 && n0 + 1 <= n ? n0 + 1 : -1;
  const n2 = n1 >= 0 && n1 + 1 <= n ? n1 + 1 : -1;
  const s0h = s0 >= 0 ? state.heads[s0] : -1;
  const s0l = s0 >= 0 ? state.leftmost[s0] : -1;
  const s0r = s0 >= 0 ? state.rightmost[s0] : -1;
  const n0l = n0 >= 0 ? state.leftmost[n0] : -1;
  const s0w = wordOf(input, n, s0), s0p = tagOf(input, n, s0), n0w = wordOf(input, n, n0), n0p = tagOf(input, n, n0);
  const n1w = wordOf(input, n, n1), n1p = tagOf(input, n, n1), n2p = tagOf(input, n, n2);
  const distance = s0 >= 0 && n0 >= 0 ? Math.min(n0 - s0, 6) : 0;
  const s0vl = s0 >= 0 ? state.leftCount[s0] : 0;
  const s0vr = s0 >= 0 ? state.rightCount[s0] : 0;
  const n0vl = n0 >= 0 ? state.leftCount[n0] : 0;
  let k = 0;
  out[k++] = feature1(0, 0);
  out[k++] = feature1(1, s0w);
  out[k++] = feature1(2, s0p);
  out[k++] = feature2(3, s0w, s0p);
  out[k++] = feature1(4, n0w);
  out[k++] = feature1(5, n0p);
  out[k++] = feature2(6, n0w, n0p);
  out[k++] = feature1(7, n1w);
  out[k++] = feature1(8, n1p);
  out[k++] = feature2(9, n1w, n1p);
  out[k++] = feature1(10, wordOf(input, n, n2));
  out[k++] = feature1(11, n2p);
  out[k++] = feature4(12, s0w, s0p, n0w, n0p);
  out[k++] = feature3(13, s0w, s0p, n0w);
  out[k++] = feature3(14, s0w, n0w, n0p);
  out[k++] = feature3(15, s0w, s0p, n0p);
  out[k++] = feature3(16, s0p, n0w, n0p);
  out[k++] = feature2(17, s0w, n0w);
  out[k++] = feature2(18, s0p, n0p);
  out[k++] = feature2(19, n0p, n1p);
  out[k++] = feature3(20, n0p, n1p, n2p);
  out[k++] = feature3(21, s0p, n0p, n1p);
  out[k++] = feature3(22, tagOf(input, n, s0h), s0p, n0p);
  out[k++] = feature3(23, s0p, tagOf(input, n, s0l), n0p);
  out[k++] = feature3(24, s0p, tagOf(input, n, s0r), n0p);
  out[k++] = feature3(25, s0p, n0p, tagOf(input, n, n0l));
  out[k++] = feature2(26, s0w, distance);
  out[k++] = feature2(27, s0p, distance);
  out[k++] = feature2(28, n0w, distance);
  out[k++] = feature2(29, n0p, distance);
  out[k++] = feature3(30, s0w, n0w, distance);
  out[k++] = feature3(31, s0p, n0p, distance);
  out[k++] = feature2(32, s0w, s0vr);
  out[k++] = feature2(33, s0p, s0vr);
  out[k++] = feature2(34, s0w, s0vl);
  out[k++] = feature2(35, s0p, s0vl);
  out[k++] = feature2(36, n0w, n0vl);
  out[k++] = feature2(37, n0p, n0vl);
  out[k++] = feature1(38, wordOf(input, n, s0h));
  out[k++] = feature1(39, tagOf(input, n, s0h));
  out[k++] = feature1(40, labelOf(state, s0));
  out[k++] = feature1(41, wordOf(input, n, s0l));
  out[k++] = feature1(42, tagOf(input, n, s0l));
  out[k++] = feature1(43, labelOf(state, s0l));
  out[k++] = feature1(44, wordOf(input, n, s0r));
  out[k++] = feature1(45, tagOf(input, n, s0r));
  out[k++] = feature1(46, labelOf(state, s0r));
  out[k++] = feature1(47, wordOf(input, n, n0l));
  out[k++] = feature1(48, tagOf(input, n, n0l));
  out[k++] = feature1(49, labelOf(state, n0l));
  out[k++] = feature3(50, s0p, labelOf(state, s0l), labelOf(state, s0r));
  out[k++] = feature2(51, n0p, labelOf(state, n0l));
  out[k++] = feature3(52, tagOf(input, n, s1), s0p, n0p);
  out[k++] = feature1(53, wordOf(input, n, s1));
  out[k++] = feature1(54, tagOf(input, n, s1));
  out[k++] = feature3(55, s0 >= 0 && state.heads[s0] >= 0 ? 1 : 0, s0p, n0p);
  out[k++] = feature3(56, s0 >= 0 && state.heads[s0] >= 0 ? 1 : 0, s0w, n0p);
  out[k++] = feature2(57, n0w, n1w);
  out[k++] = feature3(58, n0w, n0p, n1p);
  // Third order (Zhang & Nivre 2011): second outermost children and the grandparent.
  const s0l2 = s0 >= 0 ? state.leftmost2[s0] : -1;
  const s0r2 = s0 >= 0 ? state.rightmost2[s0] : -1;
  const n0l2 = n0 >= 0 ? state.leftmost2[n0] : -1;
  const s0h2 = s0h >= 0 && s0h < n ? state.heads[s0h] : -1;
  out[k++] = feature3(59, s0p, tagOf(input, n, s0l), tagOf(input, n, s0l2));
  out[k++] = feature3(60, s0p, tagOf(input, n, s0r), tagOf(input, n, s0r2));
  out[k++] = feature3(61, n0p, tagOf(input, n, n0l), tagOf(input, n, n0l2));
  out[k++] = feature3(62, tagOf(input, n, s0h2), tagOf(input, n, s0h), s0p);
  out[k++] = feature3(63, s0p, labelOf(state, s0l), labelOf(state, s0l2));
  out[k++] = feature3(64, s0p, labelOf(state, s0r), labelOf(state, s0r2));
  out[k++] = feature3(65, n0p, labelOf(state, n0l), labelOf(state, n0l2));
  out[k++] = feature1(66, wordOf(input, n, s0h2));
  return k;
}

/**
 * The configuration features the relation model uses: words and tags of the two words the arc
 * joins, their pairs, neighbours, distance and the relations already attached around them. A
 * subset keeps relation scoring (one weight per relation) cheap.
 */
const LABEL_TEMPLATES = [1, 2, 3, 4, 5, 6, 8, 12, 13, 14, 17, 18, 19, 21, 22, 27, 29, 31, 40, 43, 46, 49, 50, 51, 52];

/** Label features: the relation model's subset of `features`, joined with the arc direction (1 left, 2 right). */
export function labelFeatures(features: Uint32Array, direction: number, out: Uint32Array): number {
  for (let f = 0; f < LABEL_TEMPLATES.length; f++) out[f] = feature2(100, features[LABEL_TEMPLATES[f]], direction);
  return LABEL_TEMPLATES.length;
}
