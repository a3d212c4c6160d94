/**
 * Abbreviations that end in a period without ending a sentence. Titles always precede a name, so
 * a period after one never ends a sentence; the others end one only when the next word is a
 * typical sentence opener.
 */
export const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'pvt',
  'adm', 'cmdr', 'cdr', 'brig', 'gov', 'sen', 'rep', 'reps', 'rev', 'hon', 'pres', 'amb', 'supt', 'insp',
  'det', 'fr', 'sr', 'jr', 'st', 'mt', 'ft', 'gens', 'sens', 'govs', 'lieut', 'atty', 'sec',
]);

export const MONTH_ABBREVIATIONS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

export const OTHER_ABBREVIATIONS = new Set([
  'inc', 'corp', 'co', 'ltd', 'plc', 'llc', 'bros', 'dept', 'univ', 'assn', 'est', 'etc', 'vs', 'v', 'no', 'nos',
  'vol', 'pp', 'approx', 'fig', 'ave', 'blvd', 'rd', 'mln', 'bln', 'pct', 'dlrs', 'cts', 'yrs', 'min', 'max',
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md',
  'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt',
  'wash', 'wis', 'wyo', 'e.g', 'i.e', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'e.u',
]);

/** Words that typically open a sentence; after an ambiguous abbreviation they signal a boundary. */
export const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there',
  'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'for', 'if', 'when', 'while', 'after', 'before', 'since',
  'as', 'his', 'her', 'its', 'their', 'our', 'my', 'however', 'meanwhile', 'also', 'both', 'some', 'many',
  'most', 'no', 'not', 'one', 'other', 'such', 'what', 'who', 'why', 'how', 'where', 'then', 'today',
  'earlier', 'later', 'last', 'under', 'according', 'during', 'although', 'though', 'among', 'with',
]);

/** True for a word (without its final period) that is an abbreviation: listed, or letters with dots (`U.S`). */
export function isAbbreviation(word: string): boolean {
  const lower = word.toLowerCase();
  return TITLE_ABBREVIATIONS.has(lower) || MONTH_ABBREVIATIONS.has(lower) || OTHER_ABBREVIATIONS.has(lower) || /^(?:\p{L}\.)+\p{L}$/u.test(word) || /^\p{Lu}$/u.test(word);
}
