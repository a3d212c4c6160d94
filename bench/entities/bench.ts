/**
 * Named-entity speed and memory on CoNLL-2003 dev, and as a peer the `compromise` package's
 * people/places/organizations on the same sentences, scored the same way (exact span and type
 * in CoNLL's space: PER, LOC, ORG; compromise has no MISC).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { conllSpans, parseConll, type ConllSpan } from '../../src/stages/entities/conll.js';
import { conllType } from '../../src/stages/entities/labels.js';
import { loadModel } from '../../src/stages/entities/model.js';
import { recogniseSentences } from '../../src/stages/entities/recognise.js';
import { DEV_PATH } from '../../eval/entities/eval.js';
import { countMatches, scoreTable } from '../../eval/entities/score.js';
import { prf, type EvalReport } from '../../eval/report.js';

interface CompromiseMatch {
  offset: { start: number; length: number };
}
interface CompromiseView {
  json(options: { offset: boolean }): CompromiseMatch[];
}
interface CompromiseDoc {
  people(): CompromiseView;
  places(): CompromiseView;
  organizations(): CompromiseView;
}
const nlp = createRequire(import.meta.url)('compromise') as (text: string) => CompromiseDoc;

const REPEATS = 5;

export async function run(): Promise<EvalReport> {
  const docs = parseConll(readFileSync(DEV_PATH, 'utf8'));
  const tokenCount = docs.reduce((n, d) => n + d.sentences.reduce((m, s) => m + s.words.length, 0), 0);
  const gold: ConllSpan[][] = docs.flatMap((d) => d.sentences.map((s) => conllSpans(s.tags)));

  const heapBefore = process.memoryUsage();
  const loadStart = performance.now();
  const model = loadModel();
  const loadMs = performance.now() - loadStart;
  const heapAfter = process.memoryUsage();
  const modelMb = (heapAfter.heapUsed + heapAfter.arrayBuffers - heapBefore.heapUsed - heapBefore.arrayBuffers) / 2 ** 20;

  const tag = () => docs.flatMap((d) => recogniseSentences(model, d.sentences.map((s) => s.words)));
  tag(); // warm-up: let V8 optimise before timing
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let found = tag();
  for (let r = 0; r < REPEATS; r++) {
    const t = performance.now();
    const cpu = process.cpuUsage();
    found = tag();
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1000);
    times.push(performance.now() - t);
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const ms = median(times);
  const cpuMs = median(cpuTimes);
  const ours = countMatches(gold, found.map((ents) => ents.map((e) => ({ start: e.start, end: e.end, type: conllType(e.type) }))));
  const peakMb = process.resourceUsage().maxRSS / 1024;

  const peerStart = performance.now();
  const peerSpans = docs.flatMap((d) => d.sentences.map((s) => compromiseSpans(s.words)));
  const peerMs = performance.now() - peerStart;
  const peer = countMatches(gold, peerSpans);

  const f = (c: { tp: number; fp: number; fn: number }) => prf(c.tp, c.fp, c.fn).f;
  const tokensPerS = Math.round(tokenCount / (ms / 1000));
  const tokensPerCpuS = Math.round(tokenCount / (cpuMs / 1000));
  const peerTokensPerS = Math.round(tokenCount / (peerMs / 1000));
  const markdown = [
    `CoNLL-2003 dev: ${gold.length} sentences, ${tokenCount} tokens, already tokenised (the tokenizer is not timed).`,
    '',
    '| system | tokens/s (wall) | F1 (all) | F1 PER | F1 ORG | F1 LOC | F1 MISC |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    `| dyad entities | ${tokensPerS.toLocaleString('en')} | ${pct(f(ours.ALL))} | ${pct(f(ours.PER))} | ${pct(f(ours.ORG))} | ${pct(f(ours.LOC))} | ${pct(f(ours.MISC))} |`,
    `| compromise 14.17 | ${peerTokensPerS.toLocaleString('en')} | ${pct(f(peer.ALL))} | ${pct(f(peer.PER))} | ${pct(f(peer.ORG))} | ${pct(f(peer.LOC))} | — |`,
    '',
    `dyad: median of ${REPEATS} passes after a warm-up, one thread: ${tokensPerCpuS.toLocaleString('en')} tokens per CPU-second ` +
      `(wall-clock figures depend on what else the machine runs; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores during this run). Model load (gunzip, checksum, tables) ${loadMs.toFixed(0)} ms; ` +
      `model in memory ≈ ${modelMb.toFixed(1)} MB; process peak RSS ${peakMb.toFixed(0)} MB (before the peer ran).`,
    '',
    'compromise per type (people → PER, places → LOC, organizations → ORG):',
    '',
    scoreTable(peer),
  ].join('\n');
  return {
    title: 'Named entities (CoNLL-2003 dev)',
    metrics: { tokens_per_s: tokensPerS, tokens_per_cpu_s: tokensPerCpuS, load_ms: Math.round(loadMs), peak_rss_mb: Math.round(peakMb), f1: round(f(ours.ALL)), compromise_f1: round(f(peer.ALL)), compromise_tokens_per_s: peerTokensPerS },
    markdown,
  };
}

/** compromise's entities on one sentence, as token spans (its matches may carry punctuation). */
function compromiseSpans(words: readonly string[]): ConllSpan[] {
  const starts: number[] = [];
  let text = '';
  for (const w of words) {
    starts.push(text.length);
    text += w + ' ';
  }
  const doc = nlp(text);
  const spans: ConllSpan[] = [];
  const add = (view: CompromiseView, type: string) => {
    for (const { offset } of view.json({ offset: true })) {
      let end = offset.start + offset.length;
      while (end > offset.start && /[\s.,;:!?'")]/.test(text[end - 1])) end--;
      const first = starts.findIndex((s, i) => s + words[i].length > offset.start);
      let last = first;
      while (last < words.length && starts[last] < end) last++;
      if (first >= 0 && last > first) spans.push({ start: first, end: last, type });
    }
  };
  add(doc.people(), 'PER');
  add(doc.places(), 'LOC');
  add(doc.organizations(), 'ORG');
  return spans;
}

const pct = (v: number) => (100 * v).toFixed(1);
const round = (v: number) => Math.round(v * 10000) / 10000;
