/**
 * The lookup key of a place name: how the gazetteer and the stage agree that "Kyïv", "KYIV" and
 * "Kyiv" are one spelling. Diacritics are folded, case and punctuation ignored, a leading "the"
 * dropped ("the Netherlands", "the Gulf"), and "St."/"Ste." read as "saint"/"sainte".
 * @example nameKey('St. Petersburg') // 'saint petersburg'
 */
export function nameKey(text: string): string {
  const folded = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/ß/g, 'ss')
    .replace(/[øœæđłı]/g, (ch) => FOLD[ch] ?? ch)
    // initials lose their dots ("U.S." = "US", "D.C." = "DC"); other dots separate words
    .replace(/(^|[^a-z])([a-z])\.(?=[a-z]\.|\s|$)/g, '$1$2')
    .replace(/(?<=\b[a-z])\.(?=$|\s)/g, '')
    .replace(/\./g, ' ')
    .replace(/[-‐–—_/,()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return folded
    .replace(/^the /, '')
    .replace(/^st (?=\S)/, 'saint ')
    .replace(/^ste (?=\S)/, 'sainte ')
    .replace(/ st (?=\S)/g, ' saint ');
}

const FOLD: Record<string, string> = { ø: 'o', œ: 'oe', æ: 'ae', đ: 'd', ł: 'l', ı: 'i' };
