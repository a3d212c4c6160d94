/**
 * `npm run bench stories`: what grouping adds to ingest (docs/stories.md). Official readouts
 * (Kremlin, Ukraine's presidency and the White House, the first 300 of each) and the first 900
 * Reuters-21578 stories are coded (full pipeline) and stored in a new SQLite store, batches of 64;
 * then the story tables are emptied and every stored document is grouped again, alone, in the
 * same order. CPU time (user + system) of this thread, so other load on the machine does not count.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { EvalReport } from '../../eval/report.js';
import type { Document } from '../../src/core/document.js';
import { defaultPipeline } from '../../src/pipeline.js';
import { readInputs } from '../../src/readers/inputs.js';
import { fromRow, type DocumentRow } from '../../src/store/document-row.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { createSqliteGrouper } from '../../src/store/sqlite-stories.js';

const DATA = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'news');
const PER_CORPUS = 300;
const REUTERS = 900;

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

export async function run(): Promise<EvalReport> {
  const raw: Document[] = [];
  for (const f of ['kremlin', 'ukraine_president', 'whitehouse']) {
    const path = join(DATA, 'readouts', `${f}.jsonl`);
    if (!existsSync(path)) continue;
    let n = 0;
    for await (const r of readInputs([path])) if (r.ok && n++ < PER_CORPUS) raw.push(r.doc);
  }
  const readouts = raw.length;
  if (existsSync(join(DATA, 'reuters21578'))) {
    let n = 0;
    for await (const r of readInputs([join(DATA, 'reuters21578', 'reut2-000.sgm'), join(DATA, 'reuters21578', 'reut2-001.sgm')], { format: 'reuters' })) if (r.ok && n++ < REUTERS) raw.push(r.doc);
  }
  if (raw.length === 0) throw new Error('no readouts or Reuters stories under ../shared/data/news');
  const pipeline = defaultPipeline();
  const path = join(mkdtempSync(join(tmpdir(), 'dyad-bench-stories-')), 'store.db');
  const store = openSqliteStore(path);
  let coding = 0;
  let storing = 0;
  for (let i = 0; i < raw.length; i += 64) {
    let t = cpu();
    const docs = raw.slice(i, i + 64).map((d) => pipeline.run(d));
    coding += cpu() - t;
    t = cpu();
    await store.put(docs);
    storing += cpu() - t;
  }
  const stories = (await store.stories({}, { limit: 100000 })).items.length;
  await store.close();

  // Grouping alone: the same documents, grouped again into emptied story tables.
  const db = new Database(path);
  db.exec('DELETE FROM story_events; DELETE FROM stories; DELETE FROM story_keys; DELETE FROM story_docs;');
  const rows = db.prepare('SELECT rowid, * FROM documents ORDER BY rowid').all() as (DocumentRow & { rowid: number })[];
  const docs = rows.map((r) => ({ rowid: r.rowid, doc: fromRow(r) }));
  const group = createSqliteGrouper(db);
  let grouping = 0;
  for (let i = 0; i < docs.length; i += 64) {
    const t = cpu();
    db.transaction(() => docs.slice(i, i + 64).forEach((d) => group(d.rowid, d.doc)))();
    grouping += cpu() - t;
  }
  db.close();

  const ingest = coding + storing;
  const share = grouping / (ingest - grouping);
  const ms = (s: number) => ((s * 1000) / raw.length).toFixed(2);
  const markdown = [
    `${raw.length} articles (${readouts} readouts, at most ${PER_CORPUS} per site; ${raw.length - readouts} Reuters stories), ${stories} stories of two or more. CPU seconds, this thread.`,
    '',
    '| step | CPU s | ms per article |',
    '|---|---|---|',
    `| coding (full pipeline) | ${coding.toFixed(2)} | ${ms(coding)} |`,
    `| storing (put, grouping included) | ${storing.toFixed(2)} | ${ms(storing)} |`,
    `| grouping alone | ${grouping.toFixed(2)} | ${ms(grouping)} |`,
    '',
    `Grouping adds ${(share * 100).toFixed(1)}% to ingest without it (goal ≤ 10%).`,
  ].join('\n');
  return { title: 'Stories grouping overhead', metrics: { groupingShare: share, groupingMsPerArticle: (grouping * 1000) / raw.length }, markdown };
}
