/**
 * A sentence with no finite verb in its main clause, whose only candidate is a past form the tagger
 * read as a participle, an adjective or a noun: "Concepcion named Japan and South Korea as
 * examples" (`named` VBN), "The tribunal upheld a countervailing duty" (`upheld` NN), "The Asian
 * Development Bank today wound up a meeting" (`wound` NN), "The finance ministers … met today".
 * The greedy tagger decides each word from its left context and never looks back, so a sentence
 * can end with no verb at all; the parser then hangs the verb on the subject as a modifier and the
 * events stage sees no clause. Such a word is re-tagged VBD and the rest of the sentence re-tagged
 * after it. A candidate must stand where a main verb stands: right after a noun or adjective (the
 * tagger's `tribunal`/`official` are JJ), or after a time word or the comma closing an apposition
 * that follows one ("IG Metall, under … Steinkuehler, proposed the talks"), and be followed by what
 * a verb takes (an object, a particle, a time word), not "by" (a passive: "supported by") nor
 * another preposition ("Three Palestinians killed in a raid" stays a headline's passive), nor an
 * adjective of state ("Hostages found alive"); a time word or a measure phrase after it ("arrested
 * today", "detained last week", "expelled two days after …") is no object, so it counts only in a
 * sentence with a determiner before the verb (headline style has none). Nothing after a label's colon
 * is forced (captions, lists). Words: `data/finite-verb.tsv`.
 */
import { assetPath, readWordClasses } from '../../core/assets.js';
import type { KnownVerbs } from './lemmatizer.js';
import type { TagClass } from './tagger.js';
import { verbStems } from './verb-stems.js';

/** The word classes of `data/finite-verb.tsv`. */
export interface FiniteVerbWords {
  readonly time: ReadonlySet<string>;
  readonly particle: ReadonlySet<string>;
  readonly subordinator: ReadonlySet<string>;
  readonly state: ReadonlySet<string>;
  readonly unit: ReadonlySet<string>;
  readonly relative: ReadonlySet<string>;
  readonly present: ReadonlySet<string>;
  /** A present verb and the preposition opening its complement, as "calls for" (one entry, space-separated). */
  readonly 'present-prep': ReadonlySet<string>;
  /** Nouns of what is needed, which the tagger misreads as a present verb after "needs" ("needs/NNS help/VBP"). */
  readonly 'need-object': ReadonlySet<string>;
  /** Present forms that are never nouns ("denies", "accuses"), which the tagger may read as a plural noun after a name. */
  readonly 'verb-only': ReadonlySet<string>;
  /** Past forms spelt like a verb of their own ("wound": wind, wound), which `verb-forms.tsv` leaves out. */
  readonly 'past-form': ReadonlySet<string>;
}

/** Read `finite-verb.tsv` (E170 for a line of an unknown class or shape). */
export function readFiniteVerbWords(path = assetPath('src', 'stages', 'pos', 'data', 'finite-verb.tsv')): FiniteVerbWords {
  return readWordClasses(path, ['time', 'particle', 'subordinator', 'state', 'unit', 'relative', 'present', 'present-prep', 'need-object', 'verb-only', 'past-form']);
}

/** Tags of a finite verb or auxiliary: a sentence with one of these in its main clause has its verb. */
const FINITE = new Set(['VBD', 'VBZ', 'VBP', 'MD']);
/** Tags a misread past form comes out with. */
const MISREAD = new Set(['VBN', 'JJ', 'NN']);
/** Tags of the word a main verb may follow: the subject's head noun (or the adjective the tagger made of it). */
const SUBJECT_END = new Set(['NN', 'NNS', 'NNP', 'NNPS', 'JJ']);
/** Tags of the word that may start a verb's object or complement (VBN: "raised continued concerns"). */
const OBJECT_START = new Set(['DT', 'PRP', 'PRP$', 'NN', 'NNS', 'NNP', 'NNPS', 'CD', 'JJ', 'JJR', 'JJS', 'RP', 'PDT', 'VBN']);
/** Tags of a determiner: a sentence with none before its candidate is headline style ("Opposition leader arrested today"). */
const DETERMINER = new Set(['DT', 'PDT', 'PRP$', 'WP$']);
/** Tags of a noun. */
const NOUN = new Set(['NN', 'NNS', 'NNP', 'NNPS']);
/** A dotted initialism before a headline capital ("The U.S. Opposed the move"). */
const INITIALISM = /^(?:[A-Z]\.){2,}$/;

/** Whether a lowercase word is a past form of a known verb: irregular ("upheld", "met", "wound") or a regular -ed. */
function isPastForm(lower: string, verbs: KnownVerbs, lists: FiniteVerbWords): boolean {
  if (lists['past-form'].has(lower)) return true;
  const irregular = verbs.irregular.get(lower);
  if (irregular !== undefined) return irregular !== lower && !lower.endsWith('en') && !lower.endsWith('wn');
  return verbStems(lower, 'VBD').some((stem) => verbs.lemmas.has(stem));
}

/**
 * The position of the word to read as the sentence's finite verb, or -1: only when no word of the
 * main clause is finite (words after a subordinator do not count).
 */
export function missingFiniteVerb(words: readonly string[], ids: Int32Array, classes: readonly TagClass[], verbs: KnownVerbs, lists: FiniteVerbWords): number {
  const tags = (i: number): TagClass => classes[ids[i]];
  let candidate = -1;
  let subordinate = false;
  // After a label's colon the words are a caption or a list item ("Photo: the president pictured yesterday",
  // "Among the dead: the former minister named Smith"): a participle there is no finite verb.
  let label = false;
  let determiner = false;
  for (let i = 0; i < words.length; i++) {
    const lower = words[i].toLowerCase();
    const { upos, xpos } = tags(i);
    if (lists.subordinator.has(lower) || xpos === 'WDT' || xpos === 'WP') subordinate = true;
    if (!subordinate && (FINITE.has(xpos) || upos === 'AUX')) return -1;
    if (words[i] === ':') label = true;
    if (!subordinate && !label && i > 0 && MISREAD.has(xpos) && isCandidate(words, tags, i, verbs, lists, determiner)) {
      // A participle modifying the next noun gives way to a candidate right after that noun ("The following state
      // elected officials delivered remarks").
      if (candidate < 0 || (candidate === i - 2 && NOUN.has(tags(i - 1).xpos))) candidate = i;
    }
    if (DETERMINER.has(xpos)) determiner = true;
  }
  return candidate;
}

/**
 * `determiner`: whether a determiner stands before word `i`. Without one the sentence is headline style, where a past
 * form followed by no object is a passive ("Opposition leader arrested today", "Activists jailed four years"); with one
 * it is an intransitive verb ("The finance ministers … met today").
 */
function isCandidate(words: readonly string[], tags: (i: number) => TagClass, i: number, verbs: KnownVerbs, lists: FiniteVerbWords, determiner: boolean): boolean {
  const word = words[i];
  const lower = word.toLowerCase();
  // A capital mid-sentence is a name, but for a headline capital after an initialism.
  if (lower !== word && !INITIALISM.test(words[i - 1])) return false;
  if (!isPastForm(lower, verbs, lists)) return false;
  if (!followsSubject(words, tags, i, lists)) return false;
  const next = words[i + 1]?.toLowerCase();
  if (next === undefined) return false;
  if (words.slice(i + 1, i + 5).some((w) => w.toLowerCase() === 'by')) return false;
  // An adjective of state is no object ("Hostages found alive").
  if (lists.state.has(next)) return false;
  // A time word or a measure phrase is no object either: a verb then needs a determiner-led sentence.
  if (lists.time.has(next) || isMeasure(words, tags, i + 1, lists)) return determiner;
  return OBJECT_START.has(tags(i + 1).xpos) || lists.particle.has(next);
}

/** Whether a measure phrase starts at word `j`: a number or "last"/"this" and a time unit ("four years", "last week", "two days"). */
function isMeasure(words: readonly string[], tags: (i: number) => TagClass, j: number, lists: FiniteVerbWords): boolean {
  const first = words[j].toLowerCase();
  const unit = words[j + 1]?.toLowerCase();
  if (unit === undefined || !lists.unit.has(unit)) return false;
  return tags(j).xpos === 'CD' || lists.relative.has(first);
}

/** Whether word `i` stands right after a subject: its noun, or a time word or an apposition's closing comma after one. */
function followsSubject(words: readonly string[], tags: (i: number) => TagClass, i: number, lists: FiniteVerbWords): boolean {
  let before = i - 1;
  if (before >= 1 && lists.time.has(words[before].toLowerCase())) before--;
  else if (before >= 1 && words[before] === ',') return SUBJECT_END.has(tags(before - 1).xpos) || tags(before - 1).xpos === '-RRB-';
  return (SUBJECT_END.has(tags(before).xpos) || tags(before).xpos === '-RRB-') && !lists.time.has(words[before].toLowerCase());
}

/** Tags that may stand in a subject's noun phrase before its head noun ("The Ukrainian state", "Kyiv's army"). */
const SUBJECT_PHRASE = new Set(['DT', 'PDT', 'PRP$', 'JJ', 'JJR', 'JJS', 'NN', 'NNP', 'NNPS', 'POS', 'CD']);
/** Tags before a noun phrase that make it an object, not a subject ("to meet energy needs", "for government needs"). */
const GOVERNOR = new Set(['VB', 'VBG', 'VBN', 'TO', 'IN']);
/** Tags of a present verb the tagger may give the word after a misread "needs" ("government needs/NNS help/VBP"). */
const MISREAD_OBJECT = new Set(['VB', 'VBP']);
/**
 * Tags that may open the complement of a form that is never a noun, besides an object: a gerund ("denies breaking
 * rules"), a preposition ("warns of war", "insists on talks") or an infinitive marker ("refuses to resign").
 */
const VERB_ONLY_COMPLEMENT = new Set(['VBG', 'IN', 'TO']);
/** Tags that end a clause on the right. */
const CLAUSE_END = new Set(['.', ',', ':', 'CC', 'WDT', 'WP', '-LRB-']);

/**
 * The position of a present verb of need read as a plural noun after its subject's noun, or -1: "The Ukrainian
 * government needs help." (`needs` NNS, `help` VBP), "the Ukrainian state needs further assistance" (`needs` NNS, no
 * verb at all); "Ukraine needs help." is read right. The word must follow a common or proper noun heading a noun
 * phrase that no verb or preposition governs, be followed by what a verb takes, and its clause must have no finite
 * verb to its right but a present form the tagger made of that object ("help/VBP"); so "to meet energy needs", "the
 * country's needs" and "Government needs assessment was published" stay nouns. An appeal verb and its preposition
 * ("The government calls for calm", "Obama calls for restraint") is read the same way, its object after the
 * preposition; "Phone calls for the minister went unanswered" (a finite verb follows) and "the calls for reform" (no
 * noun before) stay nouns. A present form that is never a noun (`verb-only`: "Labour denies breaking rules", a BBC
 * headline) is read the same way, and may take a gerund, a preposition or "to" ("Minister warns of war"); its subject's
 * head may be a title noun the tagger made an adjective after a noun ("Police chief/JJ warns drivers"). Words: the
 * `present`, `present-prep` and `verb-only` classes of `data/finite-verb.tsv`.
 */
export function misreadPresentVerb(words: readonly string[], ids: Int32Array, classes: readonly TagClass[], lists: FiniteVerbWords): number {
  const tags = (i: number): TagClass => classes[ids[i]];
  for (let i = 1; i + 1 < words.length; i++) {
    if (tags(i).xpos !== 'NNS') continue;
    // "calls for": the preposition is the verb's complement, so the object is read after it.
    const prep = lists['present-prep'].has(`${words[i]} ${words[i + 1].toLowerCase()}`);
    // A form that is never a noun ("Labour denies breaking rules") may take a gerund as its object.
    const verbOnly = !prep && lists['verb-only'].has(words[i]);
    if (!prep && !verbOnly && !lists.present.has(words[i])) continue;
    const head = tags(i - 1).xpos;
    // A title noun the tagger made an adjective after its noun ("Police/NNS chief/JJ warns/NNS drivers") heads the
    // subject only before a form that is never a noun.
    const titleAdjective = verbOnly && head === 'JJ' && i >= 2 && NOUN.has(tags(i - 2).xpos);
    if (head !== 'NN' && head !== 'NNP' && !titleAdjective) continue;
    if (!isUngoverned(words, tags, i - 1, lists)) continue;
    // After a finite verb the noun phrase may be its object ("Protesters rejected government calls for calm"); only
    // "that" or the sentence's start marks a subject there.
    const start = phraseStart(tags, i - 1);
    if (prep && start > 0 && FINITE.has(tags(start - 1).xpos)) continue;
    const objectAt = prep ? i + 2 : i + 1;
    if (objectAt >= words.length) continue;
    const next = tags(objectAt);
    // A present verb right after "needs" is its object misread ("needs/NNS help/VBP") only when it is a noun of what is
    // needed; else it is the clause's own verb ("energy needs grow", "defence needs require more spending").
    const misread = MISREAD_OBJECT.has(next.xpos);
    if (misread ? !prep && !lists['need-object'].has(words[objectAt].toLowerCase()) : !OBJECT_START.has(next.xpos) && !(verbOnly && VERB_ONLY_COMPLEMENT.has(next.xpos))) continue;
    if (hasFiniteToClauseEnd(words, tags, misread ? objectAt + 1 : objectAt, lists)) continue;
    return i;
  }
  return -1;
}

/** The first word of the noun phrase ending at word `head`. */
function phraseStart(tags: (i: number) => TagClass, head: number): number {
  let start = head;
  while (start > 0 && SUBJECT_PHRASE.has(tags(start - 1).xpos)) start--;
  return start;
}

/** Whether the noun phrase ending at word `head` starts a sentence or a clause, not an object of a verb or preposition. */
function isUngoverned(words: readonly string[], tags: (i: number) => TagClass, head: number, lists: FiniteVerbWords): boolean {
  const start = phraseStart(tags, head);
  if (start === 0) return true;
  return lists.subordinator.has(words[start - 1].toLowerCase()) || !GOVERNOR.has(tags(start - 1).xpos);
}

/** Whether a finite verb or auxiliary stands from word `from` to the end of its clause. */
function hasFiniteToClauseEnd(words: readonly string[], tags: (i: number) => TagClass, from: number, lists: FiniteVerbWords): boolean {
  for (let j = from; j < words.length; j++) {
    const { upos, xpos } = tags(j);
    if (CLAUSE_END.has(xpos) || lists.subordinator.has(words[j].toLowerCase())) return false;
    if (FINITE.has(xpos) || upos === 'AUX') return true;
  }
  return false;
}
