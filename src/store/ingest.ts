import type { Document, Origin } from '../core/document.js';
import { DyadError } from '../core/errors.js';
import type { Pipeline } from '../core/pipeline.js';
import { BatchAnnotator } from './batch-annotator.js';
import { createPipelinePool } from './pipeline-pool.js';
import { preparedOf, type PreparedDocument } from './prepared.js';
import { listSources, readSource, type ReadOptions } from '../readers/inputs.js';
import type { Store } from './store.js';

/**
 * What happened to one input record. A stored or duplicate document comes with its text, metadata,
 * diagnostics and dateline layer; its other layers went to the store (`store.get(doc.id)`), which
 * spares the worker threads sending them to the writing thread as objects (#13).
 */
export type IngestOutcome =
  | { readonly status: 'stored' | 'duplicate'; readonly doc: Document }
  | { readonly status: 'rejected'; readonly error: DyadError; readonly origin: Origin };

export interface IngestOptions extends ReadOptions {
  readonly store: Store;
  /**
   * The pipeline run in this thread, needed without `workers`; with them each worker thread builds
   * its own from `pipelineSpec`, and this one is not run.
   */
  readonly pipeline?: Pipeline;
  /** Worker threads that annotate while this thread reads and writes (0 or absent: annotate here). */
  readonly workers?: number;
  /** The spec file the workers build their pipeline from (absent: the default spec), as `--pipeline` names it. */
  readonly pipelineSpec?: string;
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
 * Documents annotated together when there are no workers (`Pipeline.runBatch`): in-process on
 * 1,000 Reuters stories, batches of 8 already took most of the gain over one at a time (#13), and
 * a batch of 32 holds the layers of 32 documents at once, a few MB.
 */
const INLINE_BATCH = 32;

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
  let batch: PreparedDocument[] = [];
  let pending: (IngestOutcome | PreparedDocument)[] = [];
  const flush = async () => {
    const statuses = batch.length ? await options.store.put(batch) : [];
    let next = 0;
    for (const item of pending) report('status' in item ? item : { status: statuses[next++], doc: item.doc });
    batch = [];
    pending = [];
  };
  const queue = async (item: IngestOutcome | PreparedDocument) => {
    pending.push(item);
    if (!('status' in item)) batch.push(item);
    if (batch.length >= batchSize || pending.length >= batchSize * 4) await flush();
  };

  // Documents being annotated, oldest first; the window bounds memory (back-pressure on reading)
  // and taking results from its front keeps input order whatever order workers finish in.
  const pool = options.workers ? createPipelinePool(options.workers, { spec: options.pipelineSpec }) : undefined;
  const { pipeline } = options;
  if (!pool && !pipeline) throw new TypeError('ingest() needs a pipeline when it has no workers');
  const inline = pool ? undefined : new BatchAnnotator(pipeline as Pipeline);
  // Room for every worker's documents ahead and one more each, so a worker never waits for this
  // thread; without workers, one batch for this thread to annotate.
  const windowSize = pool ? pool.size * (pool.depth + 1) : INLINE_BATCH;
  const window: { id?: string; outcome: Promise<IngestOutcome | PreparedDocument> }[] = [];
  const inFlight = new Set<string>();
  const admit = async (outcome: Promise<IngestOutcome | PreparedDocument> | IngestOutcome, id?: string) => {
    window.push({ id, outcome: Promise.resolve(outcome) });
    // Workers take documents as they come; this thread annotates its window as one batch.
    if (inline) {
      if (window.length >= windowSize) await drain();
    } else while (window.length >= windowSize) await settle();
  };
  const settle = async () => {
    const { id, outcome } = window.shift() as (typeof window)[number];
    const item = await outcome;
    if (id !== undefined) inFlight.delete(id);
    await queue(item);
  };
  const drain = async () => {
    inline?.flush();
    while (window.length > 0) await settle();
  };
  // Rows are built where the document was annotated, so a worker's failure there is the record's alone.
  const annotateDoc = async (doc: Document): Promise<IngestOutcome | PreparedDocument> => {
    const result = await (pool ?? (inline as BatchAnnotator)).run(doc);
    if (result instanceof DyadError) return { status: 'rejected', error: result, origin: doc.meta.origin };
    return preparedOf(result);
  };

  try {
    const sources = await listSources(inputs, options);
    const bytesTotal = sources.reduce((sum, s) => sum + ('ok' in s ? 0 : (s.size ?? 0)), 0);
    let bytesDone = 0;
    for (const source of sources) {
      if ('ok' in source) {
        if (!source.ok) await admit({ status: 'rejected', error: source.error, origin: source.origin });
        continue;
      }
      for await (const result of readSource(source, options.format)) {
        if (!result.ok) {
          await admit({ status: 'rejected', error: result.error, origin: result.origin });
        } else if (inFlight.has(result.doc.id) || batch.some((d) => d.doc.id === result.doc.id) || (await options.store.has(result.doc.id))) {
          await admit({ status: 'duplicate', doc: result.doc });
        } else {
          inFlight.add(result.doc.id);
          await admit(annotateDoc(result.doc), result.doc.id);
        }
      }
      bytesDone += source.size ?? 0;
      options.onProgress?.({ bytesDone, bytesTotal, location: source.location });
    }
    await drain();
    await flush();
  } finally {
    await pool?.close();
  }
  return summary;
}
