import type { Document } from '../core/document.js';
import type { Pipeline } from '../core/pipeline.js';
import { readInputs } from '../readers/inputs.js';
import type { Format } from '../readers/types.js';
import { EXIT_REJECTED } from './exit-codes.js';

/**
 * Read inputs and run a pipeline on each document, for the commands that print annotations
 * without storing them. A rejected record is reported on stderr and sets exit code 3; a document
 * the pipeline fails on is reported the same way; the rest go on.
 */
export async function* annotateInputs(inputs: readonly string[], pipeline: Pipeline, format?: Format): AsyncIterable<Document> {
  for await (const result of readInputs(inputs, { format })) {
    if (!result.ok) {
      process.stderr.write(`rejected: ${result.error.message}\n`);
      process.exitCode = EXIT_REJECTED;
      continue;
    }
    let doc: Document;
    try {
      doc = pipeline.run(result.doc);
    } catch (error) {
      process.stderr.write(`rejected: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = EXIT_REJECTED;
      continue;
    }
    yield doc;
  }
}
