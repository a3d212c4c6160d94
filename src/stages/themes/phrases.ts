/**
 * Phrase lists in the PETRARCH issues syntax (`dictionaries.rst`, "Issues List"), and matching
 * them against text. In a phrase, `n:word` stands for the noun and its plural, `v:word` for the
 * verb and its -s, -ed and -ing forms, and `a+b` for "a b" and "a-b"; a line starting with `~` is
 * an exclusion: where it matches, no phrase of the same label overlapping it counts.
 */

/** One phrase as lowercase word tokens, and what it stands for. */
export interface Phrase {
  readonly words: readonly string[];
  readonly label: string;
  readonly isExclusion: boolean;
}

/** A phrase found in the text. */
export interface PhraseMatch {
  readonly start: number;
  readonly end: number;
  readonly label: string;
  /** The phrase as written in the lexicon (expanded), e.g. `climate change`. */
  readonly phrase: string;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** The lowercase word tokens of a text, with their offsets. */
export function wordsOf(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(WORD)].map((m) => ({ word: m[0].toLowerCase().replace('’', "'"), start: m.index, end: m.index + m[0].length }));
}

function nounForms(word: string): string[] {
  if (/[^aeiou]y$/.test(word)) return [word, word.slice(0, -1) + 'ies'];
  if (/(s|x|z|ch|sh)$/.test(word)) return [word, word + 'es'];
  return [word, word + 's'];
}

function verbForms(word: string): string[] {
  const stem = word.endsWith('e') ? word.slice(0, -1) : word;
  const third = /(s|x|z|ch|sh)$/.test(word) ? word + 'es' : /[^aeiou]y$/.test(word) ? word.slice(0, -1) + 'ies' : word + 's';
  const past = word.endsWith('e') ? word + 'd' : /[^aeiou]y$/.test(word) ? word.slice(0, -1) + 'ied' : word + 'ed';
  return [word, third, past, stem + 'ing'];
}

/** Every surface form of one lexicon phrase, as strings of words. */
export function expandPhrase(source: string): string[] {
  let forms: string[][] = [[]];
  for (const part of source.trim().split(/\s+/)) {
    const variants = part.startsWith('n:') ? nounForms(part.slice(2)) : part.startsWith('v:') ? verbForms(part.slice(2)) : [part];
    forms = forms.flatMap((prefix) => variants.map((v) => [...prefix, v.replace(/\+/g, ' ')]));
  }
  return [...new Set(forms.map((words) => wordsOf(words.join(' ')).map((w) => w.word).join(' ')).filter(Boolean))];
}

/** A compiled phrase list, indexed by first word. */
export interface PhraseIndex {
  readonly byFirst: ReadonlyMap<string, readonly Phrase[]>;
}

/** Index `phrase → label` pairs; exclusions are given with `isExclusion`. */
export function indexPhrases(entries: Iterable<{ phrase: string; label: string; isExclusion?: boolean }>): PhraseIndex {
  const byFirst = new Map<string, Phrase[]>();
  for (const entry of entries) {
    for (const form of expandPhrase(entry.phrase)) {
      const words = form.split(' ');
      const list = byFirst.get(words[0]) ?? [];
      list.push({ words, label: entry.label, isExclusion: entry.isExclusion ?? false });
      byFirst.set(words[0], list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst };
}

/**
 * Every phrase of the index found in `text` (offsets relative to `offset`), longest first at
 * each word, minus those overlapping an exclusion of their label.
 */
export function matchPhrases(text: string, index: PhraseIndex, offset = 0): PhraseMatch[] {
  const words = wordsOf(text);
  const found: PhraseMatch[] = [];
  const excluded: { start: number; end: number; label: string }[] = [];
  for (let i = 0; i < words.length; i++) {
    const seen = new Set<string>();
    for (const phrase of index.byFirst.get(words[i].word) ?? []) {
      const n = phrase.words.length;
      if (i + n > words.length || !phrase.words.every((w, k) => words[i + k].word === w)) continue;
      const span = { start: offset + words[i].start, end: offset + words[i + n - 1].end };
      if (phrase.isExclusion) excluded.push({ ...span, label: phrase.label });
      else if (!seen.has(phrase.label)) {
        seen.add(phrase.label);
        found.push({ ...span, label: phrase.label, phrase: phrase.words.join(' ') });
      }
    }
  }
  return found.filter((m) => !excluded.some((x) => x.label === m.label && m.start < x.end && x.start < m.end));
}
