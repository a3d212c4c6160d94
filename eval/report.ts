import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** What each `eval/<layer>/eval.ts` and `bench/<name>/bench.ts` returns. */
export interface EvalReport {
  /** Section heading, e.g. `Syntax (UD English EWT dev)`. */
  readonly title: string;
  /** Headline numbers, compared with `baseline.json` when one exists (e.g. `{ upos: 0.961 }`). */
  readonly metrics: Readonly<Record<string, number>>;
  /** The full report: tables, per-type scores, confusions. */
  readonly markdown: string;
}

/** Precision, recall and F1 from counts (spaCy's `PRFScore`). */
export function prf(tp: number, fp: number, fn: number): { p: number; r: number; f: number } {
  const p = tp + fp === 0 ? 0 : tp / (tp + fp);
  const r = tp + fn === 0 ? 0 : tp / (tp + fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

export interface RunOptions {
  /** The folder whose subfolders hold one `<entry>` module each (`eval/` or `bench/`). */
  readonly dir: string;
  /** File name inside each subfolder: `eval.ts` or `bench.ts`; it exports `run(): Promise<EvalReport>`. */
  readonly entry: string;
  /** The npm script, for the "measured with" line. */
  readonly command: string;
  /** Heading and introduction of the RESULTS.md file. */
  readonly preamble: string;
  /** Names to run; empty runs all. */
  readonly only: readonly string[];
}

/**
 * Run each report module, print it, compare with its `baseline.json`, and rewrite
 * `<dir>/RESULTS.md`, keeping the sections of modules not run this time.
 */
export async function runReports(options: RunOptions): Promise<void> {
  const names = readdirSync(options.dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(options.dir, e.name, options.entry)))
    .map((e) => e.name)
    .filter((name) => options.only.length === 0 || options.only.includes(name))
    .sort();
  const resultsPath = join(options.dir, 'RESULTS.md');
  const sections = readSections(resultsPath);
  for (const name of names) {
    const started = Date.now();
    const mod = (await import(pathToFileURL(join(options.dir, name, options.entry)).href)) as { run(): Promise<EvalReport> };
    const report = await mod.run();
    const baseline = readBaseline(join(options.dir, name, 'baseline.json'));
    const headline = Object.entries(report.metrics)
      .map(([k, v]) => `${k} ${fmt(v)}${k in baseline ? ` (${signed(v - baseline[k])} vs baseline)` : ''}`)
      .join(', ');
    console.log(`\n## ${report.title}\n${headline}\n\n${report.markdown}`);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    sections.set(name, `## ${report.title}\n\nMeasured ${new Date().toISOString().slice(0, 10)} with \`${options.command} ${name}\` (${seconds} s).\n\n${report.markdown.trim()}\n`);
    writeFileSync(resultsPath, options.preamble + [...sections.entries()].sort().map(([n, body]) => `<!-- section: ${n} -->\n${body}`).join('\n'));
  }
  if (names.length === 0) console.error(`nothing to run in ${options.dir}${options.only.length ? ` named ${options.only.join(', ')}` : ''}`);
}

function readBaseline(path: string): Record<string, number> {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, number>) : {};
}

function readSections(path: string): Map<string, string> {
  const map = new Map<string, string>();
  if (!existsSync(path)) return map;
  for (const block of readFileSync(path, 'utf8').split(/^<!-- section: /m).slice(1)) {
    const cut = block.indexOf(' -->\n');
    map.set(block.slice(0, cut), `${block.slice(cut + 5).trimEnd()}\n`); // trimmed, or every rewrite adds a blank line
  }
  return map;
}

function fmt(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(4);
}

function signed(v: number): string {
  return (v >= 0 ? '+' : '') + v.toFixed(4);
}
