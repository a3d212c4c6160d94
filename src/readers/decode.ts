import type { Diagnostic } from '../core/diagnostics.js';
import { DyadError, formatError } from '../core/errors.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Replacing = new TextDecoder('utf-8');
const latin1 = new TextDecoder('latin1');

export interface Decoded {
  readonly text: string;
  readonly encoding: 'utf-8' | 'latin1';
  /** Invalid UTF-8 sequences replaced by U+FFFD. */
  readonly replaced: number;
}

/**
 * Decode one record's bytes as UTF-8 (dropping a byte-order mark). Bytes with no valid multi-byte
 * UTF-8 sequence among them are an older single-byte file and are read as Latin-1 (Windows-1252),
 * the usual encoding of older news files. Otherwise only the invalid bytes are replaced, so one bad
 * byte never re-decodes the rest (`Zürich` stays `Zürich`, see #16); the caller reports the count.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  try {
    return { text: stripBom(utf8.decode(bytes)), encoding: 'utf-8', replaced: 0 };
  } catch {
    const text = stripBom(utf8Replacing.decode(bytes));
    if (!/[^\p{ASCII}\ufffd]/u.test(text)) return { text: latin1.decode(bytes), encoding: 'latin1', replaced: 0 };
    return { text, encoding: 'utf-8', replaced: (text.match(/\ufffd/g) ?? []).length - countLiteralReplacements(bytes) };
  }
}

/**
 * A whole source's bytes decoded as one record, after refusing binary content (a NUL byte, as git
 * decides), with the decoding warning when bytes were replaced.
 */
export function decodeRecord(bytes: Uint8Array, origin: string): { text: string; diagnostics: Diagnostic[] } {
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new DyadError('E023', { origin, cause: `NUL byte at offset ${nul}` });
  const decoded = decodeText(bytes);
  return { text: decoded.text, diagnostics: decodeDiagnostics(decoded, origin) };
}

/** The coded warning for replaced bytes, stored with the document (none when all was valid). */
export function decodeDiagnostics(decoded: Decoded, origin: string): Diagnostic[] {
  if (decoded.replaced <= 0) return [];
  const reason = formatError('E025', { origin, count: decoded.replaced });
  return [{ ruleId: 'readers/invalid-utf8', source: 'reader', reason, severity: 'warning' }];
}

/** Normalise line endings so offsets do not depend on the platform that wrote the file. */
export function normaliseNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** U+FFFD written in the input itself (EF BF BD), which decoding did not replace. */
function countLiteralReplacements(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(0xef); i !== -1 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  }
  return n;
}
