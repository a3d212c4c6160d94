import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundleIsCurrent } from './bundles.js';

/** A module and its bundle written in a fresh folder, the bundle `bundleAge` seconds after the module (negative: before). */
function files(bundleAge: number | null): { bundle: URL; module: URL } {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-bundle-'));
  const module = join(dir, 'program.js');
  const bundle = join(dir, 'program.bundle.js');
  writeFileSync(module, '');
  utimesSync(module, 1_000_000, 1_000_000);
  if (bundleAge !== null) {
    writeFileSync(bundle, '');
    utimesSync(bundle, 1_000_000 + bundleAge, 1_000_000 + bundleAge);
  }
  return { bundle: pathToFileURL(bundle), module: pathToFileURL(module) };
}

describe('bundleIsCurrent', () => {
  it('takes a bundle written after its module, or with it', () => {
    for (const age of [60, 0]) {
      const { bundle, module } = files(age);
      expect(bundleIsCurrent(bundle, module)).toBe(true);
    }
  });

  it('refuses a bundle older than its module (tsc ran since the bundle was built)', () => {
    const { bundle, module } = files(-60);
    expect(bundleIsCurrent(bundle, module)).toBe(false);
  });

  it('refuses a bundle that was never built', () => {
    const { bundle, module } = files(null);
    expect(bundleIsCurrent(bundle, module)).toBe(false);
  });
});
