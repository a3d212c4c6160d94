import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPipeline } from '../src/pipeline.js';
import { openStore } from '../src/cli/options.js';
import { ingest } from '../src/store/ingest.js';
import { BACKENDS } from './support/test-stores.js';
import { startCli, tempDir, waitFor } from './helpers.js';

const articles = (n: number) =>
  Array.from({ length: n }, (_, i) => JSON.stringify({ id: `a${i}`, date: '2021-01-01', text: `Story ${i}: the ministers met in Geneva and agreed to talk again. ${'They spoke at length. '.repeat(20)}` })).join('\n') + '\n';

describe.each(BACKENDS)('ingest into the $name store', (backend) => {
  it('stores every good record, reports bad ones, and stores nothing twice on a rerun', async () => {
    const dir = tempDir();
    const file = join(dir, 'batch.jsonl');
    writeFileSync(file, articles(5) + '{broken\n' + JSON.stringify({ id: 'x', text: 42 }) + '\n');
    const store = backend.open();
    const first = await ingest([file], { store, pipeline: defaultPipeline(), batchSize: 2 });
    expect(first).toMatchObject({ stored: 5, duplicate: 0, rejected: 2 });
    expect(Object.keys(first.reasons).sort()).toEqual(['E012', 'E013']);
    const again = await ingest([file], { store, pipeline: defaultPipeline() });
    expect(again).toMatchObject({ stored: 0, duplicate: 5, rejected: 2 });
    expect(await store.count()).toBe(5);
  });

  it('loses nothing and duplicates nothing when killed mid-batch and run again', async () => {
    const dir = tempDir();
    const file = join(dir, 'many.jsonl');
    const db = backend.newTarget();
    const total = 1500;
    writeFileSync(file, articles(total));
    const countRows = async () => (await backend.query<{ n: number }>(db, 'SELECT count(*) AS n FROM documents'))[0]?.n ?? 0;

    const child = startCli(['ingest', file, '--db', db, '--quiet']);
    const stored = await waitFor(countRows, (n) => n > 0);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    const afterKill = await countRows();
    expect(stored).toBeGreaterThan(0);
    expect(afterKill).toBeLessThan(total);

    const store = openStore(db);
    try {
      const resumed = await ingest([file], { store, pipeline: defaultPipeline() });
      expect(resumed.duplicate).toBe(afterKill);
      expect(resumed.stored).toBe(total - afterKill);
      expect(await store.count()).toBe(total);
    } finally {
      await store.close();
    }
    // Every stored document is whole: its layers were written in the same transaction as its text.
    const incomplete = await backend.query<{ n: number }>(db, "SELECT count(*) AS n FROM documents WHERE layers NOT LIKE '%\"tokens\"%'");
    expect(incomplete[0].n).toBe(0);
  }, 300_000);
});
