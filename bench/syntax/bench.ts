/**
 * Syntax speed and memory on one core: model load time, tagging and parsing tokens per second on
 * the UD English EWT dev sentences (gold tokenization), peak resident memory; and side by side the
 * peer wink-nlp (wink-eng-lite-web-model, whose tags are already UPOS) on the same sentences.
 * Speeds count CPU time of this process (user + system), the best of three passes: the machine is
 * shared, and wall time there measures the neighbours as much as the code. Wall time is shown too.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import winkNLP from 'wink-nlp';
import winkModel from 'wink-eng-lite-web-model';
import { assetPath } from '../../src/core/assets.js';
import { parseConllu } from '../../src/stages/deps/conllu.js';
import { loadParser } from '../../src/stages/deps/deps-model.js';
import { loadPosModel } from '../../src/stages/pos/pos-model.js';
import type { EvalReport } from '../../eval/report.js';
import { stageRates } from './stages.js';

const PASSES = 3;

interface Rate {
  /** Tokens per second of CPU time. */
  readonly cpu: number;
  /** Tokens per second of wall time. */
  readonly wall: number;
}

/** CPU milliseconds used by this process so far. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Best tokens per second over a few passes of `work` over all sentences. */
function tokensPerSecond(tokens: number, work: () => void): Rate {
  let bestCpu = Infinity;
  let bestWall = Infinity;
  for (let pass = 0; pass < PASSES; pass++) {
    const wall = performance.now();
    const cpu = cpuMs();
    work();
    bestCpu = Math.min(bestCpu, cpuMs() - cpu);
    bestWall = Math.min(bestWall, performance.now() - wall);
  }
  return { cpu: (tokens / bestCpu) * 1000, wall: (tokens / bestWall) * 1000 };
}

// wink's `its` helpers are plain functions typed as methods. They must be passed as they are:
// `out` recognises them by identity, and a wrapper is taken for a custom mapper of token values
// (which made wink's UPOS read as 0% and timed its token texts instead of its tags).
/* eslint-disable @typescript-eslint/unbound-method */
const winkValue = (nlp: ReturnType<typeof winkNLP>) => nlp.its.value;
const winkPos = (nlp: ReturnType<typeof winkNLP>) => nlp.its.pos;
/* eslint-enable @typescript-eslint/unbound-method */

/** UPOS of each gold token from wink's own tokenization, matched by character offset. */
function winkTags(nlp: ReturnType<typeof winkNLP>, forms: readonly string[]): (string | undefined)[] {
  const text = forms.join(' ');
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(winkValue(nlp));
  const tags: string[] = doc.tokens().out(winkPos(nlp));
  const byStart = new Map<number, string>();
  let cursor = 0;
  values.forEach((value, i) => {
    const at = text.indexOf(value, cursor);
    if (at < 0) return;
    byStart.set(at, tags[i]);
    cursor = at + value.length;
  });
  let offset = 0;
  return forms.map((form) => {
    const tag = byStart.get(offset);
    offset += form.length + 1;
    return tag;
  });
}

export async function run(): Promise<EvalReport> {
  const dev = parseConllu(readFileSync(join(assetPath(), '..', 'shared', 'data', 'ud', 'UD_English-EWT', 'en_ewt-ud-dev.conllu'), 'utf8'));
  const sentences = dev.map((s) => s.words.map((w) => w.form));
  const gold = dev.map((s) => s.words.map((w) => w.upos));
  const tokens = sentences.reduce((sum, s) => sum + s.length, 0);

  const loadStarted = performance.now();
  const loadCpu = cpuMs();
  const pos = loadPosModel();
  const parser = loadParser();
  const loadCpuMs = cpuMs() - loadCpu;
  const loadMs = performance.now() - loadStarted;

  const tagged = sentences.map((words) => pos.tagger.tag(words));
  const tagStrings = tagged.map((tags) => tags.map((t) => `${t.upos} ${t.xpos}`));
  const tagRate = tokensPerSecond(tokens, () => {
    for (const words of sentences) pos.tagger.tagIds(words);
  });
  const lemmaRate = tokensPerSecond(tokens, () => {
    sentences.forEach((words, s) => words.forEach((w, i) => pos.lemmatizer.lemmatize(w, tagged[s][i].xpos)));
  });
  const parseRate = tokensPerSecond(tokens, () => {
    sentences.forEach((words, s) => parser.parse(words, tagStrings[s]));
  });
  const stages = await stageRates(PASSES, cpuMs);
  let ours = 0;
  tagged.forEach((tags, s) => tags.forEach((t, i) => (ours += t.upos === gold[s][i] ? 1 : 0)));
  const memory = process.memoryUsage();
  const maxRssMiB = process.resourceUsage().maxRSS / 1024;

  const winkStarted = performance.now();
  const winkCpu = cpuMs();
  const nlp = winkNLP(winkModel);
  const winkLoadCpuMs = cpuMs() - winkCpu;
  const winkLoadMs = performance.now() - winkStarted;
  let winkCorrect = 0;
  sentences.forEach((words, s) => winkTags(nlp, words).forEach((tag, i) => (winkCorrect += tag === gold[s][i] ? 1 : 0)));
  const texts = sentences.map((words) => words.join(' '));
  const winkRate = tokensPerSecond(tokens, () => {
    const pos = winkPos(nlp);
    for (const text of texts) nlp.readDoc(text).tokens().out(pos);
  });

  const k = (rate: Rate) => `${Math.round(rate.cpu / 1000)}k (wall ${Math.round(rate.wall / 1000)}k)`;
  const pct = (v: number) => (v * 100).toFixed(2);
  const metrics = {
    tagTokensPerSecond: Math.round(tagRate.cpu),
    parseTokensPerSecond: Math.round(parseRate.cpu),
    loadCpuMs: Math.round(loadCpuMs),
    maxRssMiB: Math.round(maxRssMiB),
    winkTagTokensPerSecond: Math.round(winkRate.cpu),
    posStageTokensPerSecond: Math.round(stages.pos),
    depsStageTokensPerSecond: Math.round(stages.deps),
  };
  const markdown = [
    `${sentences.length} EWT dev sentences, ${tokens} tokens, gold tokenization; best of ${PASSES} passes, tokens per CPU second (wall-clock beside it). Load average during the run: ${loadavg().map((v) => v.toFixed(1)).join(' ')} (2 cores shared with other jobs).`,
    '',
    '| | dyad | wink-nlp 2.4 (eng-lite-web 1.8) |',
    '| --- | ---: | ---: |',
    `| UPOS accuracy | ${pct(ours / tokens)} | ${pct(winkCorrect / tokens)} |`,
    `| tagging, tokens/s | ${k(tagRate)} | ${k(winkRate)} (its full pipeline, own tokenizer) |`,
    `| lemmatizing, tokens/s | ${k(lemmaRate)} | |`,
    `| parsing (given tags), tokens/s | ${k(parseRate)} | — (no parser) |`,
    `| pos stage on ${stages.docs} Reuters stories (${stages.tokens} tokens), tokens/s | ${Math.round(stages.pos / 1000)}k | |`,
    `| deps stage on the same stories, tokens/s | ${Math.round(stages.deps / 1000)}k | |`,
    `| model load, ms | ${Math.round(loadCpuMs)} (wall ${Math.round(loadMs)}) | ${Math.round(winkLoadCpuMs)} (wall ${Math.round(winkLoadMs)}) |`,
    '',
    `Memory after the dyad runs: heap ${Math.round(memory.heapUsed / 2 ** 20)} MiB, array buffers ${Math.round(memory.arrayBuffers / 2 ** 20)} MiB; peak RSS of the process ${Math.round(maxRssMiB)} MiB (includes Node, tsx and wink). Our tagger: ${pos.tagger.model.size.rows} feature rows, ${pos.tagger.model.size.weights} weights.`,
    '',
    'wink-nlp tokenizes the space-joined sentence itself; a gold token counts as correct when the wink token starting at the same offset has the gold UPOS.',
  ].join('\n');
  return { title: 'Syntax speed (UD English EWT dev)', metrics, markdown };
}
