/**
 * Annotating in the reading thread a batch at a time (#13): `ingest` without workers hands each
 * document to `run` and calls `flush` when its window is full, and the pipeline then runs stage by
 * stage over the waiting documents (`Pipeline.runBatch`), which keeps each stage's model tables
 * and code in cache across the batch instead of evicting them at every document.
 */
import type { Document } from '../core/document.js';
import type { DyadError } from '../core/errors.js';
import type { Pipeline } from '../core/pipeline.js';
import { annotateBatchForStore } from './pipeline-pool.js';
import type { PreparedDocument } from './prepared.js';

interface Waiting {
  readonly doc: Document;
  readonly resolve: (result: PreparedDocument | DyadError) => void;
}

export class BatchAnnotator {
  private waiting: Waiting[] = [];

  constructor(private readonly pipeline: Pipeline) {}

  /** Documents waiting for the next `flush`. */
  get waitingCount(): number {
    return this.waiting.length;
  }

  /** Whether the document waits for the next `flush`. */
  holds(doc: Document): boolean {
    return this.waiting.some((w) => w.doc === doc);
  }

  /** The document's store rows or coded error, once a `flush` has annotated it. */
  run(doc: Document): Promise<PreparedDocument | DyadError> {
    return new Promise((resolve) => void this.waiting.push({ doc, resolve }));
  }

  /** Annotate every document waiting, in one batch. */
  flush(): void {
    const batch = this.waiting;
    if (batch.length === 0) return;
    this.waiting = [];
    annotateBatchForStore(
      batch.map((w) => w.doc),
      this.pipeline,
    ).forEach((result, i) => batch[i].resolve(result));
  }
}
