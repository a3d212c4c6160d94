/**
 * Lemmas from a table learned on the treebank plus suffix rules for unseen words. The rules map a
 * word's tag and ending to an edit (strip n characters, append a string), choosing the longest
 * ending seen often enough in training; the table holds only the words the rules get wrong.
 *
 * A suffix rule cannot know whether a verb's stem ended in -e: it turned "poured" into "poure",
 * "ruled" into "rul" and "resumed" into "resum", so the events lexicon never saw these verbs. An
 * inflected verb form therefore takes its lemma from the known verbs (`data/verb-lemmas.txt`) where
 * one of its regular stems is a known verb, or a prefix on one (`verb-stems.ts`), and irregular forms from
 * `data/verb-forms.tsv`; the suffix rules decide only for verbs in neither list.
 */
import { join } from 'node:path';
import { assetPath, readDataLines } from '../../core/assets.js';
import { DyadError } from '../../core/errors.js';
import { recordLookup, type Lookup } from '../../ml/record-lookup.js';
import { VERB_FORM_TAGS, VERB_PREFIXES, verbStems } from './verb-stems.js';

/** The lemmatizer's learned data, stored in the tagger's model file. */
export interface LemmaData {
  /** `lowercase form \t XPOS` → lemma, for words the rules would get wrong. */
  readonly exceptions: Readonly<Record<string, string>>;
  /** `XPOS \t ending` → `strip \t append`. */
  readonly rules: Readonly<Record<string, string>>;
  /** Longest ending length the rules look at. */
  readonly maxSuffix: number;
}

/** The verbs an inflected form may be read as: lemmas and irregular forms (`form` → lemma). */
export interface KnownVerbs {
  readonly lemmas: ReadonlySet<string>;
  readonly irregular: ReadonlyMap<string, string>;
}

/** The verb lists in a folder (`verb-lemmas.txt`, `verb-forms.tsv`); E040 when one is missing, E170 for a bad line. */
export function readKnownVerbs(dir: string): KnownVerbs {
  const lemmas = new Set(readDataLines(join(dir, 'verb-lemmas.txt')));
  const irregular = new Map<string, string>();
  const formsPath = join(dir, 'verb-forms.tsv');
  readDataLines(formsPath).forEach((line, i) => {
    const [form, lemma, extra] = line.split('\t');
    if (!form || !lemma || extra !== undefined) throw new DyadError('E170', { path: formsPath, line: i + 1, problem: `expected "form<TAB>lemma", got "${line}"` });
    irregular.set(form, lemma);
  });
  return { lemmas, irregular };
}

let shipped: KnownVerbs | undefined;

/** The shipped verb lists (`src/stages/pos/data`, built by `scripts/build-verb-lemmas.ts`), read once per process. */
export const shippedKnownVerbs = (): KnownVerbs => (shipped ??= readKnownVerbs(assetPath('src', 'stages', 'pos', 'data')));

/** Tags whose lemma is the word as written (names keep their capitals). */
const KEEP_FORM = new Set(['NNP', 'NNPS']);

/** Comparative and superlative tags, whose rules strip "-er" and "-est". */
const DEGREE_TAGS = new Set(['JJR', 'JJS', 'RBR', 'RBS']);

/** Whether `stem` is letters only, none a vowel (y counts: "shy", "dry"). */
const isVowellessWord = (stem: string): boolean => /^[a-z]+$/.test(stem) && !/[aeiouy]/.test(stem);

/** Most remembered lemmas; past it the memo starts over, so a long batch cannot grow it without end. */
const MEMO_LIMIT = 50_000;

export class Lemmatizer {
  private readonly exceptions: Lookup<string>;
  private readonly rules: Lookup<string>;
  private readonly maxSuffix: number;
  private readonly verbs: KnownVerbs;
  /** Lemmas already found, by XPOS then form: news repeats its words, and the rules cost several lookups. */
  private readonly memo = new Map<string, Map<string, string>>();
  private memoSize = 0;

  constructor(data: LemmaData, verbs: KnownVerbs = shippedKnownVerbs()) {
    this.exceptions = recordLookup(data.exceptions);
    this.rules = recordLookup(data.rules);
    this.maxSuffix = data.maxSuffix;
    this.verbs = verbs;
  }

  /** The lemma of a word with its Penn tag. */
  lemmatize(form: string, xpos: string): string {
    let byForm = this.memo.get(xpos);
    const remembered = byForm?.get(form);
    if (remembered !== undefined) return remembered;
    const lemma = this.compute(form, xpos);
    if (this.memoSize >= MEMO_LIMIT) {
      this.memo.clear();
      this.memoSize = 0;
      byForm = undefined;
    }
    if (byForm === undefined) this.memo.set(xpos, (byForm = new Map<string, string>()));
    byForm.set(form, lemma);
    this.memoSize++;
    return lemma;
  }

  private compute(form: string, xpos: string): string {
    const lower = form.toLowerCase();
    const known = this.exceptions.get(lower + '\t' + xpos);
    if (known !== undefined) return known;
    if (KEEP_FORM.has(xpos)) return form;
    return (VERB_FORM_TAGS.has(xpos) ? this.knownVerb(lower, xpos) : undefined) ?? this.applyRules(lower, xpos);
  }

  /** The lemma of an inflected verb form from the known verbs, or undefined when none fits. */
  private knownVerb(lower: string, xpos: string): string | undefined {
    const irregular = this.verbs.irregular.get(lower);
    if (irregular !== undefined) return irregular;
    return verbStems(lower, xpos).find((stem) => this.isKnownVerb(stem));
  }

  /** Whether a stem is a known verb, or a verb prefix on one ("reconvene"). */
  private isKnownVerb(stem: string): boolean {
    const { lemmas } = this.verbs;
    if (lemmas.has(stem)) return true;
    return VERB_PREFIXES.some((prefix) => stem.length >= prefix.length + 4 && stem.startsWith(prefix) && lemmas.has(stem.slice(prefix.length)));
  }

  /** The rule-based lemma of a lowercase word (what the exceptions correct). */
  applyRules(lower: string, xpos: string): string {
    for (let k = Math.min(this.maxSuffix, lower.length - 1); k >= 1; k--) {
      const rule = this.rules.get(xpos + '\t' + lower.slice(lower.length - k));
      if (rule === undefined) continue;
      const tab = rule.indexOf('\t');
      const strip = Number(rule.slice(0, tab));
      // A suffix rule edits only its own ending: one that strips more was learned from a single
      // whole-word change ("palestinian" → "Palestinian") and would graft it onto other words
      // ("ukrainian" → "ukrainiPalestinian"); a shorter ending's rule decides instead.
      if (strip > k) continue;
      const stem = lower.slice(0, lower.length - strip);
      // A degree ending that leaves a stem with no vowel was never one: "West" or "nest" tagged as
      // superlatives lost "-est" and became "w", "n" (see #12). The word stays as written; a shorter
      // ending's rule would strip a part of the same ending ("-st": "we"). Plurals keep the rules:
      // "hrs", "CDs" are abbreviations whose stems have no vowel.
      if (DEGREE_TAGS.has(xpos) && isVowellessWord(stem)) return lower;
      return stem + rule.slice(tab + 1);
    }
    return lower;
  }
}
