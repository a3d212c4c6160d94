/**
 * The news-dev gold (`../shared/data/eventgold/news-dev/<folder>/*.gold.json`): the annotated texts
 * gathered as `../shared/tools/gold_inputs.py` gathers them, coded by the default pipeline exactly
 * as `dyad code --format plover` codes them, and scored per article with the port of the reference
 * scorer. Folders are split in halves by the reference's stable hash of the article id, so that
 * rules are tuned on one half and checked on the other.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readRecord } from '../../src/cli/read.js';
import { publicId, type Document } from '../../src/core/document.js';
import { packOf } from '../../src/lang/pack.js';
import { rejectionText } from '../../src/stages/events/explain.js';
import { createPipeline, type Pipeline } from '../../src/core/pipeline.js';
import { defaultPipeline } from '../../src/pipeline.js';
import { readInputs } from '../../src/readers/inputs.js';
import { dateline } from '../../src/stages/dateline/index.js';
import { ploverRecords, type PloverRecord } from '../../src/stages/events/plover-records.js';
import { paragraphs } from '../../src/stages/paragraphs/index.js';
import { goldDocId, halfOf, scoreArticle, type ArticleGold, type ArticleScore, type Half } from './reference-score.js';

export const SHARED = join(import.meta.dirname, '..', '..', '..', 'shared');
const GOLD = join(SHARED, 'data', 'eventgold', 'news-dev');
const NEWS = join(SHARED, 'data', 'news');


export interface NewsDevArticle {
  readonly folder: string;
  readonly docId: string;
  readonly half: Half;
  readonly gold: ArticleGold & { events: { required: readonly GoldRequired[] } };
  readonly text: string;
  readonly records: readonly PloverRecord[];
  /** Triggers the coder turned down, with their text: where a miss was dropped, and by which rule. */
  readonly rejected: readonly RejectedRecord[];
  readonly score: ArticleScore;
}

/** A rejected trigger with the text of its trigger and sentence. */
export interface RejectedRecord { readonly ruleId: string; readonly event?: string; readonly trigger: string; readonly sentence: string; readonly reason: string }

export interface GoldRequired { readonly id?: string; readonly event: string; readonly actor?: readonly string[]; readonly recipient?: readonly string[]; readonly evidence?: string }

interface InputRecord { id: string; date: string | null; title: string | null; source: string | null; dateline: string | null; text: string }

export function newsDevPresent(): boolean {
  return existsSync(GOLD);
}

/** How the articles are coded: all at once, so that a cached coder can read the layers of all of them in one go. */
export type Coder = (docs: readonly Document[]) => Document[];

/** The coder of `pipeline`, one document at a time. */
export const pipelineCoder = (pipeline: Pipeline): Coder => (docs) => docs.map((d) => pipeline.run(d));

/** The triggers the events stage of a coded `doc` turned down, with their text and reason. */
export function turnedDownOf(doc: Document): RejectedRecord[] {
  const sentences = doc.layers.sentences ?? [];
  return (doc.layers.events?.rejected ?? []).map((x) => ({
    ruleId: x.ruleId, ...(x.event ? { event: x.event } : {}), trigger: doc.text.slice(x.trigger.start, x.trigger.end),
    sentence: sentences[x.sent] ? doc.text.slice(sentences[x.sent].start, sentences[x.sent].end) : '', reason: rejectionText(packOf(doc), x),
  }));
}

/**
 * Code input records (an id and a text each) through a JSON Lines file, as `dyad code` reads them, and collect each
 * document's PLOVER records and turned-down triggers by its public id. An input the reader refuses throws.
 */
export async function codeInputs(inputs: readonly { readonly id: string; readonly text: string }[], code: Coder): Promise<{ records: Map<string, PloverRecord[]>; rejected: Map<string, RejectedRecord[]> }> {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-eval-inputs-'));
  const records = new Map<string, PloverRecord[]>();
  const rejected = new Map<string, RejectedRecord[]>();
  try {
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, inputs.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const docs: Document[] = [];
    for await (const result of readInputs([file])) {
      if (!result.ok) throw result.error;
      docs.push(result.doc);
    }
    for (const doc of code(docs)) {
      for (const r of ploverRecords(doc)) records.set(r.doc_id, [...(records.get(r.doc_id) ?? []), r]);
      rejected.set(publicId(doc), turnedDownOf(doc));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { records, rejected };
}

/** Code and score every news-dev article (`codeWithLayerCache` as the coder reruns only the events stage). */
export async function scoreNewsDev(code: Coder = pipelineCoder(defaultPipeline())): Promise<NewsDevArticle[]> {
  const folders = readdirSync(GOLD, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const golds = folders.flatMap((folder) => readdirSync(join(GOLD, folder)).filter((f) => f.endsWith('.gold.json')).sort()
    .map((file) => ({ folder, gold: JSON.parse(readFileSync(join(GOLD, folder, file), 'utf8')) as NewsDevArticle['gold'] })));
  const inputs = await gatherInputs(golds.map((g) => g.gold));
  const { records, rejected } = await codeInputs([...inputs.values()], code);
  return golds.flatMap(({ folder, gold }) => {
    const docId = goldDocId(gold);
    const input = inputs.get(docId);
    if (!input) return [];
    const own = records.get(docId) ?? [];
    return [{ folder, docId, half: halfOf(docId), gold, text: input.text, records: own, rejected: rejected.get(docId) ?? [], score: scoreArticle(gold, own, input.text) }];
  });
}

/** The texts the gold files annotate: Reuters stories through the reader, readouts and Wikinews from their JSON Lines. */
async function gatherInputs(golds: readonly ArticleGold[]): Promise<Map<string, InputRecord>> {
  const want = new Map(golds.map((g) => [goldDocId(g), g]));
  const found = new Map<string, Record<string, unknown> & { id: string; text: string }>();
  const files = [...new Set(golds.map((g) => (g.document as { file?: string }).file).filter((f): f is string => !!f))];
  if (files.length) {
    const top = createPipeline([paragraphs(), dateline()]);
    for await (const result of readInputs(files.map((f) => join(NEWS, 'reuters21578', f)))) {
      if (!result.ok) continue;
      const record = readRecord(top.run(result.doc));
      if (want.has(record.id) && !found.has(record.id)) found.set(record.id, record);
    }
  }
  const jsonl = [join(NEWS, 'readouts'), join(NEWS, 'wikinews_gum')].flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.jsonl')).map((f) => join(d, f)));
  for (const path of jsonl) {
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as { id?: string; date?: string; dateCreated?: string; text: string };
      if (!r.id || !want.has(r.id) || found.has(r.id)) continue;
      found.set(r.id, { ...r, id: r.id, date: r.date || (r.dateCreated ?? '').slice(0, 10) });
    }
  }
  const out = new Map<string, InputRecord>();
  for (const [id, gold] of want) {
    const r = found.get(id);
    if (!r) continue;
    const meta = (gold as { meta?: { scope_end_char?: number; date?: string; source?: string } }).meta ?? {};
    // Offsets are code points in the reference; the texts here have none outside the BMP to cut through.
    const text = meta.scope_end_char ? r.text.slice(0, meta.scope_end_char) : r.text;
    out.set(id, {
      id, date: meta.date ?? (r.date as string | null) ?? null, title: (r.title as string | null) ?? null,
      source: (r.source as string | null) || meta.source || null, dateline: (r.dateline as string | null) ?? null, text,
    });
  }
  return out;
}

export interface Tally { required: number; found: number; predicted: number; false: number }

export function tally(articles: readonly NewsDevArticle[]): Tally {
  const t = { required: 0, found: 0, predicted: 0, false: 0 };
  for (const a of articles) {
    t.required += a.score.required;
    t.found += a.score.found_dyad;
    t.predicted += a.score.predicted;
    t.false += a.score.false_positives;
  }
  return t;
}

/** Precision, recall and F1 as the reference computes them (an empty prediction list has precision 0). */
export function prfOf(t: Tally): { p: number; r: number; f1: number } {
  const p = (t.predicted - t.false) / Math.max(t.predicted, 1);
  const r = t.found / Math.max(t.required, 1);
  return { p, r, f1: (2 * p * r) / Math.max(p + r, 1e-9) };
}
