/**
 * Features of the transition parser, after Zhang & Nivre (2011): words and tags of the stack top,
 * the word below it and the first three buffer words, the head and outer children of the top,
 * their labels, the distance between top and front, and valencies.
 */
import { finish, hashText, mix } from '../../ml/feature-hash.js';
import type { ParseState } from './arc-eager.js';

/**
 * Each template id's first hashing step, `mix(seed, template)` of `feature1`–`feature3`
 * (`ml/feature-hash.ts`), computed once: the parser hashes ~60 keys per configuration, each with
 * its template mixed in first (#13). `templateKey1`–`3` give the same keys as `feature1`–`3`. Template ids run
 * 0–100 (100: `labelKey`'s direction); a higher id needs a longer table, or its keys hash `undefined`.
 */
const TEMPLATE_SEEDS = Int32Array.from({ length: 101 }, (_, t) => mix(0x2545f491, t));

/** `feature1(t, a)`. */
export function templateKey1(t: number, a: number): number {
  return finish(mix(TEMPLATE_SEEDS[t], a));
}

/** `feature2(t, a, b)`. */
export function templateKey2(t: number, a: number, b: number): number {
  return finish(mix(mix(TEMPLATE_SEEDS[t], a), b));
}

/** `feature3(t, a, b, c)`. */
export function templateKey3(t: number, a: number, b: number, c: number): number {
  return finish(mix(mix(mix(TEMPLATE_SEEDS[t], a), b), c));
}

/** Most features one configuration can have; sizes the caller's buffer. */
export const MAX_PARSE_FEATURES = 72;

const NONE_WORD = hashText('<none>') | 0;
const ROOT_WORD = hashText('<root>') | 0;
const NONE_TAG = 0xfffe;
const ROOT_TAG = 0xfffd;
const NONE_LABEL = 0xfffe;

/**
 * The words and tags of a sentence as integers: lowercase-word hashes (as int32, so that passing
 * them to the feature functions never boxes them, feature-hash.ts) and tag ids.
 */
export interface ParseInput {
  readonly words: Int32Array;
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

/** Role ids: positions in `roleWords`' output and in `ROLE_TEMPLATES`. */
const S0 = 0, N0 = 1, S0H = 2, S0L = 3, S0R = 4, N0L = 5, S1 = 6, S0H2 = 7;

/**
 * The words a configuration's features look at, by role: stack top, buffer front, the top's head,
 * leftmost and rightmost children, the front's leftmost child, the word below the top and the
 * top's grandparent (-1 where there is none). Written into `out`.
 */
export function roleWords(state: ParseState, out: Int32Array): void {
  const n = state.n;
  const s0 = state.stackAt(0);
  const n0 = state.next <= n ? state.next : -1;
  const s0h = s0 >= 0 ? state.heads[s0] : -1;
  out[S0] = s0;
  out[N0] = n0;
  out[S0H] = s0h;
  out[S0L] = s0 >= 0 ? state.leftmost[s0] : -1;
  out[S0R] = s0 >= 0 ? state.rightmost[s0] : -1;
  out[N0L] = n0 >= 0 ? state.leftmost[n0] : -1;
  out[S1] = state.stackAt(1);
  out[S0H2] = s0h >= 0 && s0h < n ? state.heads[s0h] : -1;
}

/**
 * The templates (positions in `parseFeatures`' output) whose value is fixed by one word of
 * `roleWords` for the whole parse of a sentence, role by role, in the order `roleFeatures` writes
 * them: the word's form and tag, and its relation, which is set once and never changes while the
 * word holds the role (a stack word gets its head by RIGHT before it is pushed, or by LEFT as it
 * is popped; a child's relation is set when it is attached). The buffer front's group holds the
 * bias and the two words after the front. The parser sums each group's weights once per word and
 * role and reuses the sum while the word keeps the role (#13).
 */
export const ROLE_TEMPLATES: readonly (readonly number[])[] = [
  [1, 2, 3, 40],
  [0, 4, 5, 6, 7, 8, 9, 10, 11, 19, 20, 57, 58],
  [38, 39],
  [41, 42, 43],
  [44, 45, 46],
  [47, 48, 49],
  [53, 54],
  [66],
];

/** The longest role group. */
export const MAX_ROLE_FEATURES = 13;

/**
 * The templates in no role group, in the order `configurationFeatures` writes them. Ids 12, 13, 14
 * and 17 (the word pairs of the stack top and the buffer front: both words with both tags, with one
 * tag each, and alone) are retired (session 27, #13): about one in twenty of their keys is in the
 * model, yet each was a probe of the 6.7 MB transition table (and of the relation table) at every
 * configuration, mostly a cache miss. Left out at parse time, EWT dev LAS 79.99 → 79.77 and news-dev
 * events unchanged (`README.md`); their rows were dropped from the shipped `deps.bin` in session 38
 * (`scripts/syntax/drop-retired-rows.ts`). A new id must not reuse 12, 13, 14 or 17 with that file.
 */
export const CONFIGURATION_TEMPLATES: readonly number[] = [
  15, 16, 18, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 50, 51, 52, 55, 56, 59, 60,
  61, 62, 63, 64, 65,
];

/** Every template, in the order of `parseFeatures`' output: ascending ids (retired ids left out). */
export const PARSE_TEMPLATES: readonly number[] = [...ROLE_TEMPLATES.flat(), ...CONFIGURATION_TEMPLATES].sort((a, b) => a - b);

/** The position of each template id in `parseFeatures`' output (-1: retired). */
const POSITION = Int16Array.from({ length: PARSE_TEMPLATES[PARSE_TEMPLATES.length - 1] + 1 }, (_, t) => PARSE_TEMPLATES.indexOf(t));

/** The position of template `t` in `parseFeatures`' output, or -1 for a retired id. */
export function templatePosition(t: number): number {
  return t < POSITION.length ? POSITION[t] : -1;
}

/**
 * Write the features of role `role` (`roleWords`) held by word `w` into `out` from position `k`,
 * in `ROLE_TEMPLATES[role]` order; returns the end.
 */
export function roleFeatures(role: number, w: number, state: ParseState, input: ParseInput, out: Uint32Array, k: number): number {
  const n = state.n;
  const word = wordOf(input, n, w);
  const tag = tagOf(input, n, w);
  switch (role) {
    case S0:
      out[k++] = templateKey1(1, word);
      out[k++] = templateKey1(2, tag);
      out[k++] = templateKey2(3, word, tag);
      out[k++] = templateKey1(40, labelOf(state, w));
      return k;
    case N0: {
      const n1 = w >= 0 && w + 1 <= n ? w + 1 : -1;
      const n2 = n1 >= 0 && n1 + 1 <= n ? n1 + 1 : -1;
      const n1w = wordOf(input, n, n1);
      const n1p = tagOf(input, n, n1);
      const n2p = tagOf(input, n, n2);
      out[k++] = templateKey1(0, 0);
      out[k++] = templateKey1(4, word);
      out[k++] = templateKey1(5, tag);
      out[k++] = templateKey2(6, word, tag);
      out[k++] = templateKey1(7, n1w);
      out[k++] = templateKey1(8, n1p);
      out[k++] = templateKey2(9, n1w, n1p);
      out[k++] = templateKey1(10, wordOf(input, n, n2));
      out[k++] = templateKey1(11, n2p);
      out[k++] = templateKey2(19, tag, n1p);
      out[k++] = templateKey3(20, tag, n1p, n2p);
      out[k++] = templateKey2(57, word, n1w);
      out[k++] = templateKey3(58, word, tag, n1p);
      return k;
    }
    case S0H:
      out[k++] = templateKey1(38, word);
      out[k++] = templateKey1(39, tag);
      return k;
    case S0L:
    case S0R:
    case N0L: {
      // Templates 41–43, 44–46 and 47–49: the child's word, tag and relation.
      const t = role === S0L ? 41 : role === S0R ? 44 : 47;
      out[k++] = templateKey1(t, word);
      out[k++] = templateKey1(t + 1, tag);
      out[k++] = templateKey1(t + 2, labelOf(state, w));
      return k;
    }
    case S1:
      out[k++] = templateKey1(53, word);
      out[k++] = templateKey1(54, tag);
      return k;
    default:
      out[k++] = templateKey1(66, word);
      return k;
  }
}

/**
 * Write the features of a configuration that are in no role group into `out` from position `k`,
 * in `CONFIGURATION_TEMPLATES` order; `roles` is the configuration's `roleWords`. Returns the end.
 */
export function configurationFeatures(state: ParseState, input: ParseInput, roles: Int32Array, out: Uint32Array, k: number): number {
  const n = state.n;
  const s0 = roles[S0];
  const n0 = roles[N0];
  const s0h = roles[S0H];
  const s0l = roles[S0L];
  const s0r = roles[S0R];
  const n0l = roles[N0L];
  const n1 = n0 >= 0 && n0 + 1 <= n ? n0 + 1 : -1;
  const s0w = wordOf(input, n, s0), s0p = tagOf(input, n, s0), n0w = wordOf(input, n, n0), n0p = tagOf(input, n, n0);
  const n1p = tagOf(input, n, n1);
  const s0lp = tagOf(input, n, s0l), s0rp = tagOf(input, n, s0r), n0lp = tagOf(input, n, n0l), s0hp = tagOf(input, n, s0h);
  const s0ll = labelOf(state, s0l), s0rl = labelOf(state, s0r), n0ll = labelOf(state, n0l);
  const distance = s0 >= 0 && n0 >= 0 ? Math.min(n0 - s0, 6) : 0;
  const s0vl = s0 >= 0 ? state.leftCount[s0] : 0;
  const s0vr = s0 >= 0 ? state.rightCount[s0] : 0;
  const n0vl = n0 >= 0 ? state.leftCount[n0] : 0;
  const s0headed = s0 >= 0 && state.heads[s0] >= 0 ? 1 : 0;
  // Third order (Zhang & Nivre 2011): second outermost children and the grandparent.
  const s0l2 = s0 >= 0 ? state.leftmost2[s0] : -1;
  const s0r2 = s0 >= 0 ? state.rightmost2[s0] : -1;
  const n0l2 = n0 >= 0 ? state.leftmost2[n0] : -1;
  out[k++] = templateKey3(15, s0w, s0p, n0p);
  out[k++] = templateKey3(16, s0p, n0w, n0p);
  out[k++] = templateKey2(18, s0p, n0p);
  out[k++] = templateKey3(21, s0p, n0p, n1p);
  out[k++] = templateKey3(22, s0hp, s0p, n0p);
  out[k++] = templateKey3(23, s0p, s0lp, n0p);
  out[k++] = templateKey3(24, s0p, s0rp, n0p);
  out[k++] = templateKey3(25, s0p, n0p, n0lp);
  out[k++] = templateKey2(26, s0w, distance);
  out[k++] = templateKey2(27, s0p, distance);
  out[k++] = templateKey2(28, n0w, distance);
  out[k++] = templateKey2(29, n0p, distance);
  out[k++] = templateKey3(30, s0w, n0w, distance);
  out[k++] = templateKey3(31, s0p, n0p, distance);
  out[k++] = templateKey2(32, s0w, s0vr);
  out[k++] = templateKey2(33, s0p, s0vr);
  out[k++] = templateKey2(34, s0w, s0vl);
  out[k++] = templateKey2(35, s0p, s0vl);
  out[k++] = templateKey2(36, n0w, n0vl);
  out[k++] = templateKey2(37, n0p, n0vl);
  out[k++] = templateKey3(50, s0p, s0ll, s0rl);
  out[k++] = templateKey2(51, n0p, n0ll);
  out[k++] = templateKey3(52, tagOf(input, n, roles[S1]), s0p, n0p);
  out[k++] = templateKey3(55, s0headed, s0p, n0p);
  out[k++] = templateKey3(56, s0headed, s0w, n0p);
  out[k++] = templateKey3(59, s0p, s0lp, tagOf(input, n, s0l2));
  out[k++] = templateKey3(60, s0p, s0rp, tagOf(input, n, s0r2));
  out[k++] = templateKey3(61, n0p, n0lp, tagOf(input, n, n0l2));
  out[k++] = templateKey3(62, tagOf(input, n, roles[S0H2]), s0hp, s0p);
  out[k++] = templateKey3(63, s0p, s0ll, labelOf(state, s0l2));
  out[k++] = templateKey3(64, s0p, s0rl, labelOf(state, s0r2));
  out[k++] = templateKey3(65, n0p, n0ll, labelOf(state, n0l2));
  return k;
}

const scratchRoles = new Int32Array(ROLE_TEMPLATES.length);
const scratchKeys = new Uint32Array(MAX_PARSE_FEATURES);

/**
 * Write the features of a configuration into `out` in `PARSE_TEMPLATES` order (as the trainer, the
 * ablation script and `labelFeatures` read them); returns how many.
 */
export function parseFeatures(state: ParseState, input: ParseInput, out: Uint32Array): number {
  roleWords(state, scratchRoles);
  for (let r = 0; r < ROLE_TEMPLATES.length; r++) {
    const group = ROLE_TEMPLATES[r];
    roleFeatures(r, scratchRoles[r], state, input, scratchKeys, 0);
    for (let j = 0; j < group.length; j++) out[POSITION[group[j]]] = scratchKeys[j];
  }
  configurationFeatures(state, input, scratchRoles, scratchKeys, 0);
  for (let j = 0; j < CONFIGURATION_TEMPLATES.length; j++) out[POSITION[CONFIGURATION_TEMPLATES[j]]] = scratchKeys[j];
  return PARSE_TEMPLATES.length;
}

/**
 * The configuration features the relation model uses: words and tags of the two words the arc
 * joins, their pairs, neighbours, distance and the relations already attached around them. A
 * subset keeps relation scoring (one weight per relation) cheap.
 */
export const LABEL_TEMPLATES: readonly number[] = [1, 2, 3, 4, 5, 6, 8, 18, 19, 21, 22, 27, 29, 31, 40, 43, 46, 49, 50, 51, 52];

/** The positions of `LABEL_TEMPLATES` in `parseFeatures`' output. */
export const LABEL_POSITIONS: readonly number[] = LABEL_TEMPLATES.map(templatePosition);

/** Label features: the relation model's subset of `features` (`parseFeatures`' output), joined with the arc direction (1 left, 2 right). */
export function labelFeatures(features: Uint32Array, direction: number, out: Uint32Array): number {
  for (let f = 0; f < LABEL_POSITIONS.length; f++) out[f] = labelKey(features[LABEL_POSITIONS[f]], direction);
  return LABEL_POSITIONS.length;
}

/** The relation model's key of a transition feature's key `key`, for an arc in `direction` (1 left, 2 right). */
export function labelKey(key: number, direction: number): number {
  // `| 0`: the key as int32, so that it is not boxed when feature2 is not inlined (feature-hash.ts).
  return templateKey2(100, key | 0, direction);
}
