import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../core/assets.js';
import { currentLock, formatLock } from './lock.js';

describe('currentLock', () => {
  it("holds each data file's SHA-256 over its whole bytes, files of many read pieces included", () => {
    const lock = currentLock();
    const paths = Object.keys(lock.files);
    expect(paths).toContain('models/syntax/deps.bin');
    // deps.bin is several MB: the lock reads it in pieces of 1 MB into one buffer.
    for (const path of paths) expect(lock.files[path], path).toBe(createHash('sha256').update(readFileSync(join(packageRoot(), path))).digest('hex'));
  });

  it('names itself by the hash of the rest, and is computed once', () => {
    const lock = currentLock();
    const { id, ...body } = JSON.parse(formatLock(lock)) as { id: string };
    expect(id).toBe(createHash('sha256').update(JSON.stringify(body)).digest('hex'));
    expect(currentLock()).toBe(lock);
  });
});
