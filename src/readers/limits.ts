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
  /** Deepest element nesting in HTML: the DOM and Readability take time quadratic in depth. */
  readonly maxHtmlDepth: number;
}

export const LIMITS: ReadLimits = {
  maxSourceBytes: 64 * 1024 * 1024,
  maxLineBytes: 8 * 1024 * 1024,
  maxTextChars: 500_000,
  maxHtmlDepth: 2000,
};

// Elements that never close by themselves: unclosed `<p>` or `<li>` in sloppy pages do not nest.
const NESTING = /<(\/?)(div|span|section|article|aside|main|header|footer|nav|a|b|i|u|em|strong|font|small|big|table|tbody|ul|ol|dl|blockquote|center|form|fieldset|figure|details|q|cite|code|pre|sub|sup|label|button|select|svg|g)\b[^>]*?(\/?)>/gi;

/**
 * How deep elements nest in an HTML text, from its tags alone (cheap, before any parsing; see #16:
 * 58,000 nested `<div>`s took 144 s to extract).
 */
export function htmlDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const m of html.matchAll(NESTING)) {
    if (m[3]) continue;
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > deepest) deepest = depth;
  }
  return deepest;
}

/** A byte count for messages: `64 MiB`, `512 KiB`, `100 bytes`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}
