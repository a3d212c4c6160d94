import type { Document, Origin } from '../core/document.js';
import { DyadError } from '../core/errors.js';
import type { Pipeline } from '../core/pipeline.js';
import { BatchAnnotator } from './batch-annotator.js';
import { provideSharedModels } from '../ml/shared-models.js';
import { createPipelinePool, type PipelinePool } from './pipeline-pool.js';
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
  /**
   * Threads that annotate (0 or absent: this thread alone, which also reads and writes). From 2 on,
   * this thread is one of them: `workers − 1` worker threads, and this one annotates a batch of its
   * own whenever each worker already holds its documents ahead (see `mainAnnotates`).
   */
  readonly workers?: number;
  /**
   * With 2 or more `workers`, whether this thread annotates too (default true): one worker thread
   * fewer, so one warm-up, one set of optimised code and one young generation fewer (#13). False:
   * `workers` worker threads, and this thread only reads and writes.
   */
  readonly mainAnnotates?: boolean;
  /** Builds this thread's pipeline when it annotates with workers and `pipeline` is absent (the default spec, loaded only if needed). */
  readonly loadPipeline?: () => Promise<Pipeline>;
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
 * This thread's batches the window has room for beside the workers' documents, with the main thread
 * annotating: while the oldest document is a worker's, this thread goes on reading and annotating
 * this many batches ahead of it instead of waiting (one batch's room made it annotate one document
 * at a time, #13). A batch of Reuters stories is ~1 MB of rows.
 */
const MAIN_BATCHES_AHEAD = 3;

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
  const workers = options.workers ?? 0;
  const mainAnnotates = workers > 1 && options.mainAnnotates !== false;
  const pool = workers ? createPipelinePool(mainAnnotates ? workers - 1 : workers, { spec: options.pipelineSpec }) : undefined;
  const { pipeline, loadPipeline } = options;
  if (!pipeline && (!pool || (mainAnnotates && !loadPipeline))) throw new TypeError('ingest() needs a pipeline (or loadPipeline) when this thread annotates');
  let inline = pool ? undefined : new BatchAnnotator(pipeline as Pipeline);
  // This thread's annotator beside the workers, made when it first takes a document: its stages
  // then load the models from the memory the workers were given, not from the files again.
  const mainAnnotator = async (): Promise<BatchAnnotator> => {
    if (inline) return inline;
    const models = pool?.sharedModels();
    if (models && !pipeline) provideSharedModels(models);
    const built = pipeline ?? (await (loadPipeline as () => Promise<Pipeline>)());
    return (inline ??= new BatchAnnotator(built));
  };
  // Room for every worker's documents ahead and one more each, so a worker never waits for this
  // thread, and for this thread's own batches (`MAIN_BATCHES_AHEAD`); without workers, one batch
  // for this thread to annotate.
  const windowSize = pool ? pool.size * (pool.depth + 1) + (mainAnnotates ? MAIN_BATCHES_AHEAD * INLINE_BATCH : 0) : INLINE_BATCH;
  // `doc`: a document this thread annotates, so that it is annotated before the window waits for it.
  const window: { id?: string; doc?: Document; outcome: Promise<IngestOutcome | PreparedDocument> }[] = [];
  const inFlight = new Set<string>();
  const admit = async (outcome: Promise<IngestOutcome | PreparedDocument> | IngestOutcome, id?: string, doc?: Document) => {
    window.push({ id, doc, outcome: Promise.resolve(outcome) });
    if (!pool) {
      if (window.length >= windowSize) await drain();
      return;
    }
    // Workers take documents as they come; this thread annotates its own as one full batch, and
    // then lets the workers' replies in (they are heard only between tasks, and a worker is given
    // documents only as it answers), so that the worker is not left without documents meanwhile.
    if (inline && inline.waitingCount >= INLINE_BATCH) {
      inline.flush();
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    // A part batch only when the window must wait for one of its documents: flushing whenever the
    // window was full annotated 628 of this thread's 660 documents one at a time (#13).
    while (window.length >= windowSize) {
      const oldest = window[0].doc;
      if (oldest && inline?.holds(oldest)) inline.flush();
      await settle();
    }
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
  const annotateDoc = async (doc: Document, annotator: PipelinePool | BatchAnnotator): Promise<IngestOutcome | PreparedDocument> => {
    const result = await annotator.run(doc);
    if (result instanceof DyadError) return { status: 'rejected', error: result, origin: doc.meta.origin };
    return preparedOf(result);
  };
  // A worker with room takes the document; else, with `mainAnnotates`, this thread does.
  const annotatorFor = async (): Promise<PipelinePool | BatchAnnotator> => (pool && (!mainAnnotates || pool.hasRoom()) ? pool : mainAnnotator());

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
          const annotator = await annotatorFor();
          await admit(annotateDoc(result.doc, annotator), result.doc.id, annotator === pool ? undefined : result.doc);
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
