/**
 * Bundles the compiled ingest worker (dist/store/pipeline-worker.js, after `tsc`) with the ~400
 * modules it imports into one file, dist/store/pipeline-worker.bundle.js, which the pipeline pool
 * starts for the default spec. Every worker thread loads its modules anew; loading them one by one
 * (resolving, reading and linking each) took ~280 ms of CPU per thread, the bundle ~110 ms (#13).
 * npm packages stay imports. Runs in `npm run build`; no network.
 * Usage: tsx scripts/build-worker.ts
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export async function buildWorker(
  entry = join(root, 'dist', 'store', 'pipeline-worker.js'),
  // Beside the module it bundles, so that `import.meta.url` finds the package root the same way.
  outfile = join(dirname(entry), 'pipeline-worker.bundle.js'),
): Promise<void> {
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile,
    logLevel: 'warning',
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildWorker();
}
