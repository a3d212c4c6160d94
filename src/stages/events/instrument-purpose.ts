/**
 * An act done with an instrument or on an occasion (#12): "The cardinal used a Christmas message to denounce the war",
 * "Iranian forces used Chinese-made Silkworm missiles to hit a U.S.-owned ship", "Mr. Sullivan took the opportunity to
 * congratulate Qatar" (training gold: ACCUSE, ASSAULT, SUPPORT, all turned down by events/infinitive as aims). The
 * infinitive names what the using was for and, unlike "sent troops to secure the border", what it did: it is as real as
 * the using (its tense, negation and modality, as the purpose of a call is: performatives.ts `callPurposeHost`). The
 * verbs and nouns are rule-words `instrument-verb`, `occasion-verb` and `occasion-noun`.
 */
import { ruleWords } from './rule-words.js';
import { childrenBy, isToInfinitive, type Tree } from './tree.js';

const INSTRUMENT_VERBS = ruleWords('instrument-verb');
const OCCASION_VERBS = ruleWords('occasion-verb');
const OCCASION_NOUNS = ruleWords('occasion-noun');
const CONTENT_NOUNS = ruleWords('purpose-content-noun');

/** Whether verb `host` with object `obj` makes an infinitive of purpose the act done: a thing used, an occasion taken. */
function usesFor(tree: Tree, host: number, obj: number): boolean {
  const lemma = tree.lemmas[host] ?? '';
  return INSTRUMENT_VERBS.has(lemma) || (OCCASION_VERBS.has(lemma) && OCCASION_NOUNS.has(tree.lemmas[obj] ?? ''));
}

/**
 * The verb of using whose purpose `verb`, a subjectless "to" infinitive, is: its head when the infinitive is a clause of
 * purpose or complement after the verb's object ("used a message to denounce"), or the verb above that object when the
 * parser hung the infinitive on an occasion noun ("took the opportunity to congratulate": `acl` of "opportunity"). An object is
 * required before the infinitive: "used to criticise" is a past habit, "is used to" a state.
 */
export function instrumentPurposeHost(tree: Tree, verb: number): number | undefined {
  const rel = tree.deps[verb].deprel;
  // Only these relations can name a purpose (below); tested first, as `purposesOf` asks of every token (#13).
  if (rel !== 'advcl' && rel !== 'xcomp' && rel !== 'acl') return undefined;
  if (!isToInfinitive(tree, verb) || childrenBy(tree, verb, 'nsubj', 'nsubj:pass').length) return undefined;
  const head = tree.deps[verb].head;
  if (head < 0) return undefined;
  // "used the decision to expel", "used its right to expel": the infinitive is the decision's or right's content, what
  // it was for, not what the user did, whatever the parser hung it on (review of ev-infinitive, finding 1).
  const content = (o: number): boolean => CONTENT_NOUNS.has(tree.lemmas[o] ?? '');
  if (rel === 'advcl' || rel === 'xcomp') {
    if (tree.pos[head]?.upos !== 'VERB') return undefined;
    return childrenBy(tree, head, 'obj').some((o) => o < verb && usesFor(tree, head, o) && !content(o)) ? head : undefined;
  }
  // The relation is acl here: the parser also hangs the purpose on the thing used ("used the summit to criticize").
  if (tree.deps[head].deprel !== 'obj' || content(head)) return undefined;
  const host = tree.deps[head].head;
  return host >= 0 && tree.pos[host]?.upos === 'VERB' && usesFor(tree, host, head) ? host : undefined;
}

/** Each tree's infinitives of purpose by their verb of using (`instrumentPurposeHost`), found on first use. */
const PURPOSES = new WeakMap<Tree, ReadonlyMap<number, readonly number[]>>();
const NONE: readonly number[] = [];

/**
 * The tokens whose `instrumentPurposeHost` is `host`, in text order. `usedForAct` asks this for every trigger with an
 * event noun. It used to scan every token of the document on each call, which was over a third of the events stage's
 * allocation; one scan per tree finds the same tokens (#13).
 */
export function purposesOf(tree: Tree, host: number): readonly number[] {
  let byHost = PURPOSES.get(tree);
  if (!byHost) {
    const found = new Map<number, number[]>();
    for (let t = 0; t < tree.words.length; t++) {
      const user = instrumentPurposeHost(tree, t);
      if (user === undefined) continue;
      const list = found.get(user);
      if (list) list.push(t);
      else found.set(user, [t]);
    }
    PURPOSES.set(tree, (byHost = found));
  }
  return byHost.get(host) ?? NONE;
}
