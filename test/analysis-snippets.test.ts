import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { exportEvents } from '../src/cli/export.js';
import type { Document } from '../src/core/document.js';
import { csvLine } from '../src/export/csv.js';
import { buildPanel, panelColumns } from '../src/export/panel.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import { eventDoc } from './support/test-events.js';
import { ROOT, tempDir } from './helpers.js';

// Every `-- duckdb:` block of docs/analysis.md, run against real exports (#17).
const SNIPPETS = [...readFileSync(join(ROOT, 'docs', 'analysis.md'), 'utf8').matchAll(/```sql\n-- duckdb: ([\w-]+)\n([\s\S]*?)```/g)]
  .map(([, name, sql]) => ({ name, sql }));

const PUTIN = { words: 'Putin', id: 'Q7747', code: 'RUS' };
const MACRON = { words: 'Macron', id: 'Q3052772', code: 'FRA' };
const plain = eventDoc({
  text: 'Putin held talks with Macron in Moscow, "frankly".\tMacron accused Putin of lying. Putin urged Macron to ease the sanctions.',
  meta: { date: '2020-06-26', sourceId: 'tass-1' },
  events: [
    { event: 'CONSULT', trigger: 'talks', actor: PUTIN, recipient: MACRON, date: '2020-06-26', place: { words: 'Moscow', country: 'RUS', lat: 55.75, lon: 37.62 } },
    { event: 'ACCUSE', trigger: 'accused', actor: MACRON, recipient: PUTIN, date: '2020-07-03', mode: 'allege' },
    { event: 'REQUEST', trigger: 'urged', actor: PUTIN, recipient: MACRON, date: '2020-07-04', mode: 'yield' },
  ],
  actors: [PUTIN, MACRON],
});
const coded = plain.layers.events!;
const doc: Document = { ...plain, layers: { ...plain.layers, events: { ...coded, events: coded.events.map((e, i) => (i === 2 ? { ...e, cameo: '0251' } : e)) } } };

async function writeExports(dir: string): Promise<void> {
  const store = openSqliteStore(':memory:');
  await store.put([doc]);
  const files = { 'events.parquet': 'parquet', 'events.gdelt.tsv': 'gdelt', 'mentions.gdelt.tsv': 'gdelt-mentions', 'events.icews.tsv': 'icews', 'events.polecat.tsv': 'polecat' } as const;
  for (const [file, format] of Object.entries(files)) await exportEvents(store, {}, format, join(dir, file));
  const { rows } = await buildPanel(store, { unit: 'country-year', system: 'gw' });
  writeFileSync(join(dir, 'panel.csv'), csvLine(panelColumns('country-year')) + [...rows].map(csvLine).join(''));
}

describe('docs/analysis.md DuckDB snippets', () => {
  it('finds the snippets of every format', () => {
    expect(SNIPPETS.map((s) => s.name)).toEqual(['panel', 'parquet', 'gdelt', 'gdelt-mentions', 'icews', 'polecat']);
  });

  it('load every export without fixes, keeping CAMEO codes as text', async () => {
    const dir = tempDir('dyad-duckdb-');
    await writeExports(dir);
    const connection = await (await DuckDBInstance.create(':memory:')).connect();
    const results: Record<string, Record<string, unknown>[]> = {};
    for (const { name, sql } of SNIPPETS) {
      const query = sql.replace(/'((?:events|mentions|panel)\.[\w.]+)'/g, (_, file: string) => `'${join(dir, file)}'`);
      results[name] = (await connection.runAndReadAll(query)).getRowObjectsJson();
    }
    expect(results.panel).toHaveLength(10);
    expect(results.panel.find((r) => r.state === '365')).toMatchObject({ events: '3', articles: '1' });
    expect(results.parquet.map((r) => r.event).sort()).toEqual(['ACCUSE', 'CONSULT', 'REQUEST']);
    expect(results.gdelt).toHaveLength(3);
    expect(results.gdelt[2]).toMatchObject({ EventCode: '0251', QuadClass: 1, GoldsteinScale: -0.3, SOURCEURL: 'tass-1' });
    expect(results['gdelt-mentions']).toHaveLength(3);
    expect(results.icews.map((r) => r['CAMEO Code'])[2]).toBe('0251');
    expect(results.polecat.map((r) => r['Event Type'])).toEqual(['CONSULT', 'ACCUSE', 'REQUEST']);
  });
});
