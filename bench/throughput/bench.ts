/**
 * Throughput as a user meets it (#13): `dyad ingest` of two Reuters-21578 files into a fresh
 * SQLite store, on one core (`taskset -c 0`, annotation in the main thread) and with one worker
 * thread per core; per-stage shares of CPU time; asset load times in a fresh process; the peak
 * RSS of the pipeline alone; and the cold start of `dyad code` on the seed article. Runs the
 * built CLI (`npm run build` first). `BENCH_FULL=1` adds an ingest of all 22 Reuters files with
 * two workers, for the 400 MB memory goal.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EvalReport } from '../../eval/report.js';
import type { Document } from '../../src/core/document.js';
import { createPipeline } from '../../src/core/pipeline.js';
import { defaultStages } from '../../src/pipeline.js';
import { readInputs } from '../../src/readers/inputs.js';
import { timedStages } from '../stage-cpu.js';

const ROOT = join(import.meta.dirname, '..', '..');
const REUTERS = join(ROOT, '..', 'shared', 'data', 'news', 'reuters21578');
const CLI = join(ROOT, 'dist', 'cli', 'main.js');
const SEED = join(ROOT, 'samples', 'tass-2020-06-26-putin-macron.txt');

interface Timed {
  readonly wallS: number;
  readonly cpuS: number;
  readonly maxRssMb: number;
}

/** Run a command under GNU time: wall and CPU seconds and peak RSS of the whole process tree's largest process. */
function timed(command: string[]): Timed {
  const result = spawnSync('/usr/bin/time', ['-f', 'BENCH %e %U %S %M', ...command], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  // Exit code 3 means some records were rejected (Reuters has stories without a body); the run itself finished.
  if (result.status !== 0 && result.status !== 3) throw new Error(`${command.join(' ')} failed: ${result.stderr.slice(-400)}`);
  return parseTime(result.stderr);
}

function parseTime(stderr: string): Timed {
  const m = /BENCH ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(stderr);
  if (!m) throw new Error(`no timing in: ${stderr.slice(-400)}`);
  return { wallS: Number(m[1]), cpuS: Number(m[2]) + Number(m[3]), maxRssMb: Number(m[4]) / 1024 };
}

function ingestRun(files: readonly string[], workers: number, pinned: boolean): Timed {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-throughput-'));
  try {
    const command = [process.execPath, CLI, 'ingest', ...files, '--db', join(dir, 'bench.db'), '--quiet', '--workers', String(workers)];
    return timed(pinned ? ['taskset', '-c', '0', ...command] : command);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function child<T>(script: string, args: readonly string[] = []): T {
  return JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, script), ...args], { cwd: ROOT, encoding: 'utf8' })) as T;
}

/** CPU seconds per stage over the documents, after one warm-up document. */
function stageSeconds(docs: readonly Document[]): Map<string, number> {
  const spent = new Map<string, number>();
  const stages = timedStages(defaultStages(), spent);
  const pipeline = createPipeline(stages);
  pipeline.run(docs[0]);
  spent.clear();
  for (const doc of docs) pipeline.run(doc);
  return spent;
}

export async function run(): Promise<EvalReport> {
  if (!existsSync(CLI)) throw new Error('dist/cli/main.js is missing: run `npm run build` first');
  const files = ['reut2-000.sgm', 'reut2-001.sgm'].map((f) => join(REUTERS, f));
  const docs: Document[] = [];
  for await (const result of readInputs(files)) if (result.ok) docs.push(result.doc);
  const words = docs.reduce((n, d) => n + d.text.split(/\s+/).filter(Boolean).length, 0);
  const cores = availableParallelism();

  const load = child<{ ms: Record<string, number>; rssMb: number }>('load-models.ts');
  const loadMs = Object.values(load.ms).reduce((a, b) => a + b, 0);
  const one = ingestRun(files, 0, true);
  const many = ingestRun(files, cores, false);
  const alone = child<{ docs: number; cpuS: number; maxRssMb: number }>('pipeline-rss.ts', files);
  const seed = timed([process.execPath, CLI, 'code', SEED]);
  const spent = stageSeconds(docs);
  const stageTotal = [...spent.values()].reduce((a, b) => a + b, 0);

  const rate = (t: Timed) => words / t.wallS;
  const lines = [
    `Corpus: Reuters-21578 \`reut2-000.sgm\` and \`reut2-001.sgm\`: ${docs.length} stories, ${words.toLocaleString('en-US')} words (whitespace-separated). ` +
      `Machine: ${cores} cores shared with other jobs (load average ${loadavg()[0].toFixed(1)} at the end of this run), so wall-clock figures are pessimistic; ` +
      'words per CPU-second are steadier. Each ingest is the built CLI into a fresh SQLite store.',
    '',
    '| run | wall s | CPU s | words/s (wall) | words per CPU-s | peak RSS MB |',
    '|---|---:|---:|---:|---:|---:|',
    `| \`taskset -c 0 dyad ingest … --workers 0\` (one core) | ${one.wallS.toFixed(1)} | ${one.cpuS.toFixed(1)} | ${rate(one).toFixed(0)} | ${(words / one.cpuS).toFixed(0)} | ${one.maxRssMb.toFixed(0)} |`,
    `| \`dyad ingest … --workers ${cores}\` | ${many.wallS.toFixed(1)} | ${many.cpuS.toFixed(1)} | ${rate(many).toFixed(0)} | ${(words / many.cpuS).toFixed(0)} | ${many.maxRssMb.toFixed(0)} |`,
    '',
    `Speed-up with ${cores} workers over one core: **${(one.wallS / many.wallS).toFixed(2)}×** (wall).`,
    `Pipeline alone (no store, one document at a time, \`bench/throughput/pipeline-rss.ts\`): ${alone.docs} stories in ${alone.cpuS.toFixed(1)} CPU-s (${(words / alone.cpuS).toFixed(0)} words per CPU-s), peak RSS **${alone.maxRssMb.toFixed(0)} MB**.`,
    `\`dyad code\` on the seed article, cold (new process, models loaded): ${seed.wallS.toFixed(2)} s wall, ${seed.cpuS.toFixed(2)} s CPU (goal ≤ 1 s wall).`,
    '',
    `Asset loading in a fresh process (\`bench/throughput/load-models.ts\`), ${loadMs.toFixed(0)} ms in all, RSS after ${load.rssMb.toFixed(0)} MB:`,
    '',
    '| asset | load ms |',
    '|---|---:|',
    ...Object.entries(load.ms).map(([name, ms]) => `| ${name} | ${ms.toFixed(0)} |`),
    '',
    'Per-stage share of CPU time (in-process, same corpus, after one warm-up story):',
    '',
    '| stage | CPU s | share |',
    '|---|---:|---:|',
    ...[...spent].map(([name, s]) => `| ${name} | ${s.toFixed(2)} | ${((100 * s) / stageTotal).toFixed(1)}% |`),
  ];
  const metrics: Record<string, number> = {
    words_per_s_one_core: rate(one),
    words_per_cpu_s_one_core: words / one.cpuS,
    words_per_s_workers: rate(many),
    worker_speedup: one.wallS / many.wallS,
    pipeline_peak_rss_mb: alone.maxRssMb,
    model_load_ms: loadMs,
    code_cold_s: seed.wallS,
  };
  if (process.env.BENCH_FULL) {
    const all = readdirSync(REUTERS).filter((f) => f.endsWith('.sgm')).sort().map((f) => join(REUTERS, f));
    const full = ingestRun(all, 2, false);
    lines.push('', `All ${all.length} Reuters files with \`--workers 2\`: ${full.wallS.toFixed(0)} s wall, peak RSS **${full.maxRssMb.toFixed(0)} MB** (goal ≤ 400 MB).`);
    metrics.full_ingest_peak_rss_mb = full.maxRssMb;
  }
  return { title: 'Throughput: dyad ingest on one core and with workers', metrics, markdown: lines.join('\n') };
}
