/**
 * Language packs: the closed word classes of a language (pronouns, verbs of saying, negators,
 * modals, locative prepositions, month names, abbreviations) and the sentences that render
 * reasons, kept as data files in `src/lang/<code>/`, one file per word class. Stages take the pack
 * of `doc.meta.language` (English when unset); a language without a pack is a coded error, never
 * English rules applied to another language.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { assetPath } from '../core/assets.js';
import type { Document } from '../core/document.js';
import { DyadError } from '../core/errors.js';

/** The language of documents that do not name one. */
export const DEFAULT_LANGUAGE = 'en';

/** The classes a third-person or relative pronoun can belong to (pronoun-classes.tsv). */
export const PRONOUN_CLASSES = ['person', 'plural', 'thing', 'feminine', 'subject', 'object', 'possessive', 'relative', 'restrictive', 'demonstrative'] as const;
export type PronounClass = (typeof PRONOUN_CLASSES)[number];

/** The modal classes a modal auxiliary can belong to (modals.tsv). */
export type ModalClass = 'future' | 'hypothetical' | 'obligation';

export interface LanguagePack {
  readonly language: string;
  /** Subject personal pronouns ("he", "they"). */
  readonly pronouns: ReadonlySet<string>;
  /** First-person words ("we", "our"): the speaker's own side. */
  readonly firstPerson: ReadonlySet<string>;
  /** Second-person words ("you", "your"): whom the speaker addresses. */
  readonly secondPerson: ReadonlySet<string>;
  /** Determiners that make a noun's states ones the story has named ("both", "the", "our"): `multinational.ts`. */
  readonly setDeterminers: ReadonlySet<string>;
  /** The definite article ("the"): a description of something named before (`discourse/definite.ts`). */
  readonly definiteArticles: ReadonlySet<string>;
  /** Third-person and relative pronouns by class ("it" a thing, "him" a person and an object), for the discourse stage. */
  readonly pronounClasses: Readonly<Record<PronounClass, ReadonlySet<string>>>;
  /** Verbs of saying as lemmas (events read the parse). */
  readonly speechVerbs: ReadonlySet<string>;
  /** Verbs of saying whose object is the hearer ("told Iran"), as lemmas. */
  readonly tellingVerbs: ReadonlySet<string>;
  /** Verbs of saying as the lower-case word forms seen in attributions (quotes read raw words). */
  readonly speechForms: ReadonlySet<string>;
  readonly negators: ReadonlySet<string>;
  readonly modals: Readonly<Record<ModalClass, ReadonlySet<string>>>;
  /** Subordinators of a condition ("if"). */
  readonly conditionals: ReadonlySet<string>;
  /** Temporal subordinators ("when", "until"): a clause they open in the simple present tells what will happen then. */
  readonly temporals: ReadonlySet<string>;
  readonly locatives: ReadonlySet<string>;
  /** Comparison words (comparisons.tsv): markers of a standard ("than") and verbs whose object is one ("outpace"). */
  readonly comparisons: { readonly markers: ReadonlySet<string>; readonly verbs: ReadonlySet<string> };
  /** Prepositions that open a topic ("on", "about"): what a meeting is about, not who met. */
  readonly topics: ReadonlySet<string>;
  /** Per month in calendar order: the full name, then abbreviations, capitalised. */
  readonly months: readonly (readonly string[])[];
  /** Per weekday from Monday: the full name, then abbreviations, capitalised. */
  readonly weekdays: readonly (readonly string[])[];
  /** Lower-case abbreviations written with a final period: titles, month abbreviations, others. */
  readonly abbreviations: { readonly titles: ReadonlySet<string>; readonly months: ReadonlySet<string>; readonly other: ReadonlySet<string> };
  /** Lower-case words that typically open a sentence. */
  readonly sentenceOpeners: ReadonlySet<string>;
  /** Lower-case words that, capitalised after a dotted abbreviation ("U.S. And"), continue the sentence. */
  readonly abbreviationContinuers: ReadonlySet<string>;
  /** Lower-case words of a time phrase that continues the sentence after a dotted abbreviation ("U.S. Last year"). */
  readonly abbreviationTimePhrases: { readonly openers: ReadonlySet<string>; readonly times: ReadonlySet<string> };
  /** Templates of the human sentence of each reason, by rule id (reasons.tsv). */
  readonly reasons: ReadonlyMap<string, string>;
}

const packs = new Map<string, LanguagePack>();
/**
 * The packs by the tag as asked for ("en", "en-GB"): the stages ask once per document or phrase, and
 * lower-casing and splitting the tag with a pattern each time showed in the late stages' profile (#13).
 */
const packsByTag = new Map<string, LanguagePack>();
const MAX_TAGS = 64;

/** The languages that have a pack. */
export function knownLanguages(): string[] {
  return readdirSync(assetPath('src', 'lang'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
}

/**
 * The pack of a language code (`en`; a region suffix such as `en-GB` uses its language's pack).
 * Throws E050 when the language has none.
 * @example languagePack('en').pronouns.has('they') // true
 */
export function languagePack(language: string = DEFAULT_LANGUAGE, docId?: string): LanguagePack {
  const known = packsByTag.get(language);
  if (known) return known;
  const code = language.toLowerCase().split(/[-_]/)[0];
  const cached = packs.get(code);
  if (cached) {
    // Bounded: tags come from the documents, and a feed could spell one language many ways.
    if (packsByTag.size < MAX_TAGS) packsByTag.set(language, cached);
    return cached;
  }
  if (!/^[a-z]{2,3}$/.test(code) || !existsSync(assetPath('src', 'lang', code))) {
    throw new DyadError('E050', { language, docId: docId ?? '(none)', known: knownLanguages().join(', ') });
  }
  const pack = loadPack(code);
  packs.set(code, pack);
  return pack;
}

/** The pack for a document's `meta.language`. */
export function packOf(doc: Document): LanguagePack {
  return languagePack(doc.meta.language ?? DEFAULT_LANGUAGE, doc.id);
}

function loadPack(code: string): LanguagePack {
  const rows = (file: string): string[][] => tabRows(assetPath('src', 'lang', code, file)).map((r) => r.cells);
  const words = (file: string): Set<string> => new Set(rows(file).map(([word]) => word));
  const names = (file: string): string[][] => rows(file).map(([full, abbrs = '']) => [full, ...abbrs.split(' ').filter(Boolean)]);
  const speech = rows('speech-verbs.tsv');
  const modals = rows('modals.tsv');
  const modalClass = (c: ModalClass): Set<string> => new Set(modals.filter(([, classes = '']) => classes.split(' ').includes(c)).map(([word]) => word));
  const months = names('months.tsv');
  const comparisons = rows('comparisons.tsv');
  const comparison = (kind: string): Set<string> => new Set(comparisons.filter(([, k]) => k === kind).map(([word]) => word));
  return {
    language: code,
    pronouns: words('pronouns.txt'),
    firstPerson: words('first-person.txt'),
    secondPerson: words('second-person.txt'),
    pronounClasses: pronounClasses(assetPath('src', 'lang', code, 'pronoun-classes.tsv')),
    setDeterminers: words('set-determiners.txt'),
    definiteArticles: words('definite-articles.txt'),
    speechVerbs: new Set(speech.filter(([, , only]) => only !== 'attribution').map(([lemma]) => lemma)),
    tellingVerbs: words('telling-verbs.txt'),
    speechForms: new Set(speech.flatMap(([, forms = '']) => forms.split(' ').filter(Boolean))),
    negators: words('negators.txt'),
    modals: { future: modalClass('future'), hypothetical: modalClass('hypothetical'), obligation: modalClass('obligation') },
    conditionals: words('conditionals.txt'),
    temporals: words('temporals.txt'),
    locatives: words('locatives.txt'),
    topics: words('topics.txt'),
    comparisons: { markers: comparison('marker'), verbs: comparison('verb') },
    months,
    weekdays: names('weekdays.tsv'),
    abbreviations: {
      titles: words('titles.txt'),
      months: new Set(months.flatMap(([, ...abbrs]) => abbrs.map((a) => a.toLowerCase()))),
      other: words('abbreviations.txt'),
    },
    sentenceOpeners: words('sentence-openers.txt'),
    abbreviationContinuers: words('abbreviation-continuers.txt'),
    abbreviationTimePhrases: {
      openers: new Set(rows('abbreviation-time-phrases.tsv').filter(([, c]) => c === 'opener').map(([w]) => w)),
      times: new Set(rows('abbreviation-time-phrases.tsv').filter(([, c]) => c === 'time').map(([w]) => w)),
    },
    reasons: reasonTemplates(assetPath('src', 'lang', code, 'reasons.tsv')),
  };
}

/**
 * Each rule id's template, refusing (E170) a rule written twice: merges of branches that reworded a template keep
 * both lines, and a Map would silently keep whichever came last.
 */
export function reasonTemplates(path: string): Map<string, string> {
  const templates = new Map<string, string>();
  for (const { line, cells: [rule, template = ''] } of tabRows(path)) {
    if (templates.has(rule)) throw new DyadError('E170', { path, line, problem: `rule "${rule}" already has a template` });
    templates.set(rule, template);
  }
  return templates;
}

/**
 * Whether lower-case `word` is the language's "it": a thing's subject pronoun, by its classes in pronoun-classes.tsv
 * (rv-d #11 of session 58: once whatever thing's pronoun was neither possessive nor relative). Read by the discourse
 * stage: a subject "it" (it-subject.ts), the impersonal "it was agreed" (implicit.ts); and by the events stage: a
 * sentence-opening "It" (opening-it.ts), an extraposed "it" in a warning's clause (thing-clause.ts).
 */
export function isIt(pack: LanguagePack, word: string): boolean {
  const c = pack.pronounClasses;
  return c.thing.has(word) && c.subject.has(word);
}

/**
 * Each class's pronouns (`word<TAB>classes`), refusing (E170) an unknown class (a misspelt one would silently drop the
 * word), a row with no class (its word would be no pronoun) and a word listed twice (the second row would silently
 * add to the first's classes: rv-d #8 of session 58).
 */
export function pronounClasses(path: string): Record<PronounClass, ReadonlySet<string>> {
  const out = Object.fromEntries(PRONOUN_CLASSES.map((c) => [c, new Set<string>()])) as Record<PronounClass, Set<string>>;
  const seen = new Set<string>();
  for (const { line, cells: [word, classes = ''] } of tabRows(path)) {
    const fail = (problem: string): never => { throw new DyadError('E170', { path, line, problem }); };
    if (seen.has(word)) fail(`"${word}" is listed twice`);
    seen.add(word);
    const listed = classes.split(' ').filter(Boolean);
    if (!listed.length) fail(`"${word}" has no class (${PRONOUN_CLASSES.join(', ')})`);
    for (const c of listed) {
      if (!(PRONOUN_CLASSES as readonly string[]).includes(c)) fail(`"${c}" is no pronoun class (${PRONOUN_CLASSES.join(', ')})`);
      out[c as PronounClass].add(word);
    }
  }
  return out;
}

/** A pack file's rows (tab-separated cells, blank and `#` lines skipped), each with its 1-based line for errors. */
function tabRows(path: string): { readonly line: number; readonly cells: string[] }[] {
  return readFileSync(path, 'utf8').split('\n').map((raw, i) => ({ raw: raw.replace(/\r$/, ''), line: i + 1 }))
    .filter(({ raw }) => raw.trim() && !raw.startsWith('#'))
    .map(({ raw, line }) => ({ line, cells: raw.split('\t') }));
}
