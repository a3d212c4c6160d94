import type { Document, Origin } from '../core/document.js';
import { DyadError } from '../core/errors.js';
import type { Pipeline } from '../core/pipeline.js';
import { provideSharedModels } from '../ml/shared-models.js';
import { annotateBatchForStore, createPipelinePool } from './pipeline-pool.js';
import { preparedOf, type PreparedDocument, type StoreDocument } from './prepared.js';
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
   * this thread is one of them: `workers − 1` worker threads, which take the documents read first,
   * and this one annotates a batch of what they leave whenever it cannot read further (see `mainAnnotates`).
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
 * The fewest documents this thread annotates as a batch beside workers while input is still being
 * read: with fewer left to it, it waits for the workers' oldest document instead, which brings it a
 * window's worth of new ones. Batches of 8 already take most of the stage-by-stage gain over one
 * document at a time (session 29, #13); at the end of the input it takes whatever is left.
 */
const OWN_BATCH_MIN = 8;

/** A document in the ingest's window: read, and not yet written. */
interface Slot {
  /** The document's id while it is annotated, for the duplicate check. */
  readonly id?: string;
  /** The document, until a thread takes it. */
  doc?: Document;
  /** What is written for it, once known. */
  result?: IngestOutcome | PreparedDocument;
  /** Its result, from the worker that took it. */
  pending?: Promise<IngestOutcome | PreparedDocument>;
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

  // Documents read and not yet written, oldest first; the window bounds memory (back-pressure on
  // reading) and writing from its front keeps input order whatever order the threads finish in.
  const workers = options.workers ?? 0;
  const pool = workers ? createPipelinePool(workers > 1 && options.mainAnnotates !== false ? workers - 1 : workers, { spec: options.pipelineSpec }) : undefined;
  // Whether this thread annotates: always without workers, beside them with `mainAnnotates`.
  const ownShare = !pool || workers > 1 && options.mainAnnotates !== false;
  const { pipeline, loadPipeline } = options;
  if (!pipeline && (!pool || (ownShare && !loadPipeline))) throw new TypeError('ingest() needs a pipeline (or loadPipeline) when this thread annotates');
  // This thread's pipeline beside the workers is made when it first takes a document: its stages
  // then load the models from the memory the workers were given, not from the files again.
  let own = pool ? undefined : pipeline;
  const ownPipeline = async (): Promise<Pipeline> => {
    if (own) return own;
    const models = pool?.sharedModels();
    if (models && !pipeline) provideSharedModels(models);
    return (own ??= pipeline ?? (await (loadPipeline as () => Promise<Pipeline>)()));
  };
  // Room for every worker's documents ahead and one more each, so a worker never waits for this
  // thread, and for this thread's own batches (`MAIN_BATCHES_AHEAD`); without workers, one batch
  // for this thread to annotate.
  const windowSize = pool ? pool.size * (pool.depth + 1) + (ownShare ? MAIN_BATCHES_AHEAD * INLINE_BATCH : 0) : INLINE_BATCH;
  const window: Slot[] = [];
  // The window's documents no thread has taken yet, oldest first.
  let untaken: Slot[] = [];
  let reading = true;
  const outcomeOf = (result: StoreDocument | DyadError, doc: Document): IngestOutcome | PreparedDocument =>
    result instanceof DyadError ? { status: 'rejected', error: result, origin: doc.meta.origin } : preparedOf(result);
  // The workers take the oldest documents first, as many as they have room for; this thread takes
  // its batch after them, so whatever it has left to do, the workers never wait for it (#13). Once
  // the input is read, they take only their share of what is left, so that the threads end together.
  const feedWorkers = () => {
    if (!pool) return;
    pool.poll();
    while (untaken.length > 0 && (!ownShare || (pool.hasRoom() && (reading || pool.held() < untaken.length * pool.size)))) {
      const slot = untaken.shift() as Slot;
      const doc = slot.doc as Document;
      slot.doc = undefined;
      slot.pending = pool.run(doc).then((result) => (slot.result = outcomeOf(result, doc)));
    }
  };
  // One batch of the oldest documents the workers did not take, annotated stage by stage; between
  // stages the workers' replies are taken and the workers given more, so they never run dry while
  // this thread annotates (session 33: 15–19 of a worker's 44 batches were part batches).
  const annotateOwnBatch = async () => {
    const annotating = await ownPipeline();
    const slots = untaken.slice(0, INLINE_BATCH);
    untaken = untaken.slice(slots.length);
    const docs = slots.map((slot) => slot.doc as Document);
    annotateBatchForStore(
      docs,
      annotating,
      (result, i) => {
        slots[i].result = outcomeOf(result, docs[i]);
        slots[i].doc = undefined;
      },
      feedWorkers,
    );
  };
  const settle = async () => {
    const slot = window[0];
    const result = slot.result ?? (await slot.pending);
    // `advance` annotates a document no worker took before it writes it.
    if (result === undefined) throw new TypeError('ingest(): a document in the window was taken by no thread');
    window.shift();
    if (slot.id !== undefined) inFlight.delete(slot.id);
    await queue(result);
  };
  // Write what is done and annotate what the workers left until the window holds `limit`
  // documents at most. This thread waits only when every document in the window is taken and
  // the oldest is a worker's.
  const advance = async (limit: number) => {
    while (window.length > limit) {
      feedWorkers();
      const front = window[0];
      if (front.result === undefined && ownShare && (untaken[0] === front || untaken.length >= (reading && pool ? OWN_BATCH_MIN : 1))) await annotateOwnBatch();
      else await settle();
    }
  };
  const inFlight = new Set<string>();
  const admit = async (slot: Slot) => {
    window.push(slot);
    if (slot.doc) untaken.push(slot);
    feedWorkers();
    await advance(windowSize - 1);
  };

  try {
    const sources = await listSources(inputs, options);
    const bytesTotal = sources.reduce((sum, s) => sum + ('ok' in s ? 0 : (s.size ?? 0)), 0);
    let bytesDone = 0;
    for (const source of sources) {
      if ('ok' in source) {
        if (!source.ok) await admit({ result: { status: 'rejected', error: source.error, origin: source.origin } });
        continue;
      }
      for await (const result of readSource(source, options.format)) {
        if (!result.ok) {
          await admit({ result: { status: 'rejected', error: result.error, origin: result.origin } });
        } else if (inFlight.has(result.doc.id) || batch.some((d) => d.doc.id === result.doc.id) || (await options.store.has(result.doc.id))) {
          await admit({ result: { status: 'duplicate', doc: result.doc } });
        } else {
          inFlight.add(result.doc.id);
          await admit({ id: result.doc.id, doc: result.doc });
        }
      }
      bytesDone += source.size ?? 0;
      options.onProgress?.({ bytesDone, bytesTotal, location: source.location });
    }
    reading = false;
    await advance(0);
    await flush();
  } finally {
    await pool?.close();
  }
  return summary;
}
