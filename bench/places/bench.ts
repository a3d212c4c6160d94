/**
 * `npm run bench places`: gazetteer load time and memory (fresh process), place lookups per
 * second, and what places, dates and themes add to the foundation pipeline on the Wikinews sample.
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { EvalReport } from '../../eval/report.js';
import { createPipeline } from '../../src/core/pipeline.js';
import { defaultStages } from '../../src/pipeline.js';
import { readInputs } from '../../src/readers/inputs.js';
import type { Document } from '../../src/core/document.js';
import { dates } from '../../src/stages/dates/index.js';
import { entities } from '../../src/stages/entities/index.js';
import { places } from '../../src/stages/places/index.js';
import { resolvePlace } from '../../src/stages/places/resolve.js';
import { themes } from '../../src/stages/themes/index.js';

const CORPUS = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'news', 'wikinews_gum', 'wikinews_gum_news.jsonl');
const NAMES = ['Kiev', 'Paris', 'Donetsk', 'Georgia', 'the Gulf', 'Sydney', 'Washington', 'Lugansk', 'Bombay', 'United States', 'Qwxyzzy', 'Victoria'];
const LOADS = 3;

export async function run(): Promise<EvalReport> {
  const loads = Array.from({ length: LOADS }, () =>
    JSON.parse(execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(import.meta.dirname, 'load-gazetteer.ts')], { encoding: 'utf8' })) as Record<string, number>,
  );
  const median = (key: string): number => loads.map((l) => l[key]).sort((a, b) => a - b)[Math.floor(LOADS / 2)];

  resolvePlace('warm-up');
  const lookups = 50_000;
  let started = performance.now();
  for (let i = 0; i < lookups; i++) resolvePlace(NAMES[i % NAMES.length]);
  const lookupsPerSecond = lookups / ((performance.now() - started) / 1000);

  const docs: Document[] = [];
  for await (const result of readInputs([CORPUS])) if (result.ok) docs.push(result.doc);
  const stages = defaultStages();
  const base = createPipeline(stages.slice(0, stages.findIndex((s) => s.name === 'tokens') + 1));
  const recogniser = createPipeline([entities()], base.produces);
  const ours = createPipeline([places(), dates(), themes()], recogniser.produces);
  const rounds = 10;
  const read = docs.map((doc) => base.run(doc));
  const recognised = read.map((doc) => recogniser.run(doc));
  for (const doc of recognised) ours.run(doc); // warm-up: compile the rules before timing
  started = performance.now();
  for (let r = 0; r < rounds; r++) for (const doc of docs) base.run(doc);
  const baseMs = (performance.now() - started) / rounds;
  // the entity recogniser on the same documents, for scale: places reads its output
  started = performance.now();
  for (let r = 0; r < rounds; r++) for (const doc of read) recogniser.run(doc);
  const entitiesMs = (performance.now() - started) / rounds;
  started = performance.now();
  for (let r = 0; r < rounds; r++) for (const doc of recognised) ours.run(doc);
  const oursMs = (performance.now() - started) / rounds;
  // Each default stage timed on its own, to give the places stage's share of the whole pipeline.
  const perStage = new Map<string, number>();
  for (let r = 0; r < 3; r++) {
    for (const raw of docs) {
      let doc = raw;
      for (const stage of stages) {
        const t = performance.now();
        const layer = stage.run(doc, { report: () => undefined });
        if (r > 0) perStage.set(stage.name, (perStage.get(stage.name) ?? 0) + performance.now() - t);
        doc = { ...doc, layers: { ...doc.layers, [stage.name]: layer } };
      }
    }
  }
  const pipelineMs = [...perStage.values()].reduce((a, b) => a + b, 0);
  const share = (name: string): string => `${name} ${((100 * (perStage.get(name) ?? 0)) / pipelineMs).toFixed(1)}%`;
  const tokens = read.reduce((n, doc) => n + (doc.layers.tokens?.length ?? 0), 0);

  const markdown = [
    `Gazetteer (\`models/places/gazetteer.tsv\`, ${median('names').toLocaleString('en-US')} name keys) loaded in a fresh process, median of ${LOADS}: **${median('gazetteerMs').toFixed(0)} ms**, heap +${median('gazetteerHeapMb').toFixed(1)} MB, RSS +${median('gazetteerRssMb').toFixed(1)} MB. Theme lexicon: ${median('lexiconMs').toFixed(0)} ms.`,
    '',
    `Place resolution (\`resolvePlace\`, a mix of ${NAMES.length} names incl. ambiguous and unknown): **${Math.round(lookupsPerSecond).toLocaleString('en-US')} lookups/s**.`,
    '',
    `Wikinews sample (${docs.length} articles, ${tokens.toLocaleString('en-US')} tokens), mean of ${rounds} rounds: foundation stages (paragraphs … tokens) ${baseMs.toFixed(1)} ms, entity recogniser ${entitiesMs.toFixed(1)} ms; places (on the recogniser's entities) + dates + themes ${oursMs.toFixed(1)} ms (${Math.round(tokens / (oursMs / 1000)).toLocaleString('en-US')} tokens/s for the three stages).`,
    '',
    `Share of the default pipeline's time (${stages.map((st) => st.name).join(', ')}; each stage timed alone, 2 rounds): ${['places', 'dates', 'themes'].filter((n) => perStage.has(n)).map(share).join(', ')} (whole pipeline ${(pipelineMs / 2).toFixed(0)} ms per round).`,
    '',
    `Machine load during the run (1-minute load average): ${loadavg()[0].toFixed(1)} on ${cpus().length} cores; timings scale with it.`,
  ].join('\n');
  return {
    title: 'Places, dates and themes',
    metrics: {
      gazetteer_load_ms: median('gazetteerMs'),
      gazetteer_heap_mb: median('gazetteerHeapMb'),
      lookups_per_s: lookupsPerSecond,
      stages_ms_wikinews: oursMs,
      places_share_of_pipeline: (perStage.get('places') ?? 0) / pipelineMs,
    },
    markdown,
  };
}
