import { Readable } from 'node:stream';
import type { ReadResult, Source } from './types.js';

/** An in-memory source, for reader tests. */
export function sourceOf(content: string | Buffer, location = 'memory'): Source {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return { location, size: bytes.length, bytes: async () => bytes, stream: () => Readable.from([bytes]), head: async () => bytes.subarray(0, 4096) };
}

/** Everything a reader yields, collected. */
export async function collect(results: AsyncIterable<ReadResult>): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const result of results) out.push(result);
  return out;
}
