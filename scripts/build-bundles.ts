/**
 * Bundles compiled modules (after `tsc`) with the dyad modules they import, so that a process or
 * thread loads a few files instead of resolving, reading and linking ~400 one by one (#13):
 * - the ingest worker, dist/store/pipeline-worker.js, into one file beside it,
 *   dist/store/pipeline-worker.bundle.js, which the pipeline pool starts for the default spec
 *   (~280 → ~110 ms of CPU per thread);
 * - the CLI, dist/cli/program.js, into dist/cli/bundle/, which the `dyad` bin (main.js) runs.
 *   Split into chunks, so that a command still loads only its own modules (`dyad code` neither the
 *   server nor the exporters).
 * npm packages stay imports. Runs in `npm run build`; no network.
 * Usage: tsx scripts/build-bundles.ts
 */
import { rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** What every bundle of dyad's own code shares: ES modules for Node with the packages left as imports. */
const COMMON: BuildOptions = { bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning' };

export async function buildWorker(
  entry = join(root, 'dist', 'store', 'pipeline-worker.js'),
  // Beside the module it bundles, where the pool looks for it.
  outfile = join(dirname(entry), 'pipeline-worker.bundle.js'),
): Promise<void> {
  await build({ ...COMMON, entryPoints: [entry], outfile });
}

/**
 * The CLI as an entry module (named like `entry`) and the chunks it and each command import, in
 * `outdir`, emptied first: chunks of an earlier build would linger and count in the coding lock.
 */
export async function buildCli(entry = join(root, 'dist', 'cli', 'program.js'), outdir = join(dirname(entry), 'bundle')): Promise<void> {
  rmSync(outdir, { recursive: true, force: true });
  await build({ ...COMMON, entryPoints: [entry], outdir, splitting: true });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await Promise.all([buildWorker(), buildCli()]);
}
