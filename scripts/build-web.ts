/**
 * Builds the dashboard: bundles web/src (with its npm libraries) into web/dist/app.js and copies
 * web/public beside it. Runs in `npm install`'s prepare; no network.
 * Usage: tsx scripts/build-web.ts [outDir]
 */
import { cpSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export async function buildWeb(outDir = join(root, 'web', 'dist')): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [join(root, 'web', 'src', 'main.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    outfile: join(outDir, 'app.js'),
    logLevel: 'warning',
    legalComments: 'eof',
  });
  cpSync(join(root, 'web', 'public'), outDir, { recursive: true });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildWeb(process.argv[2] ? resolve(process.argv[2]) : undefined);
}
