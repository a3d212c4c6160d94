/**
 * The words and given names that tell a person's gender in a language (`src/lang/<code>/gender-words.tsv`,
 * `given-names.tsv`), one loader for the stages that check gender agreement: the actors stage (a title of the
 * other gender is no link to a person named before), the discourse stage ("she" skips a man) and the quotes
 * stage ("He said" after "Ms Kelly"). A malformed line is a coded error with its line number.
 */
import { assetPath, readDataText } from '../core/assets.js';
import { DyadError } from '../core/errors.js';

export type Gender = 'm' | 'f';

const KINDS = ['title', 'rank', 'noun', 'pronoun'] as const;
export type GenderWordKind = (typeof KINDS)[number];

/** Word → gender, per kind of word. */
export type GenderWords = Readonly<Record<GenderWordKind, ReadonlyMap<string, Gender>>>;

/** Parse `gender-words.tsv`: `word<TAB>m|f<TAB>kind` lines; E1310 on a malformed line. */
export function parseGenderWords(text: string, path = 'gender-words.tsv'): GenderWords {
  const out: Record<GenderWordKind, Map<string, Gender>> = { title: new Map(), rank: new Map(), noun: new Map(), pronoun: new Map() };
  text.split('\n').forEach((raw, k) => {
    const line = raw.replace(/\r$/, '');
    if (!line.trim() || line.startsWith('#')) return;
    const [word, g, kind, ...rest] = line.split('\t');
    if (!word || (g !== 'm' && g !== 'f') || !KINDS.includes(kind as GenderWordKind) || rest.length) throw new DyadError('E1310', { path, line: k + 1 });
    out[kind as GenderWordKind].set(word, g);
  });
  return out;
}

/** Parse `given-names.tsv`: `name<TAB>m|f` lines; a malformed line is E170 (a bad data file line) with its number. */
export function parseGivenNames(text: string, path = 'given-names.tsv'): Map<string, Gender> {
  const out = new Map<string, Gender>();
  text.split('\n').forEach((line, k) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [name, g, ...rest] = line.split('\t');
    if (!name || (g !== 'm' && g !== 'f') || rest.length) {
      throw new DyadError('E170', { path, line: k + 1, problem: 'expected a lower-case given name and m or f, tab-separated' });
    }
    out.set(name, g);
  });
  return out;
}

const words = new Map<string, GenderWords>();
const names = new Map<string, ReadonlyMap<string, Gender>>();

/** The language's gender words, read once. */
export function genderWords(code = 'en'): GenderWords {
  // Asked for at every pronoun: the path is made once, with the table (#13).
  let table = words.get(code);
  if (table) return table;
  const path = assetPath('src', 'lang', code, 'gender-words.tsv');
  table = parseGenderWords(readDataText(path), path);
  words.set(code, table);
  return table;
}

/** The language's given names learned from news (`scripts/discourse/build-given-names.ts`), read once. */
export function givenNames(code = 'en'): ReadonlyMap<string, Gender> {
  let table = names.get(code);
  if (table) return table;
  const path = assetPath('src', 'lang', code, 'given-names.tsv');
  table = parseGivenNames(readDataText(path), path);
  names.set(code, table);
  return table;
}
