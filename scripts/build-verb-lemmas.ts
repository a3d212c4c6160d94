/**
 * `npx tsx scripts/build-verb-lemmas.ts`: write the lemmatizer's known verbs (`src/stages/pos/data`,
 * described in its SOURCE.md) from
 * - the verb lemmas of UD English EWT's training file (`ud/UD_English-EWT/en_ewt-ud-train.conllu`,
 *   CC BY-SA 4.0; never the dev file, on which the lemmas are scored),
 * - the verbs of the event lexicon's dictionaries: PETRARCH2's CAMEO.2.0 (MIT) and dyad's
 *   `src/stages/events/data/verbs.txt`, so that every verb the lexicon codes is known.
 * Irregular forms are verb forms whose lemma no regular stem (`verbStems`) gives, seen twice with it
 * in the training file or listed by a dictionary, each with its most frequent lemma; a form the
 * treebank reads mostly as another part of speech is left out (once-seen misspellings the annotators
 * corrected, "effected" for affected, "new" for knew, are what the two rules keep out). Deterministic.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConllu } from '../src/stages/deps/conllu.js';
import { VERB_FORM_TAGS, verbStems } from '../src/stages/pos/verb-stems.js';
import { parseVerbDictionary } from './events/verb-dictionary.js';

const root = join(import.meta.dirname, '..');
const shared = join(root, '..', 'shared', 'data');
const out = join(root, 'src', 'stages', 'pos', 'data');
const read = (...parts: string[]): string => readFileSync(join(...parts), 'utf8');

const WORD = /^[a-z]+$/;
/** Times a form must be seen with one lemma to count as irregular; a dictionary's listing counts as this many. */
const MIN_SEEN = 2;

const lemmas = new Set<string>();
/** Lowercase form → UPOS → times seen, to tell a verb form from an adjective misread once ("new" for knew). */
const formTags = new Map<string, Map<string, number>>();
/** Irregular form → lemma → times seen. */
const irregular = new Map<string, Map<string, number>>();

function count<K>(counts: Map<K, Map<string, number>>, key: K, value: string, times = 1): void {
  let inner = counts.get(key);
  if (!inner) counts.set(key, (inner = new Map<string, number>()));
  inner.set(value, (inner.get(value) ?? 0) + times);
}

function noteIrregular(form: string, lemma: string, tags: readonly string[], times = 1): void {
  if (form !== lemma && !tags.some((tag) => verbStems(form, tag).includes(lemma))) count(irregular, form, lemma, times);
}

for (const sentence of parseConllu(read(shared, 'ud', 'UD_English-EWT', 'en_ewt-ud-train.conllu'))) {
  for (const word of sentence.words) {
    const form = word.form.toLowerCase();
    count(formTags, form, word.upos);
    if (word.upos !== 'VERB') continue;
    const lemma = word.lemma.toLowerCase();
    if (!WORD.test(lemma)) continue;
    lemmas.add(lemma);
    if (VERB_FORM_TAGS.has(word.xpos) && WORD.test(form)) noteIrregular(form, lemma, [word.xpos]);
  }
}
const treebankLemmas = new Set(lemmas);

const cameo = parseVerbDictionary(read(shared, 'eventdata', 'petrarch2', 'CAMEO.2.0.txt'));
const hand = parseVerbDictionary(read(root, 'src', 'stages', 'events', 'data', 'verbs.txt'), cameo.synsets, 'dyad:');
for (const dictionary of [cameo, hand]) {
  for (const lemma of Object.keys(dictionary.verbs)) if (WORD.test(lemma)) lemmas.add(lemma);
  for (const [form, lemma] of Object.entries(dictionary.forms)) {
    // The treebank knows its auxiliaries and its own verbs ("lie", "are") better than CAMEO's
    // LAY {LIE} and TOBEVERB lines.
    const treebankKnows = formTags.get(form)?.has('AUX') || treebankLemmas.has(form);
    if (WORD.test(form) && WORD.test(lemma) && !treebankKnows) noteIrregular(form, lemma, [...VERB_FORM_TAGS], MIN_SEEN);
  }
}

/** Whether the treebank reads a form mostly as a verb or an auxiliary (or never saw it). */
function mostlyVerb(form: string): boolean {
  const tags = formTags.get(form);
  if (!tags) return true;
  const verb = (tags.get('VERB') ?? 0) + (tags.get('AUX') ?? 0);
  return 2 * verb > [...tags.values()].reduce((a, b) => a + b, 0);
}

for (const [form, counts] of irregular) {
  for (const [lemma, n] of counts) if (n < MIN_SEEN) counts.delete(lemma);
  if (counts.size === 0 || !mostlyVerb(form)) irregular.delete(form);
}

const mostFrequent = (counts: Map<string, number>): string =>
  [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];

const sorted = [...lemmas].sort();
const forms = [...irregular].map(([form, counts]) => `${form}\t${mostFrequent(counts)}`).sort();
writeFileSync(join(out, 'verb-lemmas.txt'), '# Known verb lemmas, built by scripts/build-verb-lemmas.ts (see SOURCE.md); do not edit.\n' + sorted.join('\n') + '\n');
writeFileSync(join(out, 'verb-forms.tsv'), '# Irregular verb forms\tlemma, built by scripts/build-verb-lemmas.ts (see SOURCE.md); do not edit.\n' + forms.join('\n') + '\n');
console.log(`${sorted.length} verb lemmas, ${forms.length} irregular forms → ${out}`);
