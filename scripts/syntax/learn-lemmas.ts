/** Learn the lemmatizer's suffix rules and exception table from treebank words. */
import { Lemmatizer, type LemmaData } from '../../src/stages/pos/lemmatizer.js';

export interface LemmaExample {
  readonly form: string;
  readonly xpos: string;
  readonly lemma: string;
}

const MAX_SUFFIX = 5;
/** An ending needs this many training words before its rule is trusted. */
const MIN_RULE_COUNT = 3;

/** The edit turning `lower` into `lemma`: characters to strip and the string to append. */
function editOf(lower: string, lemma: string): string {
  let common = 0;
  while (common < lower.length && common < lemma.length && lower[common] === lemma[common]) common++;
  return `${lower.length - common}\t${lemma.slice(common)}`;
}

export function learnLemmas(examples: readonly LemmaExample[]): LemmaData {
  // Most frequent lemma of each (form, tag), so the table is consistent.
  const lemmaCounts = new Map<string, Map<string, number>>();
  for (const { form, xpos, lemma } of examples) {
    if (lemma === '_') continue;
    const key = form.toLowerCase() + '\t' + xpos;
    const counts = lemmaCounts.get(key) ?? new Map<string, number>();
    counts.set(lemma, (counts.get(lemma) ?? 0) + 1);
    lemmaCounts.set(key, counts);
  }
  const best = new Map<string, string>();
  for (const [key, counts] of lemmaCounts) best.set(key, [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0]);
  // Rules count each distinct word once, so frequent irregular words do not dominate endings.
  const ruleCounts = new Map<string, Map<string, number>>();
  for (const [key, lemma] of best) {
    const [lower, xpos] = key.split('\t');
    const edit = editOf(lower, lemma);
    const strip = Number(edit.slice(0, edit.indexOf('\t')));
    // An ending votes only for edits inside it (see Lemmatizer.applyRules).
    for (let k = Math.max(1, strip); k <= Math.min(MAX_SUFFIX, lower.length - 1); k++) {
      const ruleKey = xpos + '\t' + lower.slice(lower.length - k);
      const counts = ruleCounts.get(ruleKey) ?? new Map<string, number>();
      counts.set(edit, (counts.get(edit) ?? 0) + 1);
      ruleCounts.set(ruleKey, counts);
    }
  }
  const rules: Record<string, string> = {};
  for (const [ruleKey, counts] of [...ruleCounts.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    if (total < MIN_RULE_COUNT) continue;
    const [edit] = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    rules[ruleKey] = edit;
  }
  const withoutExceptions = new Lemmatizer({ exceptions: {}, rules, maxSuffix: MAX_SUFFIX });
  const exceptions: Record<string, string> = {};
  for (const [key, lemma] of [...best.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const [lower, xpos] = key.split('\t');
    // Names keep their written form at run time; the table only needs names whose lemma differs.
    const isName = xpos === 'NNP' || xpos === 'NNPS';
    if (isName ? lemma.toLowerCase() !== lower : withoutExceptions.applyRules(lower, xpos) !== lemma) exceptions[key] = lemma;
  }
  return { exceptions, rules, maxSuffix: MAX_SUFFIX };
}
