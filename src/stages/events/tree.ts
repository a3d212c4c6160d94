import { docView } from '../../core/doc-view.js';
import { sentenceTokenRange } from '../../core/tokens-of.js';
import { DyadError } from '../../core/errors.js';
import type { DocumentWith } from '../../core/stage.js';
import type { Dep } from '../deps/types.js';
import { shippedKnownVerbs } from '../pos/lemmatizer.js';
import type { PosTag } from '../pos/types.js';
import type { Token } from '../tokens/types.js';
import { repairMisreadVerbs } from './misread-verb.js';
import { reattachClauseSubjects } from './clause-subject.js';
import { joinOpeningConjuncts } from './opening-conjunct.js';

/**
 * A read-only view of one document's dependency trees: children by relation, subtrees and
 * lower-cased words, so that rules read as the grammar they check.
 */
export interface Tree {
  readonly tokens: readonly Token[];
  readonly pos: readonly PosTag[];
  readonly deps: readonly Dep[];
  /** Children of each token, in text order. */
  readonly children: readonly (readonly number[])[];
  /** Lower-cased text of each token. */
  readonly words: readonly string[];
  /** Lower-cased lemma of each token. */
  readonly lemmas: readonly string[];
  /** Relation of each token without its subtype. */
  readonly baseRels: readonly string[];
}

/**
 * Build the tree view; `forms` maps irregular inflections to lemmas when the tagger's lemma is off,
 * and `isVerb` lets a verb whose lemma is unknown be read by stripping its regular ending
 * ("shelled" tagged with lemma "shel" is "shell").
 */
export function buildTree(doc: DocumentWith<'tokens' | 'pos' | 'deps'>, forms: Readonly<Record<string, string>> = {}, isVerb: (lemma: string) => boolean = () => true): Tree {
  const { tokens, pos, deps } = doc.layers;
  // Checked once here, so that the rules may index both by token: a short layer would otherwise surface as a
  // TypeError deep in whichever rule first read past its end.
  checkPerToken(doc.id, 'pos', pos.length, tokens.length);
  checkPerToken(doc.id, 'deps', deps.length, tokens.length);
  const { children, words: lower } = docView(doc);
  // One pass over the tokens, with no allocation in the common case (this runs on every token of
  // every article; the events stage's profile had it at a tenth of its time).
  const words = doc.text.includes('’') ? lower.map((word) => word.replace(/’/g, "'")) : lower;
  const irregular = formsMap(forms);
  const n = tokens.length;
  // Grown by `push`, not `new Array(n)`: a packed array, the kind every repaired tree's lists are (see `treeOf`).
  const lemmas: string[] = [];
  for (let i = 0; i < n; i++) {
    const word = words[i];
    const tag = pos[i];
    const lemma = tag?.lemma?.toLowerCase();
    const given = irregular.get(word) ?? (lemma && lemma !== '_' ? lemma : word);
    lemmas.push(tag?.upos !== 'VERB' || isVerb(given) || isKnownStem(word, given) ? given : (regularStems(word).find(isVerb) ?? given));
  }
  const repaired = reattachParticipleConjuncts(deps, pos, children);
  const parsed = treeOf(tokens, pos, repaired?.deps ?? deps, repaired?.children ?? children, words, lemmas, baseRelsOf(deps, n));
  const joined = joinOpeningConjuncts(parsed);
  const opened = joined ? withRepairs(parsed, { deps: joined, pos, lemmas }) : parsed;
  const subjects = reattachClauseSubjects(opened);
  const clauses = subjects ? withRepairs(opened, { deps: subjects, pos, lemmas }) : opened;
  return reattachThatClauses(repairMisreadVerbs(clauses, doc.text, isVerb));
}

function checkPerToken(docId: string, layer: 'pos' | 'deps', found: number, expected: number): void {
  if (found !== expected) throw new DyadError('E2700', { docId, layer, found, expected });
}

/** Phrase relations by which a nominal is a verb's time, place or means ("said on Monday", "said in a statement"). */
const ADJUNCT_RELS = new Set(['obl', 'obl:tmod', 'obl:unmarked', 'obl:npmod', 'nmod:tmod']);

/**
 * "Iran said on Monday that the sanctions were illegal", "said in a statement that …": the parser can hang the clause
 * of what was said on the time or means phrase before it (as a relative clause or a clause of the noun), which leaves
 * the verb with no clause of its own. A clause marked "that" (a conjunction, not a relative pronoun) with a subject of
 * its own, after a phrase of a verb with no object nor clause, is that verb's clause. Copies the tree only when a
 * sentence needs it.
 */
function reattachThatClauses(tree: Tree): Tree {
  let deps: Dep[] | undefined;
  for (let c = 0; c < tree.deps.length; c++) {
    const rel = tree.deps[c]?.deprel;
    if (rel !== 'acl:relcl' && rel !== 'acl') continue;
    const noun = tree.deps[c].head;
    const verb = noun >= 0 ? tree.deps[noun].head : -1;
    if (noun < 0 || noun > c || verb < 0 || verb > noun || !ADJUNCT_RELS.has(tree.deps[noun].deprel) || tree.pos[verb]?.upos !== 'VERB') continue;
    const kids = tree.children[c];
    const that = kids.find((k) => tree.deps[k].deprel === 'mark' && tree.words[k] === 'that' && tree.pos[k]?.upos === 'SCONJ');
    if (that === undefined || !kids.some((k) => tree.deps[k].deprel.startsWith('nsubj') || tree.deps[k].deprel === 'expl')) continue;
    if (tree.children[verb].some((k) => ['obj', 'ccomp', 'xcomp'].includes(tree.deps[k].deprel))) continue;
    deps ??= [...tree.deps];
    deps[c] = { head: verb, deprel: 'ccomp' };
  }
  return deps ? withRepairs(tree, { deps, pos: tree.pos, lemmas: tree.lemmas }) : tree;
}

/** The tree with repaired relations, tags and lemmas: its children and base relations follow the new relations. */
export function withRepairs(tree: Tree, repairs: { readonly deps: readonly Dep[]; readonly pos: readonly PosTag[]; readonly lemmas: readonly string[] }): Tree {
  const { deps, pos, lemmas } = repairs;
  // Packed lists of small integers, the kind `docView`'s child lists are.
  const children: number[][] = deps.map(() => []);
  deps.forEach((d, t) => { if (d.head >= 0) children[d.head].push(t); });
  return treeOf(tree.tokens, pos, deps, children, tree.words, lemmas, baseRelsOf(deps, deps.length));
}

/** Each token's relation without its subtype, in a packed array (`nsubj:pass` → `nsubj`; '' for a token with none). */
function baseRelsOf(deps: readonly Dep[], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const rel = deps[i]?.deprel ?? '';
    const colon = rel.indexOf(':');
    out.push(colon < 0 ? rel : rel.slice(0, colon));
  }
  return out;
}

/**
 * Every tree made by one literal, its properties in one order: a tree spread with its repairs had another hidden
 * class, and V8 threw away the optimised code of every helper (`childrenBy`, `hasRel`, `walkTokens`, …) that had
 * seen only the first when a repaired document came (`--trace-deopt`: "wrong map", #13). So are its lists: every
 * one packed, and every `Dep` and `PosTag` a repair makes a literal of the parser's and tagger's own shape (a spread
 * copy has another map): a helper that met a holey or a spread one after the other was thrown away again.
 */
function treeOf(tokens: readonly Token[], pos: readonly PosTag[], deps: readonly Dep[], children: readonly (readonly number[])[], words: readonly string[], lemmas: readonly string[], baseRels: readonly string[]): Tree {
  return { tokens, pos, deps, children, words, lemmas, baseRels };
}

/**
 * "Both sides welcomed the progress made and agreed to expand …": the parser coordinates the
 * finite verb with the bare participle before it ("made", describing "progress"), which leaves it
 * no subject and makes it part of a description. A participle describing a noun takes no object or
 * complement of its own (the noun is what was done), so a conjunct with one, and no auxiliary, is
 * coordinated with the verb above that noun. So is a verb the parser coordinated with the earlier
 * verb's object noun itself (`nounConjunct`). Copies the arrays only when a sentence needs it.
 */
function reattachParticipleConjuncts(deps: readonly Dep[], pos: readonly PosTag[], children: readonly (readonly number[])[]): { deps: Dep[]; children: (readonly number[])[] } | undefined {
  let out: { deps: Dep[]; children: (readonly number[])[] } | undefined;
  for (let c = 0; c < deps.length; c++) {
    const p = deps[c]?.head ?? -1;
    if (deps[c]?.deprel !== 'conj' || p < 0 || p > c) continue;
    if (hasChildIn(deps, children[c], AUX_RELS)) continue;
    const participle = deps[p]?.deprel === 'acl' && pos[p]?.xpos === 'VBN';
    const verb = participle ? verbAbove(deps, pos, p) : nounConjunct(deps, pos, children, c);
    if (verb === undefined) continue;
    if (participle && (hasChildIn(deps, children[p], CLAUSE_OWN_RELS) || !hasChildIn(deps, children[c], COMPLEMENT_RELS))) continue;
    // The lists are replaced, never changed in place: a copy of the outer list is enough (#13).
    out ??= { deps: [...deps], children: [...children] };
    out.deps[c] = { head: verb, deprel: deps[c].deprel };
    out.children[p] = out.children[p].filter((k) => k !== c);
    out.children[verb] = [...out.children[verb], c].sort((a, b) => a - b);
  }
  return out;
}

/** A conjunct with an auxiliary of its own is a clause, not a participle's coordinated verb. */
const AUX_RELS = new Set(['aux', 'aux:pass']);
/** A participle with one of these is a clause of its own, no bare description of a noun. */
const CLAUSE_OWN_RELS = new Set(['aux', 'aux:pass', 'nsubj', 'nsubj:pass', 'mark']);
/** What a participle describing a noun cannot take: an object or complement. */
const COMPLEMENT_RELS = new Set(['obj', 'xcomp', 'ccomp']);

/**
 * Whether one of `kids` has a full relation in `rels`: a loop over the child list, where a list of the children's
 * relations was built per conjunct token, up to three times (#13: 12 MB a pass over 2,000 Reuters stories).
 */
function hasChildIn(deps: readonly Dep[], kids: readonly number[], rels: ReadonlySet<string>): boolean {
  for (let k = 0; k < kids.length; k++) if (rels.has(deps[kids[k]]?.deprel ?? '')) return true;
  return false;
}

/** Verb tags by tense: a past participle is read with the past (the tagger confuses the two forms). */
function tenseOf(xpos: string | undefined): string | undefined {
  if (xpos === 'VBD' || xpos === 'VBN') return 'past';
  if (xpos === 'VBZ' || xpos === 'VBP') return 'present';
  return xpos === 'VB' ? 'base' : undefined;
}

/** The first verb above the noun a participle describes. */
function verbAbove(deps: readonly Dep[], pos: readonly PosTag[], p: number): number | undefined {
  let verb = deps[p].head;
  for (let hops = 0; verb >= 0 && hops < 50 && pos[verb]?.upos !== 'VERB'; hops++) verb = deps[verb].head;
  return verb >= 0 && pos[verb]?.upos === 'VERB' ? verb : undefined;
}

const NOMINAL_TAGS = new Set(['NOUN', 'PROPN']);
const ARGUMENT_OR_CLAUSE_RELS = new Set(['obj', 'obl', 'xcomp', 'ccomp']);
/** Relations by which a noun is part of a larger noun phrase. */
const PHRASE_RELS = new Set(['nmod', 'conj']);

/** Relations by which a noun is an argument of a verb. */
const ARGUMENT_RELS = new Set(['obj', 'iobj', 'obl']);

/**
 * "They welcomed the release of two hostages and called for the immediate release …": the parser
 * coordinates the second verb with the first verb's object, a noun. A verb with its own "and" and
 * argument, and no subject, coordinated with a noun that is an argument of an earlier verb of the
 * same tense (or inside one), is that verb's second predicate: returns that verb.
 */
function nounConjunct(deps: readonly Dep[], pos: readonly PosTag[], children: readonly (readonly number[])[], c: number): number | undefined {
  const p = deps[c].head;
  if (pos[c]?.upos !== 'VERB' || !NOMINAL_TAGS.has(pos[p]?.upos ?? '')) return undefined;
  // Loops over the child list, not lists of its relations: this is asked of every conjunct verb (#13).
  const kids = children[c];
  let own = false;
  for (let k = 0; k < kids.length && !own; k++) own = deps[kids[k]]?.deprel === 'cc' && kids[k] < c;
  let subject = false;
  for (let k = 0; k < kids.length && !subject; k++) {
    const rel = deps[kids[k]]?.deprel ?? '';
    subject = rel.startsWith('nsubj') || rel === 'csubj';
  }
  if (!own || subject || !hasChildIn(deps, kids, ARGUMENT_OR_CLAUSE_RELS)) return undefined;
  let noun = p;
  // Up through the phrase the noun is part of ("concern about the effects …, especially on the poorest regions of the planet").
  for (let hops = 0; hops < 5 && PHRASE_RELS.has(deps[noun]?.deprel ?? '') && NOMINAL_TAGS.has(pos[deps[noun].head]?.upos ?? ''); hops++) noun = deps[noun].head;
  const verb = deps[noun]?.head ?? -1;
  // "noted that Sweden is an important partner, and thanked …": a predicate noun's clause is the verb's argument too.
  const predicate = deps[noun]?.deprel === 'ccomp' && children[noun].some((k) => deps[k]?.deprel === 'cop');
  if (!(ARGUMENT_RELS.has(deps[noun]?.deprel ?? '') || predicate) || verb < 0 || verb > noun || pos[verb]?.upos !== 'VERB') return undefined;
  return tenseOf(pos[verb]?.xpos) === tenseOf(pos[c]?.xpos) ? verb : undefined;
}

const formMaps = new WeakMap<object, ReadonlyMap<string, string>>();

/** The irregular forms as a map, built once per lexicon (a map has no inherited keys such as "constructor"). */
function formsMap(forms: Readonly<Record<string, string>>): ReadonlyMap<string, string> {
  let map = formMaps.get(forms);
  if (!map) formMaps.set(forms, (map = new Map(Object.entries(forms))));
  return map;
}

/**
 * Whether `lemma` is one of `word`'s regular stems and a verb of English (pos/data/verb-lemmas.txt): the tagger chose
 * it among the stems with that list ("raged" → "rage", not "rag"; "scared" → "scare", not "scar"), so no other stem that
 * is an event verb may replace it. The stems decide only for a lemma no verb list knows ("shelled" tagged "shel").
 */
function isKnownStem(word: string, lemma: string): boolean {
  return shippedKnownVerbs().lemmas.has(lemma) && regularStems(word).includes(lemma);
}

/** Regular inflectional endings and what may replace each; a constant, not a literal in `regularStems`, which made the arrays on every call (#13). */
const REGULAR_ENDINGS = [['ied', ['y']], ['ies', ['y']], ['ed', ['', 'e']], ['ing', ['', 'e']], ['es', ['', 'e']], ['s', ['']]] as const;

const DOUBLED_CONSONANT = /([b-df-hj-np-tv-z])\1$/;

/** Candidate base forms of a regular inflection: "shelled" → "shell", "hosted" → "host", "donated" → "donate". */
export function regularStems(word: string): string[] {
  const out: string[] = [];
  for (const [suffix, replacements] of REGULAR_ENDINGS) {
    if (!word.endsWith(suffix) || word.length <= suffix.length + 2) continue;
    const stem = word.slice(0, -suffix.length);
    for (const r of replacements) out.push(stem + r);
    // Doubled final consonant: "shelled" → "shell" is above; "planned" → "plan".
    if (DOUBLED_CONSONANT.test(stem)) out.push(stem.slice(0, -1));
  }
  return out;
}

/** The relation of token `i`, without its subtype (`nsubj:pass` → `nsubj`). */
export function baseRel(tree: Tree, i: number): string {
  return tree.baseRels[i] ?? '';
}

/** Children of `i` whose relation is one of `rels` (full names such as `nsubj:pass`, or base names). */
export function childrenBy(tree: Tree, i: number, ...rels: string[]): number[] {
  const out: number[] = [];
  // Indexed loops here and below: the array iterator's result objects were the stage's most allocated after the
  // argument walks wherever V8 did not inline them away (#13).
  const kids = tree.children[i];
  for (let k = 0; k < kids.length; k++) if (hasRel(tree, kids[k], rels)) out.push(kids[k]);
  return out;
}

/**
 * Whether token `c`'s relation, full or base, is one of `rels`. A loop of `===`, not `rels.includes`: the relations
 * are internalised strings, so the optimised loop compares pointers inline, where `includes` was a builtin call on
 * every child of every token asked (#13: `ArrayIncludesSmiOrObject` was the stage's third builtin, session 54).
 */
function hasRel(tree: Tree, c: number, rels: readonly string[]): boolean {
  const rel = tree.deps[c].deprel;
  const base = tree.baseRels[c];
  for (let r = 0; r < rels.length; r++) if (rels[r] === rel || rels[r] === base) return true;
  return false;
}

/** The first child of `i` with one of `rels`, or undefined. */
export function childBy(tree: Tree, i: number, ...rels: string[]): number | undefined {
  return firstChildIn(tree, i, rels);
}

/** `childBy` with the relations in a list made once: the hot callers' rest arguments were an array per call (#13). */
function firstChildIn(tree: Tree, i: number, rels: readonly string[]): number | undefined {
  const kids = tree.children[i];
  for (let k = 0; k < kids.length; k++) if (hasRel(tree, kids[k], rels)) return kids[k];
  return undefined;
}

/** The relations of a marker (`markerOf`) and of the words a fixed multi-word marker adds. */
const MARKER_RELS = ['case', 'mark'];
const FIXED_RELS = ['fixed'];

/** Clause-level relations that start a new clause: a subtree walk that stays in a phrase stops there. */
export const CLAUSE_RELS = ['acl', 'advcl', 'ccomp', 'xcomp', 'csubj', 'parataxis', 'list'] as const;

/**
 * Tokens under `i` (including `i`) breadth-first, with their depth; `stop` relations are not entered
 * and the walk goes no deeper than `maxDepth`.
 */
export function walk(tree: Tree, i: number, stop: readonly string[] = [], maxDepth = Infinity): { token: number; depth: number }[] {
  const depths: number[] = [];
  const tokens = walkTokens(tree, i, stop, maxDepth, depths);
  // A loop, not a map with an arrow made per walk, whose optimised code a worker's full collections dropped (#13).
  const out = new Array<{ token: number; depth: number }>(tokens.length);
  for (let k = 0; k < tokens.length; k++) out[k] = { token: tokens[k], depth: depths[k] };
  return out;
}

/**
 * `walk`'s tokens without an object per token: the tokens under `i` (including `i`) breadth-first, the same
 * order, and their depths pushed onto `depths` when it is given (empty). For the walks done per verb (#13).
 */
export function walkTokens(tree: Tree, i: number, stop: readonly string[] = [], maxDepth = Infinity, depths: number[] = []): number[] {
  const out = [i];
  depths.push(0);
  for (let k = 0; k < out.length; k++) {
    const depth = depths[k];
    if (depth >= maxDepth) continue;
    const kids = tree.children[out[k]];
    for (let j = 0; j < kids.length; j++) {
      const c = kids[j];
      if (stop.length && hasRel(tree, c, stop)) continue;
      out.push(c);
      depths.push(depth + 1);
    }
  }
  return out;
}

/** The first token of the phrase headed by `t` (its subtree; review fix-a #11: one helper, not one per file). */
export function firstOfPhrase(tree: Tree, t: number): number {
  let first = t;
  for (const k of tree.children[t]) first = Math.min(first, firstOfPhrase(tree, k));
  return first;
}

/** The last token of the phrase headed by `t` (its subtree). */
export function lastOfPhrase(tree: Tree, t: number): number {
  let last = t;
  for (const k of tree.children[t]) last = Math.max(last, lastOfPhrase(tree, k));
  return last;
}

/** A verb marked as a "to" infinitive ("to congratulate him", "To ensure …"). */
export function isToInfinitive(tree: Tree, verb: number): boolean {
  return childrenBy(tree, verb, 'mark').some((m) => tree.words[m] === 'to');
}

/** The preposition or subordinator that marks `i` (`case` or `mark` child), lower-cased. */
export function markerOf(tree: Tree, i: number): string | undefined {
  // Asked of most tokens, most of which have no marker: the first is found without a list (#13).
  const first = firstChildIn(tree, i, MARKER_RELS);
  if (first === undefined) return undefined;
  // "in favor of", "according to": take the first word; fixed multi-word markers keep their parts.
  if (firstChildIn(tree, first, FIXED_RELS) === undefined) return tree.words[first];
  return [tree.words[first], ...childrenBy(tree, first, 'fixed').map((f) => tree.words[f])].join(' ');
}

/**
 * The heads of a coordination starting at `i`: `i` and its `conj` descendants. A list the parser
 * read as appositions ("President Biden, President Ghani, and Chairman Abdullah concurred", the
 * last with its "and") is a coordination too: an appositive with a conjunction of its own is no
 * second name for its head but another member of the list.
 */
export function conjuncts(tree: Tree, i: number): number[] {
  const out = [i];
  for (let k = 0; k < out.length; k++) out.push(...childrenBy(tree, out[k], 'conj').filter((c) => !isPlaceCountry(tree, c)), ...listedAppositions(tree, out[k]));
  return out;
}

/** Prepositions of a place phrase whose name a country after a comma completes ("in Munich, Germany"). */
const PLACE_MARKERS = new Set(['in', 'at', 'near']);

/**
 * "met … with NATO Secretary General Jens Stoltenberg in Munich, Germany": a name right after a comma
 * that closes a place phrase is the place's country, which the parser often reads as a conjunct of
 * the phrase's head; with a conjunction of its own it is a member of a list.
 */
export function isPlaceCountry(tree: Tree, c: number): boolean {
  const place = c - 2;
  return place >= 0 && tree.words[c - 1] === ',' && tree.pos[c]?.upos === 'PROPN' && tree.pos[place]?.upos === 'PROPN'
    && PLACE_MARKERS.has(markerOf(tree, place) ?? '') && childBy(tree, c, 'cc') === undefined;
}

/** The appositions of `i` when one of them carries a coordinating conjunction ("A, B, and C"). */
function listedAppositions(tree: Tree, i: number): number[] {
  const appositions = childrenBy(tree, i, 'appos');
  return appositions.some((a) => childBy(tree, a, 'cc') !== undefined) ? appositions : [];
}

/**
 * Later members of a list that the parser hung on the list's head instead of on the list ("call on
 * NATO, Europe, the United States to close the sky", "the United States" a `conj` of "call"): the
 * nominal `conj` children of `head` that continue `phrase` with only commas or a conjunction
 * between, have no subject, preposition or copula of their own, and follow a list (the phrase
 * already coordinated) or a conjunction.
 */
export function strayListMembers(tree: Tree, head: number, phrase: number): number[] {
  const out: number[] = [];
  // The member may also be read as the verb's object ("appealed to NATO, Europe, the United States
  // for help") or as the subject of the infinitive after the list, which English never gives one.
  const infinitiveSubjects = infinitiveSubjectsOf(tree, head);
  const candidates = [...childrenBy(tree, head, 'conj', 'obj'), ...infinitiveSubjects].filter((c) => c > phrase).sort((a, b) => a - b);
  // Most verbs have no later nominal beside the phrase: the phrase's extent is walked only when one may continue it.
  if (!candidates.length) return out;
  let end = Math.max(...walk(tree, phrase).map((w) => w.token));
  let listed = childBy(tree, phrase, 'conj') !== undefined;
  for (const c of candidates) {
    if (c <= end || !['NOUN', 'PROPN'].includes(tree.pos[c]?.upos ?? '') || childBy(tree, c, 'nsubj', 'nsubj:pass', 'case', 'mark', 'cop') !== undefined) continue;
    const span = walk(tree, c).map((w) => w.token);
    const gap = [];
    for (let t = end + 1; t < Math.min(...span); t++) gap.push(t);
    if (!gap.every((t) => ['punct', 'cc'].includes(tree.baseRels[t]) && [',', 'and', 'or'].includes(tree.words[t]))) break;
    if (!listed && !gap.some((t) => tree.baseRels[t] === 'cc') && !span.some((t) => tree.baseRels[t] === 'cc')) break;
    out.push(c);
    listed = true;
    end = Math.max(...span);
  }
  return out;
}

/** The subjects of the "to" infinitives under `head` (a loop, not arrows made per call: #13). */
function infinitiveSubjectsOf(tree: Tree, head: number): number[] {
  const out: number[] = [];
  for (const v of tree.children[head]) {
    if (tree.pos[v]?.upos === 'VERB' && markerOf(tree, v) === 'to') for (const s of childrenBy(tree, v, 'nsubj')) out.push(s);
  }
  return out;
}

/** Whether token `t` is a noun that names a time ("Tuesday", "yesterday"). */
export function isTimeWord(tree: Tree, t: number): boolean {
  return TIME_WORDS.has(tree.words[t]);
}

/** Nouns that name a time, never a participant or a topic of an appeal. */
export const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december', 'day', 'week', 'month', 'year', 'morning', 'afternoon', 'evening',
  'night', 'weekend', 'today', 'yesterday', 'tomorrow', 'occasion', 'eve',
]);

/**
 * Whether `verb` is the infinitive its head controls: its `xcomp` ("agreed to meet"), or an adjacent infinitive
 * the parser made a clause of purpose ("is scheduled to meet", isAdjacentInfinitive). A bare participle
 * ("were reported killed") is no infinitive.
 */
export function isControlledInfinitive(tree: Tree, verb: number): boolean {
  const { deprel, head } = tree.deps[verb];
  if (head < 0) return false;
  return (deprel === 'xcomp' && isToInfinitive(tree, verb)) || (deprel === 'advcl' && isAdjacentInfinitive(tree, head, verb));
}

/**
 * An infinitive right after its verb is the verb's complement even when the parser made it a clause of
 * purpose (`advcl`: "voted to support Chirac"): between them only adverbs, a time or a count ("voted
 * overwhelmingly to recommend", "voted Tuesday to urge Congress", "voted 93 to 0 to urge Reagan"). A
 * purpose clause comes after what the verb acts on ("resumed talks to end the war").
 */
export function isAdjacentInfinitive(tree: Tree, head: number, verb: number): boolean {
  const to = childrenBy(tree, verb, 'mark').find((m) => tree.words[m] === 'to');
  if (to === undefined || to < head) return false;
  const isNumber = (t: number): boolean => tree.pos[t]?.upos === 'NUM';
  for (let t = head + 1; t < to; t++) {
    const upos = tree.pos[t]?.upos;
    const countTo = tree.words[t] === 'to' && isNumber(t - 1) && isNumber(t + 1);
    if (upos !== 'ADV' && !isNumber(t) && !countTo && !isTimeWord(tree, t)) return false;
  }
  return true;
}

/** Lower-cased words of a token's auxiliaries (`aux`, `aux:pass`, `cop`). */
export function auxWords(tree: Tree, i: number): string[] {
  return childrenBy(tree, i, 'aux', 'cop').map((a) => tree.words[a]);
}

/** The "by" phrase of a passive verb, its doer ("were attacked by Israel"), if it has one. */
export function byAgentOf(tree: Tree, verb: number): number | undefined {
  return childrenBy(tree, verb, 'obl:agent', 'obl').find((o) => markerOf(tree, o) === 'by');
}

/**
 * The subject of a verb: its own `nsubj`, else the subject of the verb it is coordinated with
 * ("Putin spoke … and called for …"), else that of the clause controlling it.
 */
export function subjectOf(tree: Tree, verb: number): { token: number; passive: boolean } | undefined {
  let controlled = false;
  for (let v: number | undefined = verb, hops = 0; v !== undefined && v >= 0 && hops < 4; hops++) {
    const subj = nearestSubject(tree, v);
    // A passive subject needs a passive auxiliary ("were attacked"); without one ("have agreed") the
    // parser mislabelled an active subject. The subject of a passive controlling verb does its active
    // infinitive ("are scheduled to meet", "was forced to resign"): the infinitive's own voice decides.
    // A bare participle coordinated with the infinitive ("was forced to flee and arrested by police") is no
    // infinitive: it shares the controlling verb's "was".
    const passiveOf = (w: number) => childrenBy(tree, w, 'aux:pass').length > 0;
    const ownVoice = controlled && !isBareParticipleConjunct(tree, verb);
    if (subj !== undefined) return { token: subj, passive: (tree.deps[subj].deprel.endsWith(':pass') && (ownVoice ? passiveOf(verb) : passiveOf(v))) || (v === verb && (isPredicateParticiple(tree, verb, subj) || isSetOffParticiple(tree, verb, subj))) };
    const rel = tree.deps[v].deprel;
    if (isControlledInfinitive(tree, v)) controlled = true;
    // The verb's own purpose infinitive ("spoke with Sunak to congratulate him") is done by the subject of
    // its clause; one reached through another verb ("suspended payments to try to force the issue") is
    // that verb's purpose, still to be told apart from an act (clause-rules.ts), so no subject passes on.
    const purpose = v === verb && rel === 'advcl' && isToInfinitive(tree, v);
    if (rel !== 'conj' && rel !== 'xcomp' && !purpose) return v === verb ? misreadSubjectOf(tree, verb) : misreadFirstPredicate(tree, v, verb);
    v = tree.deps[v].head;
  }
  return undefined;
}

/** A past participle coordinated with another verb, with no auxiliary or marker of its own ("… and arrested"). */
function isBareParticipleConjunct(tree: Tree, verb: number): boolean {
  return tree.deps[verb].deprel === 'conj' && tree.pos[verb]?.xpos === 'VBN' && !childrenBy(tree, verb, 'aux', 'aux:pass', 'mark').length;
}

/**
 * A verb's subject. A bad parse can hang the subject of an earlier clause on a later coordinated
 * verb ("the ongoing hostilities … continue to cause casualties, and he reaffirmed …": "hostilities"
 * and "he" both under "reaffirmed"). When the verb's own coordinator ("and") stands between two of
 * its subjects, with a finite verb of the first clause before it, the clause the verb heads starts at that
 * coordinator and its subject is the one after it. Other doubled subjects (a relative pronoun after
 * its noun, conjoined subjects split by the parser) keep the first.
 */
function nearestSubject(tree: Tree, v: number): number | undefined {
  // Most verbs have one subject or none: found with no list (#13).
  let first: number | undefined;
  let several = false;
  for (const c of tree.children[v]) {
    if (!isSubject(tree, c)) continue;
    if (first === undefined) first = c;
    else several = true;
  }
  if (!several) return first;
  const subjects = childrenBy(tree, v, 'nsubj', 'nsubj:pass', 'csubj');
  const coordinators = childrenBy(tree, v, 'cc').filter((c) => c > subjects[0] && c < v);
  if (!coordinators.length) return subjects[0];
  const cut = coordinators[coordinators.length - 1];
  const own = subjects.filter((s) => s > cut && s < v);
  let earlierVerb = false;
  // A finite verb: "including", "purchasing" inside a split list of subjects start no clause.
  for (let t = subjects[0] + 1; t < cut; t++) if (['VERB', 'AUX'].includes(tree.pos[t]?.upos ?? '') && !['VBG', 'VBN'].includes(tree.pos[t]?.xpos ?? '')) earlierVerb = true;
  return own.length && earlierVerb ? own[own.length - 1] : subjects[0];
}

/** Whether token `c` is a subject by `childrenBy`'s test for `nsubj`, `nsubj:pass`, `csubj` (full or base name). */
function isSubject(tree: Tree, c: number): boolean {
  const rel = tree.deps[c].deprel;
  const base = tree.baseRels[c];
  return rel === 'nsubj' || rel === 'nsubj:pass' || rel === 'csubj' || base === 'nsubj' || base === 'nsubj:pass' || base === 'csubj';
}

/** The root of the sentence holding token `t`. */
function rootOf(tree: Tree, t: number): number {
  let root = t;
  for (let hops = 0; tree.deps[root].head >= 0 && hops < 50; hops++) root = tree.deps[root].head;
  return root;
}

/**
 * "Volodymyr Zelenskyy praised Slovakia's support …" parsed with no main verb, "praised" a
 * participle of "support": past tense and past participle share their form, so in a sentence whose
 * root is a noun (no verb or copula of its own) the first past form after the root, prenominal
 * modifiers ("the newly elected head") aside, is the main verb the tagger misread.
 */
export function isMisreadMainVerb(tree: Tree, verb: number): boolean {
  if (tree.pos[verb]?.xpos !== 'VBN' || hasOwnSubjectOrAgent(tree, verb)) return false;
  const root = rootOf(tree, verb);
  if (!['NOUN', 'PROPN'].includes(tree.pos[root]?.upos ?? '') || root > verb || childBy(tree, root, 'cop') !== undefined) return false;
  for (let t = root + 1; t < verb; t++) {
    const prenominal = tree.baseRels[t] === 'amod' && tree.deps[t].head > t;
    if (['VERB', 'AUX'].includes(tree.pos[t]?.upos ?? '') && tree.pos[t]?.xpos !== 'VBG' && !prenominal) return false;
  }
  return true;
}

/**
 * Whether a past form has an auxiliary or subject of its own, or a "by" agent ("an activist arrested by Russian
 * police", "the tariffs imposed by China"): then it is a real (reduced) passive, never a misread main verb, and it
 * passes no subject on. The parser also calls "on Japan" in "called on Japan" an agent, so the marker decides.
 */
function hasOwnSubjectOrAgent(tree: Tree, verb: number): boolean {
  return childBy(tree, verb, 'aux', 'aux:pass', 'nsubj', 'nsubj:pass') !== undefined || childrenBy(tree, verb, 'obl', 'obl:agent').some((o) => markerOf(tree, o) === 'by');
}

/**
 * "Japan's largest business federation met on Monday and urged government deregulation": the main verb misread as a
 * participle of the root noun ("met", `acl`) takes its coordinated verb with it, which the parser hung on the noun
 * (`conj`). The conjunct reached at `noun` shares the misread verb's subject when such a verb comes before it.
 */
function misreadFirstPredicate(tree: Tree, noun: number, verb: number): { token: number; passive: boolean } | undefined {
  if (!['NOUN', 'PROPN'].includes(tree.pos[noun]?.upos ?? '')) return undefined;
  // Only a participle after the noun: one before it ("the newly elected federation") modifies it and is no main verb.
  const first = tree.children[noun].find((m) => m > noun && m < verb && (tree.baseRels[m] === 'acl' || tree.baseRels[m] === 'amod') && tree.pos[m]?.upos === 'VERB');
  return first === undefined ? misreadNounConjunct(tree, noun, verb) : misreadSubjectOf(tree, first);
}

/**
 * "Actionaid criticised Mr Brown's preoccupation with finding a vaccine and called on G8 nations …", "Howard told
 * reporters he was dissatisfied with the exchange's response … and warned of reprisals": the parser hung the second
 * finite verb of a coordination on the last noun of the first clause. "And" joins like with like, so the verb's
 * partner is the nearest verb of its own form ("called" past, "criticised" past) above that noun, which lends its
 * subject; a gerund or a copular adjective between ("finding", "dissatisfied") is no partner (training gold,
 * session 59 ev-noactor).
 */
function misreadNounConjunct(tree: Tree, noun: number, verb: number): { token: number; passive: boolean } | undefined {
  const form = tree.pos[verb]?.xpos ?? '';
  if (!FINITE_TAGS.has(form) || form === 'MD' || !childrenBy(tree, verb, 'cc').length) return undefined;
  for (let a = tree.deps[noun].head, hops = 0; a >= 0 && a < noun && hops < 6; a = tree.deps[a].head, hops++) {
    if (tree.pos[a]?.xpos === form) return subjectOf(tree, a);
  }
  return undefined;
}

/** The sentence's root noun phrase, subject of a main verb the tagger misread as a participle. */
function misreadSubjectOf(tree: Tree, verb: number): { token: number; passive: boolean } | undefined {
  if (isMisreadMainVerb(tree, verb)) return { token: rootOf(tree, verb), passive: false };
  const opening = openingSubjectOf(tree, verb);
  return opening === undefined ? undefined : { token: opening, passive: false };
}

/**
 * The tokens [first, end) of the sentence that token `t` is in: the one sentence-span helper of the events rules (a
 * binary search over the tokens' sentence indices, core/tokens-of.ts; the discourse view's `sentenceSpan` reads the
 * same).
 */
export function sentenceTokensAt(tree: Tree, t: number): [number, number] {
  return sentenceTokenRange(tree.tokens, tree.tokens[t].sent);
}

/** Parts of speech a sentence-opening noun phrase is made of ("The U.S. and Israeli delegations", "The presidents of the two exchanges"). */
const PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'CCONJ', 'ADP', 'PART']);
/** Relations of a word between that phrase and its verb that leave them adjacent ("Britain today called", "The two leaders also discussed"). */
const INTERVENING = new Set(['advmod', 'obl:tmod', 'obl:unmarked', 'nmod:tmod']);
/** Finite verb tags: the one definition the events rules share (a modal included; review fix-a #8 of session 59). */
export const FINITE_TAGS: ReadonlySet<string> = new Set(['VBD', 'VBZ', 'VBP', 'MD']);

/**
 * "The Kremlin hosted talks between …", "The two leaders also discussed cooperation at the United
 * Nations", "Britain today called on Japan to …": the tagger read the past form right after the
 * noun phrase that opens the sentence as a participle of a noun (`amod`/`acl`), with no comma,
 * auxiliary or "by" agent. When the sentence gives that phrase no finite verb of its own ("the
 * tonnage allocated to it … is roughly equal" has one), the past form is its main verb and the
 * phrase's last noun its subject (returned). Whether the subject names an actor is the caller's test.
 */
export function openingSubjectOf(tree: Tree, verb: number): number | undefined {
  const rel = tree.deps[verb].deprel;
  if (tree.pos[verb]?.xpos !== 'VBN' || (rel !== 'amod' && rel !== 'acl') || hasOwnSubjectOrAgent(tree, verb)) return undefined;
  let last = verb - 1;
  while (last >= 0 && INTERVENING.has(tree.deps[last].deprel) && tree.pos[last]?.upos !== 'PUNCT') last--;
  if (last < 0 || !['NOUN', 'PROPN'].includes(tree.pos[last]?.upos ?? '')) return undefined;
  // The phrase opens the sentence: the sentence's first token, and only phrase words up to its last noun.
  const [first] = sentenceTokensAt(tree, last);
  // A phrase opened by a preposition is an adverbial ("After thousands of people tortured and killed").
  if (tree.pos[first]?.upos === 'ADP') return undefined;
  for (let t = first; t <= last; t++) if (!PHRASE_POS.has(tree.pos[t]?.upos ?? '')) return undefined;
  // No finite verb elsewhere has the phrase for its only subject, unless it is the past form's
  // second predicate ("The U.S. and Israeli delegations discussed efforts … and agreed to …").
  // The noun a prenominal reading hangs the past form on ("hosted talks") counts with the phrase.
  const phrase = new Set([...Array.from({ length: last - first + 1 }, (_, k) => first + k), ...(tree.deps[verb].head > verb ? [tree.deps[verb].head] : [])]);
  for (const t of phrase) {
    const head = tree.deps[t].head;
    if (!tree.deps[t].deprel.startsWith('nsubj') || head === verb || head < 0) continue;
    const finite = FINITE_TAGS.has(tree.pos[head]?.xpos ?? '') || childBy(tree, head, 'aux', 'aux:pass', 'cop') !== undefined;
    const otherSubject = childrenBy(tree, head, 'nsubj', 'nsubj:pass').some((s) => !phrase.has(s));
    const secondPredicate = childrenBy(tree, head, 'cc').some((c) => c > verb && c < head);
    if (finite && !otherSubject && !secondPredicate) return undefined;
  }
  return last;
}

/**
 * "The Pivot was the 18th ship hit this year": the parser made the participle a finite verb with
 * the predicate noun as its subject. A noun that is the predicate of its own copula ("was the …
 * ship") cannot be a verb's subject; a past form with no object or auxiliary after it is a
 * participle modifying that noun, which is what the act was done to.
 */
function isPredicateParticiple(tree: Tree, verb: number, subj: number): boolean {
  return ['VBD', 'VBN'].includes(tree.pos[verb]?.xpos ?? '') && childBy(tree, subj, 'cop') !== undefined && childBy(tree, subj, 'nsubj') !== undefined
    && childBy(tree, verb, 'obj', 'aux', 'aux:pass') === undefined;
}

/**
 * "Iran, accused of supplying drones, has rejected …": the parser made the name set off before a past participle the
 * participle's subject (the tagger often a past tense of it). A past form right after the comma that follows its
 * subject, with no object or auxiliary, modifying a later verb, is that participle: the name is what it was done to.
 */
function isSetOffParticiple(tree: Tree, verb: number, subj: number): boolean {
  return ['VBD', 'VBN'].includes(tree.pos[verb]?.xpos ?? '') && tree.deps[verb].deprel === 'advcl' && tree.deps[verb].head > verb
    && subj === verb - 2 && tree.words[verb - 1] === ',' && childBy(tree, verb, 'obj', 'aux', 'aux:pass') === undefined;
}

/**
 * The sentence's root noun when verb `i` hangs on it as a clause after it ("Riots erupted in Lagos", "Tensions escalated
 * between …"): the parser read the sentence's only verb as a reduced relative, so the noun is the verb's subject, not
 * what the verb describes. Undefined for any other verb.
 */
export function rootNounBefore(tree: Tree, i: number): number | undefined {
  const { head, deprel } = tree.deps[i];
  return deprel === 'acl' && head >= 0 && head < i && tree.deps[head].head < 0 ? head : undefined;
}

/**
 * The noun a past participle without subject or auxiliary modifies ("citizens detained by Russia"):
 * its `acl` head, or, when the parser hung the participle on a verb instead ("paid attention to the
 * release of citizens illegally detained by Russia" read as an adverbial clause), the noun it
 * directly follows, its own adverbs aside.
 */
export function modifiedNoun(tree: Tree, participle: number): number | undefined {
  if (tree.pos[participle]?.xpos !== 'VBN' || childBy(tree, participle, 'aux', 'nsubj', 'nsubj:pass', 'cop') !== undefined) return undefined;
  const rel = tree.deps[participle].deprel;
  const head = tree.deps[participle].head;
  const nominal = (t: number) => t >= 0 && ['NOUN', 'PROPN'].includes(tree.pos[t]?.upos ?? '');
  if (rel === 'acl') return nominal(head) ? head : undefined;
  if (rel !== 'advcl' && rel !== 'conj') return undefined;
  let before = participle - 1;
  while (before >= 0 && tree.deps[before].head === participle && tree.baseRels[before] === 'advmod') before--;
  return nominal(before) && tree.tokens[before].sent === tree.tokens[participle].sent && !dominates(tree, participle, before) ? before : undefined;
}

/** Whether token `top` is an ancestor of token `t`. */
function dominates(tree: Tree, top: number, t: number): boolean {
  for (let v = tree.deps[t].head, hops = 0; v >= 0 && hops < 50; v = tree.deps[v].head, hops++) if (v === top) return true;
  return false;
}

/** Whether token `t` lies in the subtree of `top` (or is it). */
export function isUnder(tree: Tree, t: number, top: number): boolean {
  for (let v = t, hops = 0; v >= 0 && hops < 50; v = tree.deps[v].head, hops++) if (v === top) return true;
  return false;
}

/** Whether token `t`'s lemma is in `words`, also when the tagger left a plural as its lemma ("walkouts", "troops"). */
export function isListed(tree: Tree, t: number, words: ReadonlySet<string>): boolean {
  const lemma = tree.lemmas[t];
  return words.has(lemma) || (lemma.endsWith('s') && words.has(lemma.slice(0, -1)));
}

/**
 * How far the rules climb from a token at most: six hops stay within a clause and the phrases hung on it, where a
 * longer climb leaves them for the sentence's (review b after session 56 #11: one bound, not ten loops).
 */
export const CLIMB_HOPS = 6;

/** The heads above token `i`, nearest first, at most `limit` of them; none for a root or a missing token. */
export function ancestorsOf(tree: Tree, i: number, limit = CLIMB_HOPS): number[] {
  const found: number[] = [];
  for (let h = tree.deps[i]?.head ?? -1; h >= 0 && found.length < limit; h = tree.deps[h].head) found.push(h);
  return found;
}

/** Token `i` and the heads above it, `limit` tokens in all, for climbs that look at the token itself first. */
export function selfAndAncestors(tree: Tree, i: number, limit = CLIMB_HOPS): number[] {
  return i < 0 ? [] : [i, ...ancestorsOf(tree, i, limit - 1)];
}
