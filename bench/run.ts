/** `npm run bench [name…]`: speed and memory, never a timed test. */
import { cpus, totalmem } from 'node:os';
import { runReports } from '../eval/report.js';

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
await runReports({
  dir: import.meta.dirname,
  entry: 'bench.ts',
  command: 'npm run bench',
  preamble: `# Benchmark results\n\nSpeed and memory, written by \`npm run bench\` (\`bench/run.ts\`). Machine: ${machine}. One core unless a section says otherwise.\n\n`,
  only: process.argv.slice(2),
});
