/**
 * "The United States … But it has asked Congress …", "In December 1985, it signed a deal …": a subject "it" inside
 * its sentence continues the coded body or state that was the subject of the sentences before (#12; training gold,
 * session 56 ev-pronoun: "it" was never resolved, only "its"). A sentence-opening "It" is the events stage's
 * (`events/opening-it.ts`), and an "it" after an actor of its own sentence ("Toshiba said it …") is left to the
 * events stage's speaker and nearest-actor readings, and one after a thing named as a subject in its sentence
 * ("Bravery is … as it guarantees …") is that thing. "It" never means a person or a group, nor a town (a place is
 * not a doer); an "it" of a copula ("it is important to"), a passive ("it was agreed") or a verb of the weather, the
 * time or an extraposed clause (`data/it-verbs.tsv`: "it seems", "it takes two years") names no one, and one after a sentence
 * whose subject acted on a singular thing ("Iran unveiled a new missile. … it struck …") may be that thing.
 */
import { assetPath, readDataText } from '../../core/assets.js';
import type { ActorMention } from '../actors/types.js';
import { parseKindWords } from '../../core/kind-words.js';
import { isIt } from '../../lang/pack.js';
import { headOf, type View } from './view.js';

/** What the article named before, as `refer.ts` remembers it. */
export interface Named {
  readonly m: ActorMention;
  readonly subject: boolean;
  readonly person: boolean;
  readonly plural: boolean;
  readonly place?: boolean;
}

/** Sentences back an "it" looks across sentences whose subject is no actor ("The loan is for 20 years."). */
const IT_REACH = 2;

const WORD_KINDS = ['empty', 'framed', 'time'] as const;
type ItVerbs = Readonly<Record<(typeof WORD_KINDS)[number], ReadonlySet<string>>>;
let loaded: ItVerbs | undefined;

/** The lemmas of `data/it-verbs.tsv`'s text by kind; a malformed row, or a verb both empty and framed, is E170 naming its line. */
export function parseItVerbs(text: string, path: string): ItVerbs {
  return parseKindWords(text, path, WORD_KINDS, (kind, word, above) =>
    (kind === 'empty' && above.framed.has(word)) || (kind === 'framed' && above.empty.has(word)) ? `"${word}" is listed as both empty and framed` : undefined);
}

function itVerbs(): ItVerbs {
  if (loaded) return loaded;
  const path = assetPath('src', 'stages', 'discourse', 'data', 'it-verbs.tsv');
  loaded = parseItVerbs(readDataText(path), path);
  return loaded;
}

/**
 * Whether `verb` stands in its impersonal frame: a clause after it ("follows that …", "looks as if …", "remains
 * unclear whether …", "appears that Congress will pay", which the parser may hang as an xcomp with its own subject)
 * or a length of time as its object ("takes two years").
 */
function isImpersonalFrame(view: View, verb: number, words: ItVerbs): boolean {
  return view.deps.some((d, k) => d.head === verb && view.sents[k] === view.sents[verb] && (
    d.deprel === 'ccomp' || d.deprel === 'csubj'
    || (d.deprel === 'advcl' && hasChild(view, k, 'mark'))
    || (d.deprel === 'xcomp' && (view.pos[k]?.upos === 'ADJ' || hasChild(view, k, 'nsubj')))
    || (d.deprel === 'obj' && words.time.has(view.pos[k]?.lemma ?? ''))));
}

function hasChild(view: View, head: number, deprel: string): boolean {
  return view.deps.some((d) => d.head === head && d.deprel === deprel);
}

/** Whether "it" at `i` is the active subject of a verb that names a doer (not a copula, passive or empty verb). */
function isDoerIt(view: View, i: number): boolean {
  const dep = view.deps[i];
  if (!isIt(view.pack, view.words[i] ?? '') || dep?.deprel !== 'nsubj' || dep.head < 0) return false;
  const verb = dep.head;
  if (view.pos[verb]?.upos !== 'VERB') return false;
  const words = itVerbs();
  const lemma = view.pos[verb]?.lemma ?? '';
  if (words.empty.has(lemma) || (words.framed.has(lemma) && isImpersonalFrame(view, verb, words))) return false;
  return !view.deps.some((d, k) => d.head === verb && view.sents[k] === view.sents[i] && (d.deprel === 'cop' || d.deprel === 'aux:pass' || d.deprel === 'expl'));
}

/** A coded body or state named alone; a capital stands for its government ("Washington has threatened … But it has asked …"), a town is no doer. */
const isBody = (s: Named): boolean => !s.person && !s.plural && s.m.kind !== 'place' && !!s.m.code && !s.m.members?.length;

/** Whether a noun or name before `i` in its sentence is a subject: "Bravery is … as it guarantees …" is about the bravery. */
function hasNounSubjectBefore(view: View, i: number): boolean {
  for (let k = i - 1; k >= 0 && view.sents[k] === view.sents[i]; k--) {
    if (view.deps[k]?.deprel.startsWith('nsubj') && (view.pos[k]?.upos === 'NOUN' || view.pos[k]?.upos === 'PROPN')) return true;
  }
  return false;
}

/**
 * Whether the verb of subject `m` has a singular thing as its object ("Iran unveiled a new missile", "proposed a
 * ceasefire plan"): a later "it" may as well be that thing as the subject, so it is left unread (review a #8). An
 * object of a verb further down ("threatened to scuttle the replenishment") is not as near.
 */
function hasThingObject(view: View, m: ActorMention): boolean {
  const verb = view.deps[headOf(view, m)]?.head ?? -1;
  return verb >= 0 && view.deps.some((d, k) => d.head === verb && d.deprel === 'obj' && view.pos[k]?.xpos === 'NN' && !view.mentionAt[k]);
}

/**
 * The body or state "it" at token `i` continues: the last such subject of the sentences before (a sentence whose
 * subjects are other actors breaks the thread), when its own sentence names no actor before it.
 */
export function itAntecedent(view: View, i: number, seenIn: (sent: number) => readonly Named[]): { named: Named; back: number } | undefined {
  const sent = view.sents[i] ?? 0;
  if (view.sents[i - 1] !== sent || !isDoerIt(view, i)) return undefined;
  if (seenIn(sent).length || hasNounSubjectBefore(view, i)) return undefined;
  for (let back = 1; back <= IT_REACH; back++) {
    const subjects = seenIn(sent - back).filter((s) => s.subject);
    const body = subjects.findLast(isBody);
    if (body && hasThingObject(view, body.m)) return undefined;
    if (body) return subjects.every((s) => s === body || isBody(s)) ? { named: body, back } : undefined;
    if (subjects.length) return undefined;
  }
  return undefined;
}
