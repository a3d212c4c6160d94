const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

/**
 * Decode bytes as UTF-8 (dropping a byte-order mark); bytes that are not valid UTF-8 are read as
 * Latin-1 (Windows-1252), the usual encoding of older news files, and the caller is told.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'latin1' } {
  try {
    return { text: utf8.decode(bytes).replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  } catch {
    return { text: latin1.decode(bytes), encoding: 'latin1' };
  }
}

/** Normalise line endings so offsets do not depend on the platform that wrote the file. */
export function normaliseNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}
