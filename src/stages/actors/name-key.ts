/**
 * The one normalisation used both when the knowledge base is compiled and when a document is
 * looked up, so that "U.S.", "US" and "u.s" meet, and so do "Ban Ki-moon" and "BAN_KI-MOON".
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * Lookup key of a name or phrase: accents and dots dropped, lower case, hyphens, underscores and
 * runs of spaces made one space, typographic apostrophes made straight, a leading "the" dropped.
 * @example nameKey('the U.S. State Department') // 'us state department'
 */
export function nameKey(text: string): string {
  const key = foldMarks(text).replace(/\s+/g, ' ').trim();
  return key.startsWith('the ') ? key.slice(4) : key;
}

/** Accents and dots dropped, lower case, apostrophes straight, hyphens and slashes made spaces. */
function foldMarks(text: string): string {
  // ASCII but the backtick has no mark to drop, nothing NFD splits and no apostrophe to straighten: "1.5", "U.S."
  // skip that work (#13).
  if (isAsciiNoBacktick(text)) return text.toLowerCase().replace(/\./g, '').replace(/[-_‐–—/]+/g, ' ');
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\./g, '')
    .replace(/[-_‐–—/]+/g, ' ');
}

function isAsciiNoBacktick(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || c === 96) return false;
  }
  return true;
}

/**
 * Printable ASCII that `foldMarks` changes only by lower-casing: no space, no mark to drop, none of
 * `.` `-` `_` `/` `` ` `` it rewrites. Punctuation tokens ("," "(" "$") take this path too (#13).
 */
function isPlain(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c >= 127 || c === 46 || c === 45 || c === 95 || c === 47 || c === 96) return false;
  }
  return true;
}

/**
 * `tokenKey` of a token whose lower-cased text is already made (the document view's words, `core/doc-view.ts`):
 * the same key without lower-casing the word again (#13).
 */
export function tokenKeyOfLower(text: string, lower: string): string {
  return isPlain(text) ? lower : foldMarks(text).trim();
}

/** The key of one token's text: like `nameKey` but never dropping a word ("The" stays "the"). */
export function tokenKey(text: string): string {
  // Most tokens are plain ASCII words: skip the Unicode work for them (it dominates otherwise).
  if (isPlain(text)) return text.toLowerCase();
  return foldMarks(text).trim();
}
