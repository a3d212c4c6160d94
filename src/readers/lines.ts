import type { Readable } from 'node:stream';

/** One line of a byte stream, without its line ending, or the note that it was too long to keep. */
export type Line = { readonly line: number; readonly bytes: Buffer } | { readonly line: number; readonly tooLong: true };

/**
 * Split a byte stream into lines at `\n` bytes (safe in UTF-8, where that byte is never part of
 * another character). A line longer than `maxBytes` is dropped as it streams by, so one huge
 * record never sits in memory (see #16); each line's bytes are decoded on their own by the caller.
 */
export async function* splitLines(stream: Readable, maxBytes: number): AsyncIterable<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let line = 1;
  const end = (): Line => {
    const result: Line = tooLong ? { line, tooLong } : { line, bytes: trimCr(Buffer.concat(parts, size)) };
    parts = [];
    size = 0;
    tooLong = false;
    line++;
    return result;
  };
  const add = (piece: Buffer) => {
    if (tooLong) return;
    size += piece.length;
    if (size > maxBytes) {
      tooLong = true;
      parts = [];
      return;
    }
    parts.push(piece);
  };
  for await (const chunk of stream as AsyncIterable<string | Buffer>) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let from = 0;
    for (let nl = buffer.indexOf(10, from); nl !== -1; nl = buffer.indexOf(10, from)) {
      add(buffer.subarray(from, nl));
      yield end();
      from = nl + 1;
    }
    if (from < buffer.length) add(buffer.subarray(from));
  }
  if (size > 0 || tooLong) yield end();
}

function trimCr(bytes: Buffer): Buffer {
  return bytes.length > 0 && bytes[bytes.length - 1] === 13 ? bytes.subarray(0, bytes.length - 1) : bytes;
}
