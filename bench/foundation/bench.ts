/**
 * Reading, segmentation and storing throughput on Reuters-21578 (`../shared/data/news/reuters21578`)
 * when present, else the bundled samples: articles/s, MB/s of text, tokens/s and peak memory.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EvalReport } from '../../eval/report.js';
import { createPipeline } from '../../src/core/pipeline.js';
import { defaultStages } from '../../src/pipeline.js';
import { readInputs } from '../../src/readers/inputs.js';
import { ingest } from '../../src/store/ingest.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Document } from '../../src/core/document.js';

const ROOT = join(import.meta.dirname, '..', '..');
const REUTERS = join(ROOT, '..', 'shared', 'data', 'news', 'reuters21578');

export async function run(): Promise<EvalReport> {
  const corpus = existsSync(REUTERS) ? REUTERS : join(ROOT, 'samples');
  const corpusName = corpus === REUTERS ? 'Reuters-21578 (22 SGML files)' : 'bundled samples';

  let started = performance.now();
  const docs: Document[] = [];
  for await (const result of readInputs([corpus])) if (result.ok) docs.push(result.doc);
  const readMs = performance.now() - started;
  const chars = docs.reduce((n, d) => n + d.text.length, 0);

  // Segmentation: the stages up to tokens, as the pipeline runs them.
  const stages = defaultStages();
  const segmentation = createPipeline(stages.slice(0, stages.findIndex((s) => s.name === 'tokens') + 1));
  started = performance.now();
  let tokens = 0;
  for (const doc of docs) tokens += segmentation.run(doc).layers.tokens?.length ?? 0;
  const segmentMs = performance.now() - started;

  const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-'));
  const store = openSqliteStore(join(dir, 'bench.db'));
  started = performance.now();
  const summary = await ingest([corpus], { store, pipeline: createPipeline(stages) });
  const ingestMs = performance.now() - started;
  await store.close();
  rmSync(dir, { recursive: true, force: true });

  const mb = chars / 1e6;
  const rows = [
    ['read (parse files into documents)', readMs, `${(docs.length / (readMs / 1000)).toFixed(0)} articles/s`, `${(mb / (readMs / 1000)).toFixed(1)} MB/s`],
    ['segment (paragraphs, dateline, sentences, tokens)', segmentMs, `${(tokens / (segmentMs / 1000)).toFixed(0)} tokens/s`, `${(mb / (segmentMs / 1000)).toFixed(1)} MB/s`],
    ['read + segment', readMs + segmentMs, `${(docs.length / ((readMs + segmentMs) / 1000)).toFixed(0)} articles/s`, `${(mb / ((readMs + segmentMs) / 1000)).toFixed(1)} MB/s`],
    [`ingest: read + full pipeline + SQLite (${summary.stored} stored)`, ingestMs, `${(summary.stored / (ingestMs / 1000)).toFixed(0)} articles/s, ${(tokens / (ingestMs / 1000)).toFixed(0)} tokens/s`, `${(mb / (ingestMs / 1000)).toFixed(1)} MB/s`],
  ];
  const peakMb = process.resourceUsage().maxRSS / 1024;
  const markdown = [
    `Corpus: ${corpusName}: ${docs.length} articles, ${mb.toFixed(1)} MB of text, ${tokens} tokens. One process, one core. Pipeline stages: ${stages.map((s) => s.name).join(', ')}.`,
    '',
    '| step | time (s) | rate | text |',
    '|---|---:|---:|---:|',
    ...rows.map(([name, ms, rate, text]) => `| ${name} | ${((ms as number) / 1000).toFixed(2)} | ${rate} | ${text} |`),
    '',
    `Peak memory (max RSS of the bench process, all steps): ${peakMb.toFixed(0)} MB.`,
  ].join('\n');
  return {
    title: 'Foundation: reading, segmentation and storing',
    metrics: { read_segment_mb_s: mb / ((readMs + segmentMs) / 1000), ingest_articles_s: summary.stored / (ingestMs / 1000), peak_rss_mb: peakMb },
    markdown,
  };
}
