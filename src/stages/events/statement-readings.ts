import type { LanguagePack } from '../../lang/pack.js';
import type { ActorIndex } from './participants.js';
import type { PloverEvent } from './plover.js';
import { auxWords, childrenBy, subjectOf, walk, type Tree } from './tree.js';
import type { EventParticipant } from './types.js';

/**
 * The types a statement's content can carry as an act (#12, the "statement only" misses of the training gold:
 * ACCUSE 78, AGREE 42, SUPPORT 29, REJECT 28, REQUEST 27, THREATEN 21, CONCEDE 10): a verdict on another side, a
 * demand, an announced act. CONSULT is left to the meeting rules (it is told by its own nouns and verbs).
 */
export const STATEMENT_TYPES: readonly PloverEvent[] = ['ACCUSE', 'AGREE', 'SUPPORT', 'REJECT', 'REQUEST', 'THREATEN', 'CONCEDE'];

/** Auxiliaries that set the content's force: a promise or threat ("will"), an obligation ("must"), a wish ("should"). */
const MODALS: ReadonlySet<string> = new Set(['will', 'would', 'must', 'should', 'could', 'can', 'may', 'might', "'ll", 'wo', 'shall']);

/** Where a candidate recipient stands to the statement: the content's subject, an argument of it, or the one told. */
export type RecipientRelation = 'subj' | 'obj' | 'obl' | 'poss' | 'inner' | 'told' | 'none';

/** One reading of a statement's content: its type, speaker, recipient and the words it was read from. */
export interface StatementReading {
  readonly event: PloverEvent;
  readonly speaker: EventParticipant;
  readonly recipients: readonly EventParticipant[];
  readonly features: readonly string[];
}

/** A trigger inside the content clause, of `event`, coded as a fact, coded with a flag, or turned down by a rule. */
export interface InnerTrigger { readonly event: PloverEvent; readonly how: string }

/** The content clause's tokens: what the statement's own readings read (its nested statements are theirs). */
export function contentTokens(tree: Tree, clause: number): number[] {
  return walk(tree, clause, ['parataxis', 'ccomp', 'advcl'], 4).map((w) => w.token).sort((a, b) => a - b);
}

/** The content clause of a speech verb: its `ccomp` ("said that X …"), or the clause it is set off from ("X …, he said"). */
export function contentOf(tree: Tree, verb: number): number | undefined {
  const comp = childrenBy(tree, verb, 'ccomp')[0];
  if (comp !== undefined) return comp;
  const head = tree.deps[verb].head;
  return tree.deps[verb].deprel === 'parataxis' && head >= 0 && tree.pos[head]?.upos === 'VERB' ? head : undefined;
}

/** How the mention at `head` hangs in the content clause: its relation on the path up to the clause's head. */
function relationOf(tree: Tree, clause: number, head: number): RecipientRelation {
  const rel = tree.deps[head].deprel.split(':')[0];
  const parent = tree.deps[head].head;
  if (parent === clause) return rel === 'nsubj' ? 'subj' : rel === 'obj' || rel === 'iobj' ? 'obj' : rel === 'obl' ? 'obl' : 'inner';
  return tree.deps[head].deprel === 'nmod:poss' ? 'poss' : 'inner';
}

/**
 * The coded sides a statement's content names, other than the speaker's own, each with where it stands; the one
 * the speech verb is told to ("told Japan …") first, then the content's in text order, one per country code.
 */
export function candidateRecipients(tree: Tree, actors: ActorIndex, verb: number, clause: number, speaker: EventParticipant): { party: EventParticipant; rel: RecipientRelation }[] {
  const out: { party: EventParticipant; rel: RecipientRelation }[] = [];
  const seen = new Set([speaker.code]);
  const add = (t: number, rel: (head: number) => RecipientRelation): void => {
    const m = actors.at(t);
    if (!m) return;
    for (const p of actors.expand(m)) {
      if (!p.code || seen.has(p.code)) continue;
      seen.add(p.code);
      out.push({ party: p, rel: rel(t) });
    }
  };
  for (const o of childrenBy(tree, verb, 'obj', 'iobj')) for (const w of walk(tree, o, ['acl', 'ccomp', 'advcl', 'parataxis'], 2)) add(w.token, () => 'told');
  const tokens = contentTokens(tree, clause).filter((t) => t !== verb);
  for (const t of tokens) add(t, (h) => relationOf(tree, clause, h));
  return out.slice(0, 3);
}

/**
 * The named features of a statement's content read as `event` against a recipient standing as `rel` (each also
 * conjoined with the type, so one model ranks all types): the content's head lemma, negation and modal, its
 * adjectives and adverbs (the verdict words: "unfair", "welcome", "regrettably"), whose act it tells (the speaker's
 * side, another side, no coded side), the speech verb, the source kind and whether the sentence is already coded.
 */
export function statementFeatures(tree: Tree, pack: LanguagePack, actors: ActorIndex, verb: number, clause: number, speaker: EventParticipant, rel: RecipientRelation, source: string, sentenceCoded: boolean, inner: readonly InnerTrigger[]): string[] {
  const words: string[] = [...inner.flatMap((t) => [`inner:${t.event}`, `inner:${t.event}:${t.how}`]), `lemma:${tree.lemmas[clause]}`, `verb:${tree.lemmas[verb]}`, `rel:${rel}`, `source:${source}`, sentenceCoded ? 'sentence-coded' : 'sentence-empty'];
  const aux = auxWords(tree, clause).map((a) => a.toLowerCase());
  const modal = aux.find((a) => MODALS.has(a));
  if (modal) words.push(`modal:${modal}`);
  const negated = childrenBy(tree, clause, 'advmod', 'neg').some((a) => pack.negators.has(tree.words[a]));
  if (negated) words.push('negated');
  const subj = subjectOf(tree, clause);
  const subjCodes = subj ? walk(tree, subj.token, ['acl', 'relcl'], 2).map((w) => actors.at(w.token)?.code).filter(Boolean) : [];
  const doer = !subjCodes.length ? 'none' : subjCodes.includes(speaker.code) || (subj && pack.firstPerson.has(tree.words[subj.token].toLowerCase())) ? 'own' : 'other';
  words.push(`doer:${doer}`, `lemma:${tree.lemmas[clause]}:doer:${doer}`, `doer:${doer}:rel:${rel}`);
  if (modal) words.push(`modal:${modal}:doer:${doer}`);
  for (const w of walk(tree, clause, ['ccomp', 'parataxis', 'advcl', 'acl'], 3)) {
    const upos = tree.pos[w.token]?.upos;
    if (upos === 'ADJ' || upos === 'ADV') words.push(`word:${tree.lemmas[w.token].toLowerCase()}`);
  }
  return [...new Set(words)];
}
