/**
 * Parquet export (`--format parquet`, see #17) for pandas, R (arrow) and DuckDB: the columns of
 * dyad's CSV with their types, written with hyparquet-writer (pure JavaScript, one dependency,
 * chosen over parquetjs forks that need Node 24 or the AWS SDK; docs/exports.md). Rows are written
 * in row groups as the store yields them, and the sidecar is kept in the file's key-value metadata.
 */
import { fileWriter, ParquetWriter, schemaFromColumnData } from 'hyparquet-writer';
import type { StoredEvent } from '../store/store.js';
import { CSV_COLUMNS } from './events.js';

type BasicType = 'STRING' | 'INT32' | 'DOUBLE' | 'BOOLEAN';

const TYPES: Readonly<Record<string, BasicType>> = {
  quad_code: 'INT32', cameo_quad: 'INT32', sentence: 'INT32', evidence_start: 'INT32', evidence_end: 'INT32', trigger_start: 'INT32', trigger_end: 'INT32',
  num_articles: 'INT32', num_sources: 'INT32',
  event_scale: 'DOUBLE', goldstein: 'DOUBLE', lat: 'DOUBLE', lon: 'DOUBLE', confidence: 'DOUBLE',
  negated: 'BOOLEAN', hypothetical: 'BOOLEAN', future: 'BOOLEAN', historical: 'BOOLEAN',
};

/** Rows per row group: large enough for fast scans, small enough to keep memory flat. */
const ROW_GROUP = 10_000;

/** Write the events to a Parquet file; returns how many rows were written. */
export async function writeParquet(path: string, events: AsyncIterable<StoredEvent>, metadata: Record<string, string>): Promise<number> {
  const columns = CSV_COLUMNS.header;
  const typeOf = (name: string): BasicType => TYPES[name] ?? 'STRING';
  const columnData = (rows: (string | number | boolean | null)[][]) =>
    columns.map((name, i) => ({ name, type: typeOf(name), data: rows.map((row) => row[i]) }));
  const writer = new ParquetWriter({
    writer: fileWriter(path),
    schema: schemaFromColumnData({ columnData: columnData([]) }),
    kvMetadata: Object.entries(metadata).map(([key, value]) => ({ key, value })),
    createdBy: 'dyad (hyparquet-writer)',
  });
  let batch: (string | number | boolean | null)[][] = [];
  let count = 0;
  const flush = async () => {
    if (batch.length) await writer.write({ columnData: columnData(batch), rowGroupSize: ROW_GROUP });
    count += batch.length;
    batch = [];
  };
  for await (const event of events) {
    batch.push(CSV_COLUMNS.row(event));
    if (batch.length === ROW_GROUP) await flush();
  }
  await flush();
  await writer.finish();
  return count;
}
