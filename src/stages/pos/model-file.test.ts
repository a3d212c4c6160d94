import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKSUM_FILE, decodeModelFile, encodeModelFile, loadModelFile, sha256 } from './model-file.js';

const file = {
  meta: { classes: ['a', 'b'] },
  sections: { keys: Uint32Array.from([7, 4294967295]), weights: Int16Array.from([-32768, 5, 32767]) },
};

function folderWith(bytes: Buffer, sums: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-model-'));
  writeFileSync(join(dir, 'm.bin'), bytes);
  writeFileSync(join(dir, CHECKSUM_FILE), sums);
  return dir;
}

describe('model files', () => {
  it('decode to the same metadata and typed arrays', () => {
    const decoded = decodeModelFile(encodeModelFile(file));
    expect(decoded.meta).toEqual(file.meta);
    expect(decoded.sections.keys).toEqual(file.sections.keys);
    expect(decoded.sections.weights).toEqual(file.sections.weights);
  });

  it('encode deterministically', () => {
    expect(sha256(encodeModelFile(file))).toBe(sha256(encodeModelFile(file)));
  });

  it('load when the checksum matches', () => {
    const bytes = encodeModelFile(file);
    const dir = folderWith(bytes, `${sha256(bytes)}  m.bin\n`);
    expect(loadModelFile(join(dir, 'm.bin')).meta).toEqual(file.meta);
  });

  it('refuse a file whose checksum differs (E041)', () => {
    const dir = folderWith(encodeModelFile(file), `${'0'.repeat(64)}  m.bin\n`);
    expect(() => loadModelFile(join(dir, 'm.bin'))).toThrow(/E041/);
  });

  it('report a missing file (E040)', () => {
    const dir = folderWith(encodeModelFile(file), '');
    expect(() => loadModelFile(join(dir, 'absent.bin'))).toThrow(/E040/);
  });
});
