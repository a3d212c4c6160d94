/**
 * Features of the transition parser, after Zhang & Nivre (2011): words and tags of the stack top,
 * the word below it and the first three buffer words, the head and outer children of the top,
 * their labels, the distance between top and front, and valencies.
 */
import { FEATURE_SEED, finish, hashText, mix } from '../../ml/feature-hash.js';
import { compileRecipes, writeKeys } from '../../ml/key-recipes.js';
import type { ParseState } from './arc-eager.js';

/*
 * The parser's keys come from recipes (`key-recipes.ts`): its 32 keys a configuration were each a
 * call V8 did not inline, as were their `mix` steps (the callers exceed its inlining budget). One
 * warm round of `deps` over 60 Reuters stories, 446 → 427 M instructions (`docs/scaling.md`,
 * session 46, sp-hash; #13).
 */

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
 * Atoms of a role word (`roleFeatures`): its form, tag and relation, the form and tag of the next
 * two words, and a constant 0 (the bias).
 */
const WORD = 0, TAG = 1, LABEL = 2, NEXT_WORD = 3, NEXT_TAG = 4, NEXT2_WORD = 5, NEXT2_TAG = 6, BIAS = 7;

/** The templates of each role group and the atoms each combines, `[template, ...atoms]`, in `ROLE_TEMPLATES` order. */
const ROLE_RECIPES: readonly (readonly (readonly number[])[])[] = [
  [[1, WORD], [2, TAG], [3, WORD, TAG], [40, LABEL]],
  [
    [0, BIAS], [4, WORD], [5, TAG], [6, WORD, TAG], [7, NEXT_WORD], [8, NEXT_TAG], [9, NEXT_WORD, NEXT_TAG], [10, NEXT2_WORD],
    [11, NEXT2_TAG], [19, TAG, NEXT_TAG], [20, TAG, NEXT_TAG, NEXT2_TAG], [57, WORD, NEXT_WORD], [58, WORD, TAG, NEXT_TAG],
  ],
  [[38, WORD], [39, TAG]],
  [[41, WORD], [42, TAG], [43, LABEL]],
  [[44, WORD], [45, TAG], [46, LABEL]],
  [[47, WORD], [48, TAG], [49, LABEL]],
  [[53, WORD], [54, TAG]],
  [[66, WORD]],
];

/**
 * The templates (positions in `parseFeatures`' output) whose value is fixed by one word of
 * `roleWords` for the whole parse of a sentence, role by role, in the order `roleFeatures` writes
 * them: the word's form and tag, and its relation, which is set once and never changes while the
 * word holds the role (a stack word gets its head by RIGHT before it is pushed, or by LEFT as it
 * is popped; a child's relation is set when it is attached). The buffer front's group holds the
 * bias and the two words after the front. The parser sums each group's weights once per word and
 * role and reuses the sum while the word keeps the role (#13).
 */
export const ROLE_TEMPLATES: readonly (readonly number[])[] = ROLE_RECIPES.map((group) => group.map(([t]) => t));

/** The longest role group. */
export const MAX_ROLE_FEATURES = 13;

const ROLE_PROGRAMS = ROLE_RECIPES.map(compileRecipes);
/** Whether a role's group looks at its word's relation: the others' words may be the root, which has none. */
const ROLE_HAS_LABEL = ROLE_RECIPES.map((group) => group.some(([, ...atoms]) => atoms.includes(LABEL)));
const roleAtoms = new Int32Array(BIAS + 1);

/**
 * Atoms of a configuration (`configurationFeatures`): words (w), tags (p) and relations (l) of the
 * stack top s0, its head h, leftmost and rightmost children l and r and the second ones l2 and r2,
 * its grandparent h2, the word below it s1, the buffer front n0, its leftmost children and the word
 * after it n1; the top-front distance, valencies (vl, vr) and whether the top has a head.
 */
const S0W = 0, S0P = 1, N0W = 2, N0P = 3, N1P = 4, S0HP = 5, S0LP = 6, S0RP = 7, N0LP = 8, DISTANCE = 9, S0VR = 10,
  S0VL = 11, N0VL = 12, S0LL = 13, S0RL = 14, N0LL = 15, S1P = 16, S0HEADED = 17, S0L2P = 18, S0R2P = 19, N0L2P = 20,
  S0H2P = 21, S0L2L = 22, S0R2L = 23, N0L2L = 24;

/** The templates in no role group and the atoms each combines, `[template, ...atoms]`, in `CONFIGURATION_TEMPLATES` order. */
const CONFIGURATION_RECIPES: readonly (readonly number[])[] = [
  [15, S0W, S0P, N0P], [16, S0P, N0W, N0P], [18, S0P, N0P], [21, S0P, N0P, N1P], [22, S0HP, S0P, N0P],
  [23, S0P, S0LP, N0P], [24, S0P, S0RP, N0P], [25, S0P, N0P, N0LP], [26, S0W, DISTANCE], [27, S0P, DISTANCE],
  [28, N0W, DISTANCE], [29, N0P, DISTANCE], [30, S0W, N0W, DISTANCE], [31, S0P, N0P, DISTANCE], [32, S0W, S0VR],
  [33, S0P, S0VR], [34, S0W, S0VL], [35, S0P, S0VL], [36, N0W, N0VL], [37, N0P, N0VL], [50, S0P, S0LL, S0RL],
  [51, N0P, N0LL], [52, S1P, S0P, N0P], [55, S0HEADED, S0P, N0P], [56, S0HEADED, S0W, N0P], [59, S0P, S0LP, S0L2P],
  [60, S0P, S0RP, S0R2P], [61, N0P, N0LP, N0L2P], [62, S0H2P, S0HP, S0P], [63, S0P, S0LL, S0L2L], [64, S0P, S0RL, S0R2L],
  [65, N0P, N0LL, N0L2L],
];

/**
 * The templates in no role group, in the order `configurationFeatures` writes them. Ids 12, 13, 14
 * and 17 (the word pairs of the stack top and the buffer front: both words with both tags, with one
 * tag each, and alone) are retired (session 27, #13): about one in twenty of their keys is in the
 * model, yet each was a probe of the 6.7 MB transition table (and of the relation table) at every
 * configuration, mostly a cache miss. Left out at parse time, EWT dev LAS 79.99 → 79.77 and news-dev
 * events unchanged (`README.md`); their rows were dropped from the shipped `deps.bin` in session 38
 * (`scripts/syntax/drop-retired-rows.ts`). A new id must not reuse 12, 13, 14 or 17 with that file.
 */
export const CONFIGURATION_TEMPLATES: readonly number[] = CONFIGURATION_RECIPES.map(([t]) => t);

const CONFIGURATION_PROGRAM = compileRecipes(CONFIGURATION_RECIPES);
const configurationAtoms = new Int32Array(N0L2L + 1);

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
  const atoms = roleAtoms;
  atoms[WORD] = wordOf(input, n, w);
  atoms[TAG] = tagOf(input, n, w);
  if (ROLE_HAS_LABEL[role]) atoms[LABEL] = labelOf(state, w);
  if (role === N0) {
    const n1 = w >= 0 && w + 1 <= n ? w + 1 : -1;
    const n2 = n1 >= 0 && n1 + 1 <= n ? n1 + 1 : -1;
    atoms[NEXT_WORD] = wordOf(input, n, n1);
    atoms[NEXT_TAG] = tagOf(input, n, n1);
    atoms[NEXT2_WORD] = wordOf(input, n, n2);
    atoms[NEXT2_TAG] = tagOf(input, n, n2);
  }
  return writeKeys(ROLE_PROGRAMS[role], atoms, out, k);
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
  // Third order (Zhang & Nivre 2011): second outermost children and the grandparent.
  const s0l2 = s0 >= 0 ? state.leftmost2[s0] : -1;
  const s0r2 = s0 >= 0 ? state.rightmost2[s0] : -1;
  const n0l2 = n0 >= 0 ? state.leftmost2[n0] : -1;
  const atoms = configurationAtoms;
  atoms[S0W] = wordOf(input, n, s0);
  atoms[S0P] = tagOf(input, n, s0);
  atoms[N0W] = wordOf(input, n, n0);
  atoms[N0P] = tagOf(input, n, n0);
  atoms[N1P] = tagOf(input, n, n1);
  atoms[S0HP] = tagOf(input, n, s0h);
  atoms[S0LP] = tagOf(input, n, s0l);
  atoms[S0RP] = tagOf(input, n, s0r);
  atoms[N0LP] = tagOf(input, n, n0l);
  atoms[DISTANCE] = s0 >= 0 && n0 >= 0 ? Math.min(n0 - s0, 6) : 0;
  atoms[S0VR] = s0 >= 0 ? state.rightCount[s0] : 0;
  atoms[S0VL] = s0 >= 0 ? state.leftCount[s0] : 0;
  atoms[N0VL] = n0 >= 0 ? state.leftCount[n0] : 0;
  atoms[S0LL] = labelOf(state, s0l);
  atoms[S0RL] = labelOf(state, s0r);
  atoms[N0LL] = labelOf(state, n0l);
  atoms[S1P] = tagOf(input, n, roles[S1]);
  atoms[S0HEADED] = s0 >= 0 && state.heads[s0] >= 0 ? 1 : 0;
  atoms[S0L2P] = tagOf(input, n, s0l2);
  atoms[S0R2P] = tagOf(input, n, s0r2);
  atoms[N0L2P] = tagOf(input, n, n0l2);
  atoms[S0H2P] = tagOf(input, n, roles[S0H2]);
  atoms[S0L2L] = labelOf(state, s0l2);
  atoms[S0R2L] = labelOf(state, s0r2);
  atoms[N0L2L] = labelOf(state, n0l2);
  return writeKeys(CONFIGURATION_PROGRAM, atoms, out, k);
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

/** `labelKey`'s first hashing step: template 100 is the arc direction's. */
const LABEL_SEED = mix(FEATURE_SEED, 100);

/** The relation model's key of a transition feature's key `key`, for an arc in `direction` (1 left, 2 right). */
export function labelKey(key: number, direction: number): number {
  // `| 0`: the key as int32, so that it is not boxed where mix is not inlined (feature-hash.ts).
  return finish(mix(mix(LABEL_SEED, key | 0), direction));
}
