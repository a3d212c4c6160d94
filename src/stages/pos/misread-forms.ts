/**
 * Two misreadings of the greedy tagger that cost a sentence its subject or its verb (session 50 review, #12):
 * - a plural noun of polities read as a present verb after a capitalised adjective or name, "The Baltic states/VBZ
 *   condemned/VBN the attack", leaves the sentence with no subject and its real verb a participle; followed by a verb
 *   form, the word is the subject's noun;
 * - a past participle after a perfect auxiliary read as a noun or a preposition, "Lukashenko had won/IN the
 *   election" (the Korean currency), makes "had" the clause's head; a past form after "have" and its adverbs is the
 *   participle, and "have" its auxiliary. A noun after a word read as a noun or an
 *   adjective keeps it that noun's modifier ("had ground/NN troops"), not after one read as a number ("has won/CD praise").
 * Each such word is forced to its class and the words after it are tagged from it. Words: `data/misread-forms.tsv`.
 */
import { assetPath, readWordClasses } from '../../core/assets.js';
import type { KnownVerbs } from './lemmatizer.js';
import type { TagClass } from './tagger.js';
import { verbStems } from './verb-stems.js';

/** The word classes of `data/misread-forms.tsv`. */
export interface MisreadFormWords {
  readonly 'plural-noun': ReadonlySet<string>;
  readonly perfect: ReadonlySet<string>;
}

/** Read `misread-forms.tsv` (E170 for a line of an unknown class or shape). */
export function readMisreadFormWords(path = assetPath('src', 'stages', 'pos', 'data', 'misread-forms.tsv')): MisreadFormWords {
  return readWordClasses(path, ['plural-noun', 'perfect']);
}

/** Tags of the capitalised adjective or name a polity noun follows ("Baltic", "Gulf", "Arab"). */
const PROPER_MODIFIER = new Set(['NNP', 'NNPS', 'JJ']);
/** Tags of a present verb a plural noun is misread as. */
const PRESENT = new Set(['VBZ', 'VBP']);
/** Tags of the verb form that follows a subject ("condemned" VBN or VBD, "meet" VBP, "will" MD). */
const VERB_FORM = new Set(['VBD', 'VBN', 'VBZ', 'VBP', 'MD']);
/** Tags of a verb form: a word already read as one needs no forcing. */
const VERB = new Set(['VB', 'VBD', 'VBN', 'VBZ', 'VBP', 'VBG', 'MD']);
/** Tags of a word that may modify the noun after it ("ground" NN in "had ground troops"). */
const MODIFIER = new Set(['NN', 'JJ']);
/** Tags of a noun: after a past form, the head it modifies ("had ground troops"). */
const COMMON_NOUN = new Set(['NN', 'NNS']);

/** Positions of plural nouns read as present verbs after a capitalised modifier, before a verb form. */
export function misreadPluralNouns(words: readonly string[], ids: Int32Array, classes: readonly TagClass[], lists: MisreadFormWords): number[] {
  const tags = (i: number): TagClass => classes[ids[i]];
  const out: number[] = [];
  for (let i = 1; i + 1 < words.length; i++) {
    if (!PRESENT.has(tags(i).xpos) || !lists['plural-noun'].has(words[i])) continue;
    const before = words[i - 1];
    if (before[0] === before[0].toLowerCase() || !PROPER_MODIFIER.has(tags(i - 1).xpos)) continue;
    if (VERB_FORM.has(tags(i + 1).xpos)) out.push(i);
  }
  return out;
}

/** Whether a lowercase word is a past participle form: an irregular form of another spelling than its verb ("won"), or a regular -ed. */
function isParticipleForm(lower: string, verbs: KnownVerbs): boolean {
  const irregular = verbs.irregular.get(lower);
  if (irregular !== undefined) return irregular !== lower;
  return verbStems(lower, 'VBN').some((stem) => verbs.lemmas.has(stem));
}

/** A misread participle and its perfect auxiliary, which the tagger may have read as the main verb "have". */
export interface MisreadParticiple {
  readonly auxiliary: number;
  readonly participle: number;
}

/** Past participles read as something other than a verb after a perfect auxiliary and its adverbs. */
export function misreadParticiples(words: readonly string[], ids: Int32Array, classes: readonly TagClass[], verbs: KnownVerbs, lists: MisreadFormWords): MisreadParticiple[] {
  const tags = (i: number): TagClass => classes[ids[i]];
  const out: MisreadParticiple[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    if (!lists.perfect.has(words[i].toLowerCase())) continue;
    let j = i + 1;
    while (j < words.length && tags(j).xpos === 'RB') j++;
    if (j >= words.length || VERB.has(tags(j).xpos)) continue;
    const word = words[j];
    if (word !== word.toLowerCase() || !isParticipleForm(word, verbs)) continue;
    // Read as a noun or an adjective before a noun, the word may modify it ("had ground/NN troops"); read as anything
    // else it cannot ("has won/CD praise").
    if (MODIFIER.has(tags(j).xpos) && j + 1 < words.length && COMMON_NOUN.has(tags(j + 1).xpos)) continue;
    out.push({ auxiliary: i, participle: j });
  }
  return out;
}
