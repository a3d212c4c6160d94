/**
 * dyad's own code as it runs: module by module from `src/` (tests, tsx) or `dist/` (after `tsc`),
 * or from the esbuild bundles `npm run build` writes under `dist/` (`scripts/build-bundles.ts`),
 * which start faster: Node resolves, reads and links each of ~400 modules on its own (#13).
 * This module imports nothing of dyad's, so that the `dyad` bin can load it before choosing.
 */
import { existsSync, statSync } from 'node:fs';

/**
 * Whether a bundle can stand in for the module it was built from: a bundle older than the module
 * `tsc` last wrote would run code that is no longer built (after a bare `tsc` without
 * `npm run build`). `tsc` rewrites every module, so one module's time stands for all.
 */
export function bundleIsCurrent(bundle: URL, module: URL): boolean {
  return existsSync(bundle) && existsSync(module) && statSync(bundle).mtimeMs >= statSync(module).mtimeMs;
}
