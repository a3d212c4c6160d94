/**
 * Feature keys of many templates from one loop (#13): the chained `feature1`–`feature3` keys of
 * `feature-hash.ts`, each template written as a recipe `[template, ...atoms]` over an atom array
 * (the values one token or one configuration combines), so that a feature function fills its atoms
 * and makes one call instead of one not-inlined `featureN` call per template. The parser's keys were
 * first built so (`docs/scaling.md`, session 46, sp-hash); the tagger's since session 48, sp-keys.
 */
import { FEATURE_SEED, finish, mix } from './feature-hash.js';

/**
 * A list of templates as one loop hashes them, four int32 per template: its first hashing step
 * `mix(FEATURE_SEED, template)`, then the positions in an atom array of the up to three values it
 * combines, -1 past the last.
 */
export function compileRecipes(recipes: readonly (readonly number[])[]): Int32Array {
  const program = new Int32Array(recipes.length * 4).fill(-1);
  recipes.forEach(([t, ...atoms], i) => {
    program[i * 4] = mix(FEATURE_SEED, t);
    program.set(atoms, i * 4 + 1);
  });
  return program;
}

/**
 * Write the keys of `program` (`compileRecipes`) over `atoms` into `out` from position `k`; returns
 * the end. Key i is `featureN(template, ...atoms)` of recipe i, the same 32 bits.
 */
export function writeKeys(program: Int32Array, atoms: Int32Array, out: Uint32Array, k: number): number {
  for (let p = 0; p < program.length; p += 4) {
    let h = mix(program[p], atoms[program[p + 1]]);
    const b = program[p + 2];
    if (b >= 0) {
      h = mix(h, atoms[b]);
      const c = program[p + 3];
      if (c >= 0) h = mix(h, atoms[c]);
    }
    out[k++] = finish(h);
  }
  return k;
}

