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
  const key = text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\./g, '')
    .replace(/[-_‐–—/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return key.startsWith('the ') ? key.slice(4) : key;
}

/** The key of one token's text: like `nameKey` but never dropping a word ("The" stays "the"). */
export function tokenKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\./g, '')
    .replace(/[-_‐–—/]+/g, ' ')
    .trim();
}
