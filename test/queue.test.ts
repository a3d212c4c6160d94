/**
 * Two `dyad worker` processes share a PostgreSQL queue and one is killed with SIGKILL in the
 * middle of a batch: the other takes back its jobs when their lease runs out, and every record
 * ends up stored exactly once. (bench/queue runs the same over 2,000 Reuters stories.)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshPgUrl, PG_URL, queryPg } from './support/test-stores.js';
import { runCli, startCli, tempDir, waitFor } from './helpers.js';

const records = (n: number) =>
  Array.from({ length: n }, (_, i) => JSON.stringify({ id: `r${i}`, date: '2021-03-01', text: `Story ${i}: Russian and French ministers met in Geneva and agreed to talk again.` })).join('\n') + '\n';

describe.skipIf(!PG_URL)('dyad worker', () => {
  it('stores every record exactly once when one of two workers is killed mid-batch', async () => {
    const total = 60;
    const file = join(tempDir(), 'records.jsonl');
    writeFileSync(file, records(total));
    const db = freshPgUrl();
    expect(runCli(['enqueue', file, '--db', db]).stdout).toContain(`queued ${total},`);

    const worker = (name: string) => startCli(['worker', '--db', db, '--name', name, '--batch', '5', '--lease', '5', '--exit-when-drained', '--quiet'], { output: true });
    const victim = worker('victim');
    const victimExit = new Promise((resolve) => victim.once('exit', resolve));
    const survivor = worker('survivor');
    const survivorExit = new Promise<number | null>((resolve) => survivor.once('exit', resolve));
    // Killed once it has committed a batch and holds the next one.
    const held = await waitFor(
      () => queryPg<{ done: number; held: number }>(db, `SELECT count(*) FILTER (WHERE state = 'done') AS done, count(*) FILTER (WHERE worker = 'victim') AS held FROM jobs`),
      ([r]) => r.done > 0 && r.held > 0,
      victimExit,
    );
    victim.kill('SIGKILL');
    const orphans = (await queryPg<{ id: number }>(db, "SELECT id FROM jobs WHERE worker = 'victim' AND state = 'leased'")).map((r) => r.id);
    expect(held[0].held).toBeGreaterThan(0);
    expect(orphans.length).toBeGreaterThan(0);

    expect(await survivorExit).toBe(0);
    const [counts] = await queryPg<{ documents: number; distinct_ids: number; done: number; other: number }>(db,
      `SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(DISTINCT id) FROM documents) AS distinct_ids,
              (SELECT count(*) FROM jobs WHERE state = 'done') AS done, (SELECT count(*) FROM jobs WHERE state <> 'done') AS other`);
    expect(counts).toEqual({ documents: total, distinct_ids: total, done: total, other: 0 });
    // The killed worker's jobs were leased again and finished by the survivor.
    const reLeased = await queryPg<{ n: number }>(db, `SELECT count(*) AS n FROM jobs WHERE id IN (${orphans.join(',')}) AND attempts >= 2 AND state = 'done'`);
    expect(reLeased[0].n).toBe(orphans.length);
  });
});
