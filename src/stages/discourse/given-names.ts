/**
 * Which given names are a man's or a woman's, learned from news text (the actor knowledge base has
 * no gender): an article that calls a person "Ms Hewitt" after "Patricia Hewitt" says that
 * "Patricia" is a woman's name. `learnGivenNames` counts such pairs over a corpus;
 * `scripts/discourse/build-given-names.ts` runs it over ../shared's news and writes `src/lang/en/given-names.tsv`,
 * which `src/lang/gender.ts` reads. Only names seen in several articles, nearly always with one title, are
 * kept, and no word that the corpus also writes in lower case ("Will", "Minister", "Chancellor"), mostly before
 * of/to/for ("Secretary of"), or lists as a title or gender noun ("Lord Smith … Mr Smith").
 */
import { genderWords, type Gender } from '../../lang/gender.js';

/** Titles before a surname that say the person's gender. */
const SURNAME_TITLES: Readonly<Record<string, Gender>> = { mr: 'm', mister: 'm', mrs: 'f', ms: 'f', miss: 'f' };
const TITLED = /\b(Mr|Mister|Mrs|Ms|Miss)\.?\s+(\p{Lu}[\p{Ll}'’-]+)/gu;
const PRONOUNS: Readonly<Record<string, Gender>> = { He: 'm', She: 'f' };
/** A sentence opened by "Given Surname" with no other capitalised word, and the next by "He" or "She". */
const OPENED = /(?:^|[.!?]\s+)(\p{Lu}\p{Ll}+)\s+\p{Lu}\p{Ll}+\s+\p{Ll}[^.!?"“”]*[.!?]\s+(He|She)\s/gu;
/** A capitalised word before a lower-case one: an adjective or a word opening a sentence ("Russian troops"), seldom a given name. */
const BEFORE_LOWER = /(?<=\p{Ll}[,;]?\s)(\p{Lu}\p{Ll}+)\s+\p{Ll}/gu;
/** Capitalised words before these are titles ("Minister of", "Advisor to"), not given names. */
const AFTER_TITLE = /\b(\p{Lu}\p{Ll}+)\s+(?:of|to|for|on)\b/gu;

export interface LearnOptions {
  /** Articles a name must be seen in. */
  readonly minArticles: number;
  /** Share of its articles that must agree on the gender. */
  readonly purity: number;
  /** Words that are never given names (titles, ranks, gender nouns: "Lord Smith … Mr Smith"); by default every word of `gender-words.tsv`. */
  readonly exclude?: ReadonlySet<string>;
}

/** Every word of the language's gender-words table, of any kind. */
function genderWordSet(): Set<string> {
  return new Set(Object.values(genderWords()).flatMap((m) => [...m.keys()]));
}

/** Given name → gender, from articles' titled surnames and the full names they repeat. */
export function learnGivenNames(articles: Iterable<string>, options: LearnOptions = { minArticles: 3, purity: 0.95 }): Map<string, Gender> {
  const votes = new Map<string, { m: number; f: number }>();
  const lower = new Map<string, number>();
  const upper = new Map<string, number>();
  const titles = new Map<string, number>();
  const beforeLower = new Map<string, number>();
  const titledNames = new Set<string>(); // names learned from a titled surname, not only from "Given Surname … He"
  for (const text of articles) {
    for (const [, w] of text.matchAll(BEFORE_LOWER)) if (w) beforeLower.set(w.toLowerCase(), (beforeLower.get(w.toLowerCase()) ?? 0) + 1);
    for (const [, w] of text.matchAll(AFTER_TITLE)) if (w) titles.set(w.toLowerCase(), (titles.get(w.toLowerCase()) ?? 0) + 1);
    for (const w of text.match(/\p{L}+/gu) ?? []) {
      const key = w.toLowerCase();
      if (w === key) lower.set(key, (lower.get(key) ?? 0) + 1);
      else upper.set(key, (upper.get(key) ?? 0) + 1);
    }
    const surnames = new Map<string, Set<Gender>>();
    for (const [, title, surname] of text.matchAll(TITLED)) {
      const g = SURNAME_TITLES[(title ?? '').toLowerCase()];
      if (g && surname) surnames.set(surname, (surnames.get(surname) ?? new Set<Gender>()).add(g));
    }
    const seen = new Map<string, Gender>();
    for (const [surname, genders] of surnames) {
      if (genders.size !== 1) continue; // "Mr and Mrs Sam": the surname says nothing
      const [g] = genders;
      const full = new RegExp(`(?<![\\p{L}.])(\\p{Lu}\\p{Ll}+)\\s+(?:\\p{Lu}\\.\\s+)?${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'gu');
      for (const [, given] of text.matchAll(full)) {
        if (!given || !g || SURNAME_TITLES[given.toLowerCase()]) continue;
        seen.set(given.toLowerCase(), g);
        titledNames.add(given.toLowerCase());
      }
    }
    // "Patricia Hewitt announced … . She said …": a sentence opened by a full name, the next by a pronoun.
    for (const [, given, pronoun] of text.matchAll(OPENED)) {
      const g = PRONOUNS[pronoun ?? ''];
      if (given && g && !SURNAME_TITLES[given.toLowerCase()] && !seen.has(given.toLowerCase())) seen.set(given.toLowerCase(), g);
    }
    for (const [given, g] of seen) {
      const v = votes.get(given) ?? { m: 0, f: 0 };
      v[g] += 1;
      votes.set(given, v);
    }
  }
  const exclude = options.exclude ?? genderWordSet();
  const out = new Map<string, Gender>();
  for (const [given, v] of [...votes].sort((a, b) => a[0].localeCompare(b[0]))) {
    const total = v.m + v.f;
    const top: Gender = v.m >= v.f ? 'm' : 'f';
    // A word the corpus also writes in lower case is a title or a common word, not only a name.
    if (total < options.minArticles || Math.max(v.m, v.f) / total < options.purity) continue;
    if (exclude.has(given) || (lower.get(given) ?? 0) * 5 > (upper.get(given) ?? 0) || (beforeLower.get(given) ?? 0) * 3 > (upper.get(given) ?? 0)) continue;
    if (titleLike(titles.get(given) ?? 0, upper.get(given) ?? 0, titledNames.has(given))) continue;
    out.set(given, top);
  }
  return out;
}

/**
 * Is a name mostly a title ("Minister of", "Secretary for")? A name a titled surname vouches for is dropped only
 * when a title use is a large share of its capitalised uses, since real names also head titles now and then
 * ("Prince Michael of Kent", "Charles of Wales"); a name learned only from "Given Surname … He", weaker evidence,
 * is dropped once seen before of/to/for three times ("White", "Liberal" get in otherwise).
 */
function titleLike(titleUses: number, capitalised: number, titled: boolean): boolean {
  return titled ? titleUses * 20 > capitalised : titleUses >= 3;
}

/** The table as the data file holds it: a comment, then `name<TAB>m|f` lines. */
export function formatGivenNames(names: ReadonlyMap<string, Gender>, comment: readonly string[]): string {
  return [...comment.map((c) => `# ${c}`), ...[...names].map(([n, g]) => `${n}\t${g}`)].join('\n') + '\n';
}
