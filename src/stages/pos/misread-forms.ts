/**
 * Two misreadings of the greedy tagger that cost a sentence its subject or its verb (session 50 review, #12):
 * - a plural noun of polities read as a present verb after a capitalised adjective or name, "The Baltic states/VBZ
 *   condemned/VBN the attack", leaves the sentence with no subject and its real verb a participle; followed by a verb
 *   form, the word is the subject's noun;
 * - a past participle after a perfect auxiliary read as a noun or a preposition, "Lukashenko had won/IN the
 *   election" (the Korean currency), makes "had" the clause's head; a past form after "have" and its adverbs is the
 *   participle, and "have" its auxiliary. A noun after a word read as a noun or an
 *   adjective keeps it that noun's modifier ("had ground/NN troops"), not after one read as a number ("has won/CD praise").
 * - a verb after a modal (and its negator) read as an adverb, a noun or an adjective, "he would not back/RB the
 *   plans", "the Tories would fund/NN the cuts", leaves the clause no verb; a verb lemma there, not followed by a verb
 *   it could modify ("could even/RB be") or a time noun ("than they could last year"), and not one almost never a verb
 *   there ("even", "further"), is the base form, and "cannot", which the tagger never saw whole, the modal;
 * - a word read as a verb right after an article ("a pay/VB rise"), or after an indefinite article and names ("accept
 *   a U.S. offer/VB to use warships"), makes a clause of a noun phrase; it is the noun ("a" after a label noun is a
 *   letter: "group a receive aid").
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
  readonly 'negated-modal': ReadonlySet<string>;
  readonly 'modal-negator': ReadonlySet<string>;
  readonly article: ReadonlySet<string>;
  readonly 'name-article': ReadonlySet<string>;
  readonly 'not-after-modal': ReadonlySet<string>;
  readonly 'time-noun': ReadonlySet<string>;
  readonly 'label-noun': ReadonlySet<string>;
}

/** Read `misread-forms.tsv` (E170 for a line of an unknown class or shape). */
export function readMisreadFormWords(path = assetPath('src', 'stages', 'pos', 'data', 'misread-forms.tsv')): MisreadFormWords {
  return readWordClasses(path, ['plural-noun', 'perfect', 'negated-modal', 'modal-negator', 'article', 'name-article', 'not-after-modal', 'time-noun', 'label-noun']);
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

/** Tags a verb after a modal is misread as ("would not back/RB", "would fund/NN", "may prompt/JJ", "can rely/IN"). */
const MODAL_MISREAD = new Set(['RB', 'NN', 'JJ', 'IN']);

/** A misread modal ("cannot" read as a noun, or -1 for none) and the misread verb after it (or -1). */
export interface MisreadModalVerb {
  readonly modal: number;
  readonly verb: number;
}

/**
 * Modals the tagger misread ("cannot") and base-form verbs it misread after a modal and its negator. The verb must be a
 * lowercase verb lemma not followed by a verb form, which it would modify as an adverb ("could even/RB be", "will
 * further/RB expand").
 */
export function misreadModalVerbs(words: readonly string[], ids: Int32Array, classes: readonly TagClass[], verbs: KnownVerbs, lists: MisreadFormWords): MisreadModalVerb[] {
  const tags = (i: number): TagClass => classes[ids[i]];
  const out: MisreadModalVerb[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const negated = lists['negated-modal'].has(words[i].toLowerCase());
    if (!negated && tags(i).xpos !== 'MD') continue;
    const modal = negated && tags(i).xpos !== 'MD' ? i : -1;
    let j = i + 1;
    if (!negated && lists['modal-negator'].has(words[j].toLowerCase())) j++;
    // Adverbs between the modal and its verb ("may even now aid/IN"): an adverb that is no verb lemma, or one almost
    // never a verb there.
    while (j + 1 < words.length && (lists['not-after-modal'].has(words[j].toLowerCase()) || (tags(j).xpos === 'RB' && !verbs.lemmas.has(words[j].toLowerCase())))) j++;
    let verb = -1;
    if (j < words.length && MODAL_MISREAD.has(tags(j).xpos) && words[j] === words[j].toLowerCase() && verbs.lemmas.has(words[j]) &&
      !lists['not-after-modal'].has(words[j])) {
      // A time noun after it makes it that noun's adjective in an elliptical clause ("more than they could last year").
      const timed = j + 1 < words.length && lists['time-noun'].has(words[j + 1].toLowerCase());
      if (!timed && (j + 1 >= words.length || !VERB.has(tags(j + 1).xpos))) verb = j;
    }
    if (modal >= 0 || verb >= 0) out.push({ modal, verb });
  }
  return out;
}

/** Tags of a verb a noun after an article is misread as. */
const BASE_OR_PRESENT = new Set(['VB', 'VBP']);

/** Positions of words read as a base or present verb right after an article, or after an indefinite article and names. */
export function misreadArticleNouns(words: readonly string[], ids: Int32Array, classes: readonly TagClass[], lists: MisreadFormWords): number[] {
  const tags = (i: number): TagClass => classes[ids[i]];
  const out: number[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const lower = words[i].toLowerCase();
    // A capital mid-sentence is a letter or a name, no article ("SPLM/A have agreed").
    if (!lists.article.has(lower) || (i > 0 && lower !== words[i])) continue;
    // After a label noun "a" is a letter naming a member, no article ("group a receive aid").
    if (i > 0 && lists['label-noun'].has(words[i - 1].toLowerCase())) continue;
    let j = i + 1;
    if (lists['name-article'].has(lower)) while (j + 1 < words.length && tags(j).xpos === 'NNP') j++;
    if (BASE_OR_PRESENT.has(tags(j).xpos)) out.push(j);
  }
  return out;
}
