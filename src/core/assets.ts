import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/**
 * The package root (the folder holding dyad's package.json), found from this module's location so
 * that assets resolve the same from `src/` (tests, tsx) and from `dist/` (the installed CLI).
 */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('dyad package root not found above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
  root = dir;
  return dir;
}

/**
 * Path of a file shipped with dyad: trained models and compiled tables live in `models/<layer>/`,
 * hand-kept lexicons in `src/stages/<layer>/data/`.
 * @example assetPath('models', 'pos', 'tagger.bin')
 */
export function assetPath(...parts: string[]): string {
  return join(packageRoot(), ...parts);
}
