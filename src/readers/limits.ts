/**
 * Size limits on input, so that no input can take the process's memory or time without bound
 * (see #16 and docs/reliability.md). Beyond a limit the record or source is rejected with E019.
 */
export interface ReadLimits {
  /** Largest file, URL body or stdin read whole (text, HTML, feed, Reuters SGML). */
  readonly maxSourceBytes: number;
  /** Largest JSON Lines line; longer lines are skipped while streaming, never held in memory. */
  readonly maxLineBytes: number;
  /** Largest article text, in UTF-16 code units (the API accepts the same). */
  readonly maxTextChars: number;
}

export const LIMITS: ReadLimits = {
  maxSourceBytes: 64 * 1024 * 1024,
  maxLineBytes: 8 * 1024 * 1024,
  maxTextChars: 500_000,
};

/** A byte count for messages: `64 MiB`, `512 KiB`, `100 bytes`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}
