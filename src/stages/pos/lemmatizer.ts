/**
 * Lemmas from a table learned on the treebank plus suffix rules for unseen words. The rules map a
 * word's tag and ending to an edit (strip n characters, append a string), choosing the longest
 * ending seen often enough in training; the table holds only the words the rules get wrong.
 */
import { recordLookup, type Lookup } from '../../ml/record-lookup.js';

/** The lemmatizer's learned data, stored in the tagger's model file. */
export interface LemmaData {
  /** `lowercase form \t XPOS` → lemma, for words the rules would get wrong. */
  readonly exceptions: Readonly<Record<string, string>>;
  /** `XPOS \t ending` → `strip \t append`. */
  readonly rules: Readonly<Record<string, string>>;
  /** Longest ending length the rules look at. */
  readonly maxSuffix: number;
}

/** Tags whose lemma is the word as written (names keep their capitals). */
const KEEP_FORM = new Set(['NNP', 'NNPS']);

/** Most remembered lemmas; past it the memo starts over, so a long batch cannot grow it without end. */
const MEMO_LIMIT = 50_000;

export class Lemmatizer {
  private readonly exceptions: Lookup<string>;
  private readonly rules: Lookup<string>;
  private readonly maxSuffix: number;
  /** Lemmas already found, by XPOS then form: news repeats its words, and the rules cost several lookups. */
  private readonly memo = new Map<string, Map<string, string>>();
  private memoSize = 0;

  constructor(data: LemmaData) {
    this.exceptions = recordLookup(data.exceptions);
    this.rules = recordLookup(data.rules);
    this.maxSuffix = data.maxSuffix;
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
    return this.applyRules(lower, xpos);
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
      return lower.slice(0, lower.length - strip) + rule.slice(tab + 1);
    }
    return lower;
  }
}
