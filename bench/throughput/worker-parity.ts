/**
 * Whether a worker thread's documents cost more CPU than the main thread's (#13): runs
 * `parity-child.mjs` in fresh processes, alternating one-core annotation (`core`) and one worker
 * thread of the built pool (`worker`), each over the inputs twice, and prints one JSON line per
 * run: the annotating thread's CPU ms for its first 32 documents (start-up, model loading, cold
 * code), for the first pass and for the second (warm), and the other threads' CPU. A difference in
 * the second pass is the worker's own cost per document; one in the first pass is its start and
 * warm-up, which a `--workers 2` ingest pays once more than a one-core run (docs/scaling.md, session 35).
 * Usage: `tsx bench/throughput/worker-parity.ts <root> <rounds> <inputs…>`, `<root>` holding the
 * built `dist/` to run (`.` for this tree).
 */
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';

const [root = '.', rounds = '3', ...inputs] = process.argv.slice(2);
if (inputs.length === 0) throw new Error('usage: worker-parity.ts <root> <rounds> <inputs…>');
const child = join(import.meta.dirname, 'parity-child.mjs');
for (let round = 0; round < Number(rounds); round++) {
  // Flipped each round, so that a load that drifts within a round falls on both modes.
  const modes = round % 2 === 0 ? ['worker', 'core'] : ['core', 'worker'];
  for (const mode of modes) {
    const load = loadavg()[0].toFixed(1);
    const run = JSON.parse(execFileSync(process.execPath, [child, root, mode, ...inputs], { encoding: 'utf8' })) as { curveMs: number[] } & Record<string, unknown>;
    const { curveMs, ...rest } = run;
    process.stdout.write(JSON.stringify({ round, load, first32Ms: curveMs[0], ...rest }) + '\n');
  }
}
