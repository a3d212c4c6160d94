/**
 * Per-stage CPU seconds of the default pipeline as one-core `dyad ingest` runs it (stage by stage
 * over windows of 32 documents, `Pipeline.runBatch`), over several rounds of the same inputs, and
 * a SHA-256 of every document's encoded layers and diagnostics, so that a speed change can be
 * shown to leave the output byte for byte as it was (#13).
 * Usage: `tsx bench/throughput/batch-stage-cpu.ts [--rounds N] <input files…>`; JSON on stdout.
 */
import { createHash } from 'node:crypto';
import type { Document } from '../../src/core/document.js';
import { createPipeline } from '../../src/core/pipeline.js';
import { defaultStages } from '../../src/pipeline.js';
import { readInputs } from '../../src/readers/inputs.js';
import { encodeLayers } from '../../src/store/layer-codec.js';
import { timedStages } from '../stage-cpu.js';

const WINDOW = 32;

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args.splice(roundsAt, 2)[1]) : 3;
const docs: Document[] = [];
for await (const result of readInputs(args)) if (result.ok) docs.push(result.doc);

const spent = new Map<string, number>();
const pipeline = createPipeline(timedStages(defaultStages(), spent));
pipeline.runBatch(docs.slice(0, WINDOW));
const perRound: Record<string, number>[] = [];
let digest = '';
for (let round = 0; round < rounds; round++) {
  spent.clear();
  const hash = createHash('sha256');
  for (let at = 0; at < docs.length; at += WINDOW) {
    for (const out of pipeline.runBatch(docs.slice(at, at + WINDOW))) {
      hash.update('layers' in out ? encodeLayers(out.layers) + JSON.stringify(out.diagnostics) : JSON.stringify(out));
    }
  }
  digest = hash.digest('hex');
  perRound.push(Object.fromEntries([...spent].map(([name, s]) => [name, Number(s.toFixed(3))])));
}
const total = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
process.stdout.write(
  JSON.stringify({ docs: docs.length, digest, totals: perRound.map((r) => Number(total(r).toFixed(2))), perRound }, null, 1) + '\n',
);
