import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCli } from '../scripts/build-bundles.js';
import { ROOT, runCli } from './helpers.js';

const SEED = join(ROOT, 'test', 'fixtures', 'articles', 'tass-2020-06-26-putin-macron.txt');

describe('the bundled CLI (scripts/build-bundles.ts)', () => {
  it('codes the seed article as the CLI does module by module', async () => {
    // Inside the package, as in dist/, so that the bundle finds the package root and its models.
    const outdir = join(ROOT, 'node_modules', '.cache', 'dyad-test', 'cli-bundle');
    await buildCli(join(ROOT, 'src', 'cli', 'program.ts'), outdir);
    const bundled = spawnSync(process.execPath, [join(outdir, 'program.js'), 'code', SEED], { cwd: ROOT, encoding: 'utf8' });
    const modules = runCli(['code', SEED]);
    expect(bundled.stderr).toBe('');
    expect(bundled.status).toBe(0);
    expect(modules.code).toBe(0);
    expect(bundled.stdout.split('\n').length).toBeGreaterThan(2);
    expect(bundled.stdout).toBe(modules.stdout);
  });
});
