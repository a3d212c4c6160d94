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

/** A word of the text, lowercased, with its offsets. */
export interface Word {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

/** Any character outside ASCII: such text needs the Unicode word pattern. */
const NON_ASCII = /[\u0080-\uffff]/;

/** The lowercase word tokens of a text, with their offsets. */
export function wordsOf(text: string): Word[] {
  if (!NON_ASCII.test(text)) return asciiWordsOf(text.toLowerCase());
  // lowercase once when that keeps offsets (it does unless a letter such as "İ" grows)
  const lower = text.toLowerCase();
  const source = lower.length === text.length ? lower : text;
  const words: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(source); m; m = WORD.exec(source)) {
    const raw = source === lower ? m[0] : m[0].toLowerCase();
    words.push({ word: raw.includes('’') ? raw.replace('’', "'") : raw, start: m.index, end: m.index + m[0].length });
  }
  return words;
}

const isLetter = (c: number): boolean => c >= 97 && c <= 122; // a-z (the text is lowercased)
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const APOSTROPHE = 39;

/**
 * `WORD` over lowercased ASCII text, by character codes: a run of letters and digits, then an
 * apostrophe and letters if any ("don't"). Most sentences are ASCII, and an `exec` per word made
 * the largest allocation of the late stages after events' (a match array per word, #13).
 */
function asciiWordsOf(lower: string): Word[] {
  const words: Word[] = [];
  const n = lower.length;
  let at = 0;
  while (at < n) {
    const c = lower.charCodeAt(at);
    if (!isLetter(c) && !isDigit(c)) {
      at++;
      continue;
    }
    const start = at;
    while (at < n && (isLetter(lower.charCodeAt(at)) || isDigit(lower.charCodeAt(at)))) at++;
    if (at + 1 < n && lower.charCodeAt(at) === APOSTROPHE && isLetter(lower.charCodeAt(at + 1))) {
      at += 2;
      while (at < n && isLetter(lower.charCodeAt(at))) at++;
    }
    words.push({ word: lower.slice(start, at), start, end: at });
  }
  return words;
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
  // already plain words (the compiled lexicon): nothing to expand
  if (/^[a-z0-9]+(?: [a-z0-9]+)*$/.test(source)) return [source];
  let forms: string[][] = [[]];
  for (const part of source.trim().split(/\s+/)) {
    const variants = part.startsWith('n:') ? nounForms(part.slice(2)) : part.startsWith('v:') ? verbForms(part.slice(2)) : [part];
    forms = forms.flatMap((prefix) => variants.map((v) => [...prefix, v.replace(/\+/g, ' ')]));
  }
  return [...new Set(forms.map((words) => normaliseForm(words.join(' '))).filter(Boolean))];
}

/** A phrase form as the matcher sees text: lowercase words separated by single spaces. */
function normaliseForm(form: string): string {
  // plain ASCII forms (nearly all) skip the Unicode word splitter
  if (/^[a-z0-9 .'-]*$/.test(form)) return form.replace(/'(?![a-z])|(?<![a-z0-9])'/g, ' ').replace(/[^a-z0-9']+/g, ' ').trim();
  return wordsOf(form).map((w) => w.word).join(' ');
}

/** A compiled phrase list, indexed by first word. */
export interface PhraseIndex {
  readonly byFirst: ReadonlyMap<string, readonly Phrase[]>;
}

/**
 * Index `phrase → label` pairs; exclusions are given with `isExclusion`. The index lives as long as its thread, so it
 * is kept compact (#13): each distinct word and label is one string of its own, not a piece of the file's text (which,
 * with a few non-ASCII characters, is two bytes a character and stayed whole behind its pieces), and each list is
 * exactly its length (a list grown by `push` keeps room for 16 more).
 */
export function indexPhrases(entries: Iterable<{ phrase: string; label: string; isExclusion?: boolean }>): PhraseIndex {
  const grown = new Map<string, Phrase[]>();
  const strings = new Map<string, string>();
  const own = (text: string): string => {
    let one = strings.get(text);
    if (one === undefined) strings.set(text, (one = ownCopy(text)));
    return one;
  };
  for (const entry of entries) {
    for (const form of expandPhrase(entry.phrase)) {
      const words = form.split(' ').map(own);
      const list = grown.get(words[0]) ?? [];
      list.push({ words, label: own(entry.label), isExclusion: entry.isExclusion ?? false });
      grown.set(words[0], list);
    }
  }
  const byFirst = new Map<string, readonly Phrase[]>();
  for (const [first, list] of grown) byFirst.set(first, list.sort((a, b) => b.words.length - a.words.length).slice());
  return { byFirst };
}

/**
 * A copy of the text that shares no memory with the string it was cut from, one byte a character when it is ASCII.
 * Through JSON, not UTF-8 bytes, so that even a lone surrogate comes back as itself (a Buffer would make it U+FFFD).
 */
function ownCopy(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

/**
 * Every phrase of the index found in `text` (offsets relative to `offset`), longest first at
 * each word, minus those overlapping an exclusion of their label. `words` may be given when the
 * caller already split the text (several indexes over one sentence).
 */
export function matchPhrases(text: string, index: PhraseIndex, offset = 0, words: readonly Word[] = wordsOf(text)): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  const excluded: { start: number; end: number; label: string }[] = [];
  for (let i = 0; i < words.length; i++) {
    const phrases = index.byFirst.get(words[i].word);
    if (phrases === undefined) continue;
    // Labels found at this word; made only where a phrase starts (most words start none, #13).
    let seen: Set<string> | undefined;
    for (const phrase of phrases) {
      const n = phrase.words.length;
      if (i + n > words.length || !wordsMatch(phrase.words, words, i)) continue;
      const span = { start: offset + words[i].start, end: offset + words[i + n - 1].end };
      if (phrase.isExclusion) excluded.push({ ...span, label: phrase.label });
      else if (!seen?.has(phrase.label)) {
        (seen ??= new Set()).add(phrase.label);
        found.push({ ...span, label: phrase.label, phrase: phrase.words.join(' ') });
      }
    }
  }
  return found.filter((m) => !excluded.some((x) => x.label === m.label && m.start < x.end && x.start < m.end));
}

/** Whether the text's words from `at` on are the phrase's words. */
function wordsMatch(phraseWords: readonly string[], words: readonly Word[], at: number): boolean {
  for (let k = 0; k < phraseWords.length; k++) if (words[at + k].word !== phraseWords[k]) return false;
  return true;
}
