/**
 * Present-tense verbs the tagger read as plural nouns: "he stressed that … the Ukrainian state needs further
 * assistance", "emphasized that Ukraine very much hopes for the support of Great Britain", "said Japan urges price
 * realism in commodity pacts", "MP calls for probe". After a singular noun the "-s" form of a verb of needing,
 * hoping, urging or planning reads as the head of a noun compound ("state needs", "Japan urges"), the clause is left
 * with no verb, and no trigger, modality or subject rule sees it. When such a word (data/rule-words.tsv
 * `misread-present`) follows a plain noun phrase that names an actor, opens its clause, and is followed by what the
 * verb takes (an object, a "to" infinitive, a marker of its complement: `misread-present-marker`), with no finite
 * verb of its own clause after it, the tree view is rebuilt with it as the clause's verb, the phrase as its subject
 * and what follows as its object or oblique.
 */
import type { Dep } from '../deps/types.js';
import type { PosTag } from '../pos/types.js';
import { ruleWords } from './rule-words.js';
import { FINITE_TAGS, regularStems, withRepairs, type Tree } from './tree.js';

/** Verbs (lemmas) whose "-s" form the tagger reads as a plural noun after a noun. */
const MISREAD = ruleWords('misread-present');
/** Each verb with a word that opens its complement ("call for", "insist on", "plan to", "insist that"). */
const MARKERS = ruleWords('misread-present-marker');
/** Parts of speech a plain subject noun phrase is made of ("the Ukrainian state", "the House Budget Committee"). */
const PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
/** Parts of speech that open an object noun phrase ("further assistance", "a speedy recovery", "price realism"). */
const OBJECT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);
/** Parts of speech that may stand before a clause's subject: its start, a conjunction, punctuation, a relative pronoun. */
const CLAUSE_OPENERS = new Set(['PUNCT', 'SCONJ', 'CCONJ']);
/** Relative and interrogative pronoun tags ("which the committee plans to …"). */
const RELATIVE_TAGS = new Set(['WDT', 'WP']);

/** The tree with every misread present-tense verb repaired, or the same tree when the document has none. */
export function repairMisreadPresent(tree: Tree, text: string, isActor: (token: number) => boolean, speechVerbs: ReadonlySet<string>): Tree {
  let out: { deps: Dep[]; pos: PosTag[]; lemmas: string[] } | undefined;
  for (let v = 1; v < tree.tokens.length; v++) {
    const found = misreadPresent(tree, text, isActor, speechVerbs, v);
    if (!found) continue;
    out ??= { deps: [...tree.deps], pos: [...tree.pos], lemmas: [...tree.lemmas] };
    rebuildClause(tree, out.deps, v, found);
    out.pos[v] = { upos: 'VERB', xpos: 'VBZ', lemma: found.stem };
    out.lemmas[v] = found.stem;
  }
  if (!out) return tree;
  return withRepairs(tree, out);
}

/** A misread verb's clause: its subject phrase [first, subject], the verb's base form and the clause's last token. */
interface Found { readonly first: number; readonly subject: number; readonly end: number; readonly stem: string }

/** Token `v` as a present-tense verb misread as a plural noun, or undefined. */
function misreadPresent(tree: Tree, text: string, isActor: (token: number) => boolean, speechVerbs: ReadonlySet<string>, v: number): Found | undefined {
  // The tag is tested apart from the clause's reading, whose closures would allocate their context on every token (#13).
  if (tree.pos[v]?.xpos !== 'NNS' || !/^[a-z]+s$/.test(tree.words[v]) || !/[a-z]/.test(text[tree.tokens[v].start] ?? '')) return undefined;
  return misreadClause(tree, isActor, speechVerbs, v);
}

/** The verb a plural noun may be misread from: a stem whose third person is the word (a loop, not an arrow made per call: #13). */
function misreadStem(word: string): string | undefined {
  for (const stem of regularStems(word)) if (MISREAD.has(stem) && thirdPerson(stem) === word) return stem;
  return undefined;
}

/** The clause of plural noun `v` read as a misread verb's, or undefined. */
function misreadClause(tree: Tree, isActor: (token: number) => boolean, speechVerbs: ReadonlySet<string>, v: number): Found | undefined {
  const stem = misreadStem(tree.words[v]);
  if (stem === undefined) return undefined;
  const sent = tree.tokens[v].sent;
  const inSentence = (t: number) => t >= 0 && t < tree.tokens.length && tree.tokens[t].sent === sent;
  // What follows is what the verb takes: an object phrase, a marker of its complement, or "to" and a bare verb.
  const next = v + 1;
  if (!inSentence(next)) return undefined;
  const word = tree.words[next];
  const takes = MARKERS.has(`${stem} ${word}`) ? (word !== 'to' || tree.pos[next + 1]?.xpos === 'VB') : OBJECT_POS.has(tree.pos[next]?.upos ?? '');
  if (!takes) return undefined;
  // The subject: a singular noun right before it, or before adverbs ("Ukraine very much hopes", "Ukraine also needs").
  let subject = v - 1;
  while (inSentence(subject) && isAdverb(tree, subject, v)) subject--;
  if (!inSentence(subject) || !['NN', 'NNP'].includes(tree.pos[subject]?.xpos ?? '')) return undefined;
  let first = subject;
  while (inSentence(first - 1) && PHRASE_POS.has(tree.pos[first - 1]?.upos ?? '')) first--;
  if (!opensClause(tree, speechVerbs, first, inSentence)) return undefined;
  // The phrase's head names the actor: "The U.S. Plan calls for …", "a European Community directive calls for …" are documents.
  if (!isActor(subject)) return undefined;
  // The clause runs to the next boundary; a finite verb before it is the clause's own verb, and the word a noun.
  let end = v;
  while (inSentence(end + 1) && !isBoundary(tree, end + 1)) end++;
  for (let t = next; t <= end; t++) if (['VERB', 'AUX'].includes(tree.pos[t]?.upos ?? '') && FINITE_TAGS.has(tree.pos[t]?.xpos ?? '')) return undefined;
  return { first, subject, end, stem };
}

/** An adverb between the subject and the verb: tagged so, or an adjective the tagger made of "much" after one ("very much"). */
function isAdverb(tree: Tree, t: number, verb: number): boolean {
  if (tree.pos[t]?.upos === 'ADV') return true;
  return tree.pos[t]?.upos === 'ADJ' && tree.pos[t - 1]?.upos === 'ADV' && tree.deps[t].head === verb;
}

/** Whether the phrase starting at `first` opens a clause: the sentence's start, or after a conjunction, punctuation, a relative pronoun or a speech verb ("said Japan urges …"). */
function opensClause(tree: Tree, speechVerbs: ReadonlySet<string>, first: number, inSentence: (t: number) => boolean): boolean {
  const before = first - 1;
  if (!inSentence(before)) return true;
  const { upos, xpos } = tree.pos[before] ?? {};
  if (CLAUSE_OPENERS.has(upos ?? '') || RELATIVE_TAGS.has(xpos ?? '')) return true;
  return upos === 'VERB' && speechVerbs.has(tree.lemmas[before]);
}

/** A token that ends the clause after the verb: punctuation, a subordinator or a relative pronoun. */
function isBoundary(tree: Tree, t: number): boolean {
  const { upos, xpos } = tree.pos[t] ?? {};
  return (upos === 'PUNCT' && tree.words[t] !== '-') || upos === 'SCONJ' || RELATIVE_TAGS.has(xpos ?? '');
}

/** Relations of a clause to the word it hangs on, kept as they are; any other becomes a complement clause. */
const CLAUSE_RELS = new Set(['root', 'conj', 'ccomp', 'parataxis', 'advcl', 'acl:relcl', 'acl', 'xcomp']);

/** Rebuild the clause [first, end] around verb `v`: the subject phrase its subject, what follows its object or oblique. */
function rebuildClause(tree: Tree, deps: Dep[], v: number, { first, subject, end }: Found): void {
  const inClause = (t: number) => t >= first && t <= end;
  // The clause's top: the token the parser hung outside it (the verb itself, or the noun it made the phrase's head).
  const top = range(first, end).find((t) => !inClause(tree.deps[t].head) && tree.pos[t]?.upos !== 'PUNCT') ?? v;
  let { head, deprel } = tree.deps[top];
  // The parser made the phrase the subject of a verb after the clause ("The French government plans to cancel …, but
  // will not provide …"): the verb takes that verb's place, and a coordinated one becomes its conjunct.
  if (deprel.startsWith('nsubj') && head > end) {
    const later = head;
    ({ head, deprel } = tree.deps[later]);
    if (tree.children[later].some((c) => c > end && tree.deps[c].deprel === 'cc')) deps[later] = { head: v, deprel: 'conj' };
  }
  // A clause opened by "that" under a verb is what the verb says, whatever the parser made of it ("emphasized that …").
  const opener = first - 1;
  const marked = opener >= 0 && tree.tokens[opener].sent === tree.tokens[v].sent && tree.pos[opener]?.upos === 'SCONJ';
  const clauseRel = head < 0 ? 'root' : tree.pos[head]?.upos === 'VERB' && (marked || !CLAUSE_RELS.has(deprel)) ? 'ccomp' : deprel;
  deps[v] = { head, deprel: clauseRel };
  deps[subject] = { head: v, deprel: 'nsubj' };
  // The subject phrase's other words hang on its head ("the Ukrainian state"), adverbs on the verb.
  for (let t = first; t < subject; t++) if (tree.deps[t].head > subject || tree.deps[t].head < first) deps[t] = { head: subject, deprel: tree.deps[t].deprel };
  for (let t = subject + 1; t < v; t++) deps[t] = { head: v, deprel: 'advmod' };
  // Words after the verb that hung outside what follows it are the verb's: the object phrase's head, an oblique, an infinitive.
  let object = false;
  let argument: number | undefined;
  for (let t = v + 1; t <= end; t++) {
    const h = tree.deps[t].head;
    if (h > v && h <= end && h !== t) continue;
    // A conjunct the parser hung on the noun it took the verb for joins the argument before it ("calls on Canada and other partners").
    if (tree.deps[t].deprel === 'conj' && argument !== undefined) {
      deps[t] = { head: argument, deprel: 'conj' };
      continue;
    }
    // A preposition right after the verb marks its first argument, wherever the parser hung it ("calls on the people's deputies").
    const marker = argument === undefined && tree.pos[v + 1]?.upos === 'ADP' && t > v + 1 ? v + 1 : undefined;
    deps[t] = { head: v, deprel: marker !== undefined && isNominal(tree, t) ? 'obl' : complementRel(tree, t, object) };
    if (marker !== undefined && deps[t].deprel === 'obl') deps[marker] = { head: t, deprel: 'case' };
    object ||= deps[t].deprel === 'obj';
    if (['obj', 'obl'].includes(deps[t].deprel)) argument = t;
  }
  // Outside the clause: words that hung on its old top, or on the misread noun, hang on the verb ("that", "and", the full stop).
  for (let t = 0; t < tree.deps.length; t++) {
    if (inClause(t) || t === head || (tree.deps[t].head !== top && tree.deps[t].head !== v)) continue;
    deps[t] = { head: v, deprel: tree.deps[t].deprel };
  }
  // A "that" or "and" right before the clause opens it, whatever the parser hung it on.
  if (opener >= 0 && tree.tokens[opener].sent === tree.tokens[v].sent && ['SCONJ', 'CCONJ'].includes(tree.pos[opener]?.upos ?? '') && tree.deps[opener].head !== v) {
    deps[opener] = { head: v, deprel: tree.pos[opener]?.upos === 'SCONJ' ? 'mark' : 'cc' };
  }
}

/** The relation of a word that follows the repaired verb: an infinitive, an oblique (with a preposition), its object. */
function complementRel(tree: Tree, t: number, hasObject: boolean): string {
  const upos = tree.pos[t]?.upos ?? '';
  if (upos === 'PUNCT') return 'punct';
  if (upos === 'VERB') return tree.children[t].some((c) => tree.words[c] === 'to') ? 'xcomp' : 'ccomp';
  const marked = tree.children[t].some((c) => tree.deps[c].deprel === 'case');
  if (marked || hasObject) return 'obl';
  return isNominal(tree, t) ? 'obj' : tree.deps[t].deprel;
}

/** A noun, name, pronoun or number: the head of an argument phrase. */
function isNominal(tree: Tree, t: number): boolean {
  return ['NOUN', 'PROPN', 'PRON', 'NUM'].includes(tree.pos[t]?.upos ?? '');
}

/** The third person singular present of a verb: "needs", "wishes", "tries". */
function thirdPerson(stem: string): string {
  if (/(s|sh|ch|x|z|o)$/.test(stem)) return `${stem}es`;
  return /[^aeiou]y$/.test(stem) ? `${stem.slice(0, -1)}ies` : `${stem}s`;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, k) => from + k);
}
