import type { Document, Origin } from '../core/document.js';
import { DyadError, causeText } from '../core/errors.js';
import type { Pipeline } from '../core/pipeline.js';
import { listSources, readSource, type ReadOptions } from '../readers/inputs.js';
import type { Store } from './store.js';

/** What happened to one input record. */
export type IngestOutcome =
  | { readonly status: 'stored' | 'duplicate'; readonly doc: Document }
  | { readonly status: 'rejected'; readonly error: DyadError; readonly origin: Origin };

export interface IngestOptions extends ReadOptions {
  readonly store: Store;
  readonly pipeline: Pipeline;
  /** Documents written per transaction: larger is faster, and a crash loses at most one batch (which a rerun redoes). */
  readonly batchSize?: number;
  /** Called for every record, in input order within a batch. */
  readonly onOutcome?: (outcome: IngestOutcome) => void;
  /** Called after each source is read, with the bytes read so far and in all. */
  readonly onProgress?: (progress: { bytesDone: number; bytesTotal: number; location: string }) => void;
}

export interface IngestSummary {
  stored: number;
  duplicate: number;
  rejected: number;
  /** Rejections by error code: how many, and the first message as an example. */
  readonly reasons: Record<string, { count: number; example: string }>;
}

/**
 * Read inputs, annotate each document with the pipeline and store it. A bad record is reported
 * and skipped; documents already stored are recognised by their content id and not processed
 * again, so running the same ingest after a crash resumes where it stopped.
 */
export async function ingest(inputs: readonly string[], options: IngestOptions): Promise<IngestSummary> {
  const summary: IngestSummary = { stored: 0, duplicate: 0, rejected: 0, reasons: {} };
  const batchSize = options.batchSize ?? 64;
  const report = (outcome: IngestOutcome) => {
    summary[outcome.status]++;
    if (outcome.status === 'rejected') {
      const reason = (summary.reasons[outcome.error.code] ??= { count: 0, example: outcome.error.message });
      reason.count++;
    }
    options.onOutcome?.(outcome);
  };
  // Outcomes wait with their batch so they are reported in input order.
  let batch: Document[] = [];
  let pending: (IngestOutcome | Document)[] = [];
  const flush = async () => {
    const statuses = batch.length ? await options.store.put(batch) : [];
    let next = 0;
    for (const item of pending) report('status' in item ? item : { status: statuses[next++], doc: item });
    batch = [];
    pending = [];
  };
  const queue = (item: IngestOutcome | Document) => {
    pending.push(item);
    if (!('status' in item)) batch.push(item);
  };

  const sources = await listSources(inputs, options);
  const bytesTotal = sources.reduce((sum, s) => sum + ('ok' in s ? 0 : (s.size ?? 0)), 0);
  let bytesDone = 0;
  for (const source of sources) {
    if ('ok' in source) {
      if (!source.ok) queue({ status: 'rejected', error: source.error, origin: source.origin });
      continue;
    }
    for await (const result of readSource(source, options.format)) {
      if (!result.ok) {
        queue({ status: 'rejected', error: result.error, origin: result.origin });
      } else if (batch.some((d) => d.id === result.doc.id) || (await options.store.has(result.doc.id))) {
        queue({ status: 'duplicate', doc: result.doc });
      } else {
        const annotated = annotate(result.doc, options.pipeline);
        queue(annotated instanceof DyadError ? { status: 'rejected', error: annotated, origin: result.doc.meta.origin } : annotated);
      }
      if (batch.length >= batchSize || pending.length >= batchSize * 4) await flush();
    }
    bytesDone += (source).size ?? 0;
    options.onProgress?.({ bytesDone, bytesTotal, location: source.location });
  }
  await flush();
  return summary;
}

function annotate(doc: Document, pipeline: Pipeline): Document | DyadError {
  try {
    return pipeline.run(doc);
  } catch (error) {
    return error instanceof DyadError ? error : new DyadError('E003', { stage: '(pipeline)', docId: doc.id, cause: causeText(error) });
  }
}
