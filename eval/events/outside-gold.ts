/**
 * The blind, held-out event gold (`eval/events/outside-gold/<folder>/<id>.gold.json`, each beside the
 * `<id>.input.json` it annotates): wire stories and readouts sampled after news-dev and annotated
 * before dyad was run on them. Nobody tunes on it; it only measures. Each input is coded by the full
 * pipeline, as `dyad code --format plover` codes it, and scored with the port of the reference scorer.
 *
 *   npx tsx eval/events/outside-gold.ts [--train] [--list] [--predictions FILE]
 *
 * `--train` scores the training gold (`train-gold/`) instead, which may be studied item by item; with `--list`, each
 * miss there also shows its gold participants, its evidence and the triggers turned down in its sentence.
 * prints F1, P and R per folder and overall, numbers only, so that whoever tunes the coder sees no
 * item. `--list` adds each article's missed required items and false positives (for the annotators);
 * `--predictions FILE` writes the PLOVER JSON Lines, to score with `../shared/tools/score_events.py`.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DyadError } from '../../src/core/errors.js';
import type { Pipeline } from '../../src/core/pipeline.js';
import { defaultPipeline } from '../../src/pipeline.js';
import { PLOVER_EVENTS } from '../../src/ontology/plover.js';
import type { PloverRecord } from '../../src/stages/events/plover-records.js';
import { refuseHeldOut } from './held-out-overlap.js';
import { codeInputs, pipelineCoder, prfOf, type Coder, type RejectedRecord, type Tally } from './newsdev.js';
import { goldDocId, Locator, scoreArticle, type ArticleGold, type ArticleScore } from './reference-score.js';

export const OUTSIDE_GOLD = join(import.meta.dirname, 'outside-gold');
/**
 * The training gold: articles from the studied part of each source's hash order (below the held-out tails),
 * annotated the same way. Learned steps train on it and anyone may read its items (`--train --list`).
 */
export const TRAIN_GOLD = join(import.meta.dirname, 'train-gold');

/** The annotated text: one record as `outside.ts --inputs` prints it. */
interface OutsideInput { readonly id: string; readonly text: string; readonly [field: string]: unknown }

export interface OutsideArticle { readonly folder: string; readonly docId: string; readonly gold: ArticleGold; readonly input: OutsideInput }
export interface ScoredOutsideArticle extends OutsideArticle {
  readonly records: readonly PloverRecord[];
  /** Triggers the coder turned down: where a miss was dropped, for `causes.ts --outside-gold`. */
  readonly rejected: readonly RejectedRecord[];
  readonly score: ArticleScore;
}

const EVENT_TYPES: ReadonlySet<string> = new Set(PLOVER_EVENTS);

/** Every gold file of every folder under `root`, checked against its input; a malformed one throws E300/E301. */
export function loadOutsideGold(root: string = OUTSIDE_GOLD): OutsideArticle[] {
  if (!existsSync(root)) return [];
  const folders = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  return folders.flatMap((folder) => readdirSync(join(root, folder)).filter((f) => f.endsWith('.gold.json')).sort()
    .map((file) => loadArticle(root, folder, file)));
}

function loadArticle(root: string, folder: string, file: string): OutsideArticle {
  const path = join(root, folder, file);
  const name = relative(root, path);
  const fail = (field: string, problem: string) => new DyadError('E300', { file: name, field, problem });
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw fail('(file)', `is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const gold = raw as Partial<ArticleGold> & { meta?: { scope_end_char?: unknown } };
  if (!gold || typeof gold !== 'object' || !gold.document) throw fail('document', 'is missing');
  const docId = goldDocId(gold as ArticleGold);
  if (!docId || docId.includes('undefined')) throw fail('document.id', 'is missing');
  const input = loadInput(root, join(root, folder, file.replace(/\.gold\.json$/, '.input.json')), docId);
  const scopeEnd = gold.meta?.scope_end_char;
  if (scopeEnd !== undefined && scopeEnd !== input.text.length) {
    throw fail('meta.scope_end_char', `is ${JSON.stringify(scopeEnd)}, but the input text has ${input.text.length} characters`);
  }
  const events = gold.events as Partial<ArticleGold['events']> | undefined;
  if (!events || !Array.isArray(events.required)) throw fail('events.required', 'must be a list');
  if (events.acceptable !== undefined && !Array.isArray(events.acceptable)) throw fail('events.acceptable', 'must be a list');
  const lists: [string, readonly Item[]][] = [['required', events.required], ['acceptable', events.acceptable ?? []]];
  for (const [list, items] of lists) items.forEach((item, i) => checkItem(item, `events.${list}[${i}]`, input.text, fail));
  return { folder, docId, gold: gold as ArticleGold, input };
}

function loadInput(root: string, path: string, docId: string): OutsideInput {
  const fail = (problem: string) => new DyadError('E301', { file: relative(root, path), problem });
  if (!existsSync(path)) throw fail('is missing (each gold file annotates the text of the input file beside it)');
  let input: Partial<OutsideInput>;
  try {
    input = JSON.parse(readFileSync(path, 'utf8')) as Partial<OutsideInput>;
  } catch (error) {
    throw fail(`is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (input.id !== docId) throw fail(`has id "${String(input.id)}", but its gold file annotates "${docId}"`);
  if (typeof input.text !== 'string' || !input.text.trim()) throw fail('has no text');
  return input as OutsideInput;
}

type Item = ArticleGold['events']['required'][number];

/** A gold item the scorer can read: a PLOVER type, lists of codes, and evidence copied from the text. */
function checkItem(item: Item, at: string, text: string, fail: (field: string, problem: string) => DyadError): void {
  if (!item || typeof item !== 'object') throw fail(at, 'must be an object');
  const readings: [string, Partial<Item>][] = [[at, item], ...(item.alternatives ?? []).map((alt, j): [string, Partial<Item>] => [`${at}.alternatives[${j}]`, alt])];
  for (const [where, reading] of readings) {
    if ((reading === item || reading.event !== undefined) && !EVENT_TYPES.has(reading.event ?? '')) throw fail(`${where}.event`, `"${String(reading.event)}" is not a PLOVER event type`);
    for (const side of ['actor', 'recipient'] as const) {
      const codes = reading[side];
      if (codes !== undefined && !(Array.isArray(codes) && codes.every((c) => typeof c === 'string'))) throw fail(`${where}.${side}`, 'must be a list of code strings');
    }
    if (reading.evidence !== undefined && !text.includes(reading.evidence)) throw fail(`${where}.evidence`, 'is not copied exactly from the input text');
  }
  if (typeof item.evidence !== 'string' || !item.evidence) throw fail(`${at}.evidence`, 'is missing');
}

/** Code every input with `code` and score it against its gold. */
export async function scoreOutsideGold(code: Coder, articles: readonly OutsideArticle[] = loadOutsideGold()): Promise<ScoredOutsideArticle[]> {
  if (!articles.length) return [];
  const { records, rejected } = await codeInputs(articles.map((a) => a.input), code);
  return articles.map((a) => {
    const own = records.get(a.docId) ?? [];
    return { ...a, records: own, rejected: rejected.get(a.docId) ?? [], score: scoreArticle(a.gold, own, a.input.text) };
  });
}

function sum(scores: readonly ArticleScore[]): Tally {
  const t: Tally = { required: 0, found: 0, predicted: 0, false: 0 };
  for (const s of scores) {
    t.required += s.required;
    t.found += s.found_dyad;
    t.predicted += s.predicted;
    t.false += s.false_positives;
  }
  return t;
}

/** Rows of F1, P, R, found/required, predicted, false per folder and overall. */
export function outsideGoldTable(articles: readonly ScoredOutsideArticle[]): { rows: string[]; f1: Record<string, number> } {
  const folders = [...new Set(articles.map((a) => a.folder))];
  const fmt = (v: number) => v.toFixed(3);
  const rows: string[] = [];
  const f1: Record<string, number> = {};
  for (const folder of [...folders, 'all']) {
    const inFolder = articles.filter((a) => folder === 'all' || a.folder === folder);
    const t = sum(inFolder.map((a) => a.score));
    const s = prfOf(t);
    rows.push(`| ${folder} | ${inFolder.length} | ${fmt(s.f1)} | ${fmt(s.p)} | ${fmt(s.r)} | ${t.found}/${t.required} | ${t.predicted} | ${t.false} |`);
    f1[folder] = Number(fmt(s.f1));
  }
  return { rows, f1 };
}

/** The header of `outsideGoldTable`'s rows. */
export const HEADER = ['| folder | articles | F1 | P | R | found/required | predicted | false |', '|---|---|---|---|---|---|---|---|'];

/** The "outside gold" section of `npm run eval events`: numbers only. */
export async function reportOutsideGold(pipeline: Pipeline): Promise<{ metrics: Record<string, number>; markdown: string }> {
  const articles = await scoreOutsideGold(pipelineCoder(pipeline));
  if (!articles.length) return { metrics: {}, markdown: '### Outside gold\n\nNo gold files.\n' };
  const { rows, f1 } = outsideGoldTable(articles);
  const markdown = [
    `### Outside gold (${articles.length} blind-annotated articles, held out: nobody tunes on them)\n`,
    'Scored with the reference rules, as for news-dev; `eval/events/outside-gold/README.md` says how the set was made.\n',
    ...HEADER, ...rows, '',
  ].join('\n');
  return { metrics: { outside_gold_f1: f1.all }, markdown };
}

/**
 * Each article's missed required items and false positives, for the annotators (`--list`). With `why` (the training
 * gold's `--train --list`, which anyone may study) each miss also shows its gold participants and evidence and the
 * triggers the coder turned down in its sentence, with the rule that stopped each: the first thing to read when
 * studying a class of misses (`causes.ts --train-gold` counts them).
 */
function listing(articles: readonly ScoredOutsideArticle[], why: boolean): string[] {
  return articles.flatMap((a) => [
    `\n=== ${a.folder}/${a.docId}: ${a.score.found_dyad}/${a.score.required} found, ${a.score.false_positives}/${a.score.predicted} false`,
    ...a.score.detail.flatMap((d, i) => (d.dyad ? [] : [
      `  missed ${d.id ?? ''} ${d.event}${d.type ? ' (type found, participants wrong)' : ''}`,
      ...(why ? missDetail(a, i) : []),
    ])),
    ...a.score.fp.map((f) => `  false ${f.event} ${f.actor.join('+') || '-'} -> ${f.recipient.join('+') || '-'} | ${f.evidence}`),
  ]);
}

/** The gold item `i` of a scored article as the listing shows it under its miss, with its sentence's turned-down triggers. */
export function missDetail(a: ScoredOutsideArticle, i: number): string[] {
  const g = a.gold.events.required[i];
  const where = new Locator(a.input.text);
  const own = where.sentencesIn(g.evidence);
  const down = a.rejected.filter((x) => x.sentence && where.inSentences(x.sentence, own));
  return [
    `    gold ${(g.actor ?? []).join('+') || '-'} -> ${(g.recipient ?? []).join('+') || '-'} | ${g.evidence}`,
    ...down.map((x) => `    turned down ${x.ruleId}${x.event ? ` ${x.event}` : ''} "${x.trigger}": ${x.reason}`),
  ];
}

async function main(args: readonly string[]): Promise<void> {
  // The training set is refused (E320) if it holds an article the held-out set annotates, as the eval report does.
  const gold = args.includes('--train') ? refuseHeldOut(loadOutsideGold(TRAIN_GOLD), OUTSIDE_GOLD) : loadOutsideGold(OUTSIDE_GOLD);
  const articles = await scoreOutsideGold(pipelineCoder(defaultPipeline()), gold);
  const at = args.indexOf('--predictions');
  if (at >= 0) writeFileSync(args[at + 1], articles.flatMap((a) => a.records).map((r) => JSON.stringify(r) + '\n').join(''));
  const lines = [...HEADER, ...outsideGoldTable(articles).rows, ...(args.includes('--list') ? listing(articles, args.includes('--train')) : [])];
  process.stdout.write(lines.join('\n') + '\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main(process.argv.slice(2));
