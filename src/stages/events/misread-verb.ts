/**
 * Main verbs the tagger read as adjectives of their objects: "Vladimir Putin extended greetings to
 * Russian Jews", "The two officials condemned Russia's ongoing aggression", "The heads of state exchanged
 * heartfelt wishes". The past form becomes an `amod` (ADJ/JJ or VBN) of the noun after it, the sentence is
 * left with no verb, and no trigger is tried. In a sentence that opens with a plain noun phrase and has no
 * verb of its own, the past form of a known verb standing between that phrase and a noun is the main verb:
 * the tree view is rebuilt with it as the root, the phrase as its subject and the noun as its object.
 */
import type { Dep } from '../deps/types.js';
import type { PosTag } from '../pos/types.js';
import { FINITE_TAGS, regularStems, withRepairs, type Tree } from './tree.js';

/** Parts of speech a plain subject noun phrase is made of ("The heads of state", "President of Russia Vladimir Putin"). */
const PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'CCONJ', 'ADP', 'PART']);
/** Relations under which a finite verb is a subordinate clause, not the sentence's own verb ("…, which harm American workers"). */
const SUBORDINATE = new Set(['acl', 'acl:relcl', 'advcl']);
/** A lower-case word in "-ed": the form a misread verb takes. */
const ED_WORD = /^[a-z]+ed$/;
/** Relative pronouns ("which", "who"). */
const RELATIVE_TAGS = new Set(['WDT', 'WP']);

/** The tree with every misread main verb repaired, or the same tree when the document has none. */
export function repairMisreadVerbs(tree: Tree, text: string, isVerb: (lemma: string) => boolean): Tree {
  let out: { deps: Dep[]; pos: PosTag[]; lemmas: string[] } | undefined;
  for (let v = 0; v < tree.tokens.length; v++) {
    const found = misreadVerb(tree, text, isVerb, v);
    if (!found) continue;
    out ??= { deps: [...tree.deps], pos: [...tree.pos], lemmas: [...tree.lemmas] };
    // A function per repair, not the loop's body: the body's closures made a context on every token (#13).
    repairClause(tree, out, v, found);
  }
  if (!out) return tree;
  return withRepairs(tree, out);
}

/** Rebuild the clause of the misread verb `v` in `out`: its object, its subject phrase, and what the parser hung on them. */
function repairClause(tree: Tree, out: { deps: Dep[]; pos: PosTag[]; lemmas: string[] }, v: number, found: NonNullable<ReturnType<typeof misreadVerb>>): void {
  const { object, subject, stem } = found;
  const sent = tree.tokens[v].sent;
  const root = rootIn(tree, sent, v);
  out.pos[v] = { upos: 'VERB', xpos: 'VBD', lemma: stem };
  out.lemmas[v] = stem;
  out.deps[v] = { head: -1, deprel: 'root' };
  out.deps[object] = { head: v, deprel: 'obj' };
  // Each word of the subject phrase hung outside it is the subject, or a conjunct of it after "and".
  const loose = subject.filter((t) => tree.deps[t].head < subject[0] || tree.deps[t].head > subject[subject.length - 1]);
  const [head, ...rest] = loose.filter((t) => tree.pos[t]?.upos !== 'CCONJ');
  if (head !== undefined) out.deps[head] = { head: v, deprel: 'nsubj' };
  for (const t of rest) out.deps[t] = { head, deprel: 'conj' };
  for (const t of loose) if (tree.pos[t]?.upos === 'CCONJ') out.deps[t] = { head: rest.find((k) => k > t) ?? head, deprel: 'cc' };
  // What the parser hung on the subject phrase after the verb belongs to the clause: a conjunct to the
  // object ("condemned Russia's aggression …, including its strikes" read as a conjunct of "officials").
  for (let t = object + 1; t < tree.tokens.length && tree.tokens[t].sent === sent; t++) {
    if (!subject.includes(tree.deps[t].head)) continue;
    // A verb conjunct of the subject ("advisors shared … and reaffirmed") is the verb's conjunct.
    const verbConj = tree.pos[t]?.upos === 'VERB';
    out.deps[t] = tree.deps[t].deprel === 'conj' ? { head: verbConj ? v : object, deprel: 'conj' } : { head: v, deprel: tree.deps[t].deprel };
  }
  // The parser's root, when it was neither the object nor in the subject, hangs on the verb.
  // A relative clause the parser made the root ("…, which is being celebrated today") modifies the clause's last noun.
  if (root !== undefined && root !== v && root !== object && !subject.includes(root)) {
    const punct = tree.pos[root]?.upos === 'PUNCT';
    const relative = !punct && root > v && opensRelative(tree, root);
    out.deps[root] = relative ? { head: object, deprel: 'acl:relcl' } : { head: v, deprel: punct ? 'punct' : root < v ? 'obl' : 'dep' };
  }
}

/** The sentence's root token (the one with no head). */
function rootIn(tree: Tree, sent: number, near: number): number | undefined {
  for (let t = near; t >= 0 && tree.tokens[t].sent === sent; t--) if (tree.deps[t].head < 0) return t;
  for (let t = near + 1; t < tree.tokens.length && tree.tokens[t].sent === sent; t++) if (tree.deps[t].head < 0) return t;
  return undefined;
}

/** Token `v` as a misread main verb: its object noun, the subject phrase's tokens and the verb's base form. */
function misreadVerb(tree: Tree, text: string, isVerb: (lemma: string) => boolean, v: number): { object: number; subject: number[]; stem: string } | undefined {
  // Tried on every token: the relation and the "-ed" form (both tested again below) come before the
  // part with closures, whose context would be allocated on every call (#13).
  const { deprel } = tree.deps[v];
  return (deprel === 'acl' || deprel === 'amod') && ED_WORD.test(tree.words[v]) ? misreadModifier(tree, text, isVerb, v) : undefined;
}

function misreadModifier(tree: Tree, text: string, isVerb: (lemma: string) => boolean, v: number): { object: number; subject: number[]; stem: string } | undefined {
  // Or read as a reduced relative of the subject noun, the sentence's root, though it has an object
  // ("The national security advisors shared their concerns … and reaffirmed …"): a passive participle takes none.
  const acl = tree.deps[v].deprel === 'acl' && tree.deps[v].head === v - 1 && tree.deps[v - 1].head < 0;
  const object = acl ? tree.children[v].find((c) => tree.deps[c].deprel === 'obj') ?? -1 : tree.deps[v].head;
  const { upos, xpos } = tree.pos[v] ?? {};
  if ((!acl && tree.deps[v].deprel !== 'amod') || object <= v || !['NOUN', 'PROPN'].includes(tree.pos[object]?.upos ?? '')) return undefined;
  if (!(xpos === 'VBD' || xpos === 'VBN' || (upos === 'ADJ' && xpos === 'JJ'))) return undefined;
  // A lower-case "-ed" word: "Planned Parenthood", "the United States" name things.
  const word = tree.words[v];
  if (!ED_WORD.test(word) || !/[a-z]/.test(text[tree.tokens[v].start] ?? '')) return undefined;
  const stem = upos === 'VERB' && isVerb(tree.lemmas[v]) ? tree.lemmas[v] : regularStems(word).find(isVerb);
  if (stem === undefined) return undefined;
  const sent = tree.tokens[v].sent;
  const inSentence = (t: number) => t >= 0 && t < tree.tokens.length && tree.tokens[t].sent === sent;
  // The words before the verb: a plain noun phrase ending in a noun, after the sentence start or an opening phrase's comma.
  if (!['NOUN', 'PROPN'].includes(tree.pos[v - 1]?.upos ?? '') || !inSentence(v - 1)) return undefined;
  let first = v - 1;
  while (inSentence(first - 1) && PHRASE_POS.has(tree.pos[first - 1]?.upos ?? '')) first--;
  if (tree.pos[first]?.upos === 'ADP' || tree.pos[first]?.upos === 'CCONJ') return undefined;
  if (inSentence(first - 1) && tree.words[first - 1] !== ',') return undefined;
  // The verb's own dependents all lie in that phrase ("state" in "heads of state exchanged").
  if (!acl && tree.children[v].some((c) => c < first || c > v)) return undefined;
  // No verb before it, and no finite verb after it but in a subordinate clause.
  for (let t = v - 1; inSentence(t); t--) if (['VERB', 'AUX'].includes(tree.pos[t]?.upos ?? '')) return undefined;
  for (let t = v + 1; inSentence(t); t++) {
    if (!['VERB', 'AUX'].includes(tree.pos[t]?.upos ?? '') || !FINITE_TAGS.has(tree.pos[t]?.xpos ?? '')) continue;
    // The reduced relative's root noun with a verb conjunct: that verb is the misread verb's conjunct.
    if (acl && tree.deps[t].deprel === 'conj' && tree.deps[t].head === v - 1) continue;
    if (!isSubordinate(tree, t)) return undefined;
  }
  return { object, subject: Array.from({ length: v - first }, (_, k) => first + k), stem };
}

/**
 * Whether token `t` sits in a relative, adnominal or adverbial clause: by its relation, or (the parser
 * made the relative clause the sentence's root) by a relative pronoun after a comma opening its clause
 * ("…, which is being celebrated today").
 */
function isSubordinate(tree: Tree, t: number): boolean {
  for (let u = t, hops = 0; u >= 0 && hops < 50; u = tree.deps[u].head, hops++) if (SUBORDINATE.has(tree.deps[u].deprel)) return true;
  return opensRelative(tree, tree.pos[t]?.upos === 'AUX' && tree.deps[t].head >= 0 ? tree.deps[t].head : t);
}

/** Whether the clause of verb `clause` opens with a relative pronoun after a comma (", which is …"). */
function opensRelative(tree: Tree, clause: number): boolean {
  const first = tree.children[clause].find((c) => c < clause && RELATIVE_TAGS.has(tree.pos[c]?.xpos ?? ''));
  return first !== undefined && tree.words[first - 1] === ',';
}
