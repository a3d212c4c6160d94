/**
 * "Tory leader Michael Howard has written to Tony Blair demanding an explanation", "has written to the watchdog
 * accusing Labour of …": a gerund right after a verb of writing and its addressee, with no comma, says what the
 * letter does. It is the writer's act as a set-off gerund is (set-off-gerund.ts reads it so, with the same test
 * that its verb communicates an act); without the letter a bare gerund stays a topic ("a speech criticising …").
 * So is a gerund modifying an issued text ("issued a statement promising …": documentVerbOf), its issuer's act.
 */
import { kbCountry, nationalityOf, type ActorIndex } from './participants.js';
import { ruleWords } from './rule-words.js';
import { childrenBy, isListed, markerOf, walkTokens, type Tree } from './tree.js';

/** Verbs of writing to someone (data/rule-words.tsv letter-verb). */
const LETTER = ruleWords('letter-verb');
/** Nouns of an issued text, and verbs of issuing one (data/rule-words.tsv document-noun, document-verb). */
const DOCUMENT = ruleWords('document-noun');
const ISSUING = ruleWords('document-verb');
/** Prepositions of a text's author ("a report by Amnesty", "a letter from Saddam Hussein"; rule-words.tsv author-marker). */
const AUTHOR_MARKERS = ruleWords('author-marker');

/** The letter verb's addressee: its obl with "to" ("written to Tony Blair"). */
function addressee(tree: Tree, letter: number): number | undefined {
  return childrenBy(tree, letter, 'obl').find((o) => childrenBy(tree, o, 'case').some((c) => tree.lemmas[c] === 'to'));
}

/**
 * The letter verb whose addressee gerund `verb` follows, when the gerund hangs on the verb (advcl) or is conjoined
 * to such a gerund: the letter's own act. One the parser hangs on the addressee (acl) is read as the addressee's own
 * act (clause-rules.ts isBareGerund), not here.
 */
export function letterVerbOf(tree: Tree, verb: number): number | undefined {
  if (tree.pos[verb]?.xpos !== 'VBG') return undefined;
  const head = tree.deps[verb].head;
  if (head < 0 || head > verb) return undefined;
  const rel = tree.deps[verb].deprel;
  // "… accusing him of an error and calling for him to apologise": a conjoined gerund does what the first does.
  if (rel === 'conj') return letterVerbOf(tree, head);
  if (rel !== 'advcl' || !LETTER.has(tree.lemmas[head])) return undefined;
  const to = addressee(tree, head);
  return to !== undefined && to < verb ? head : undefined;
}

/**
 * "Turkey issued a statement promising to sign an accord", "filed a complaint calling for his expulsion": the verb that
 * issued the text a gerund modifies (the gerund's `acl` head is a document noun, that noun the verb's object), or the
 * one of the gerund it is conjoined to. The text's act is its issuer's. A gerund with its own subject or marker, or one
 * on a text not issued in the clause ("a report praising Israel was read"), is not read so; nor one on a text whose
 * author is named (namedAuthor): publishing or delivering someone else's text is not doing what it does.
 */
export function documentVerbOf(tree: Tree, actors: ActorIndex, verb: number): number | undefined {
  if (tree.pos[verb]?.xpos !== 'VBG' || childrenBy(tree, verb, 'nsubj', 'nsubj:pass', 'mark').length) return undefined;
  const head = tree.deps[verb].head;
  if (head < 0) return undefined;
  if (tree.deps[verb].deprel === 'conj') return head < verb ? documentVerbOf(tree, actors, head) : undefined;
  const misread = issuedTextBefore(tree, verb);
  if (misread !== undefined) return namedAuthor(tree, actors, misread) ? undefined : head;
  if (tree.baseRels[verb] !== 'acl' || head > verb || !isListed(tree, head, DOCUMENT) || tree.baseRels[head] !== 'obj') return undefined;
  if (namedAuthor(tree, actors, head)) return undefined;
  const issuer = tree.deps[head].head;
  return issuer >= 0 && ISSUING.has(tree.lemmas[issuer]) ? issuer : undefined;
}

/**
 * "passed a resolution urging President Reagan to negotiate": the parser can hang the text's gerund on the issuing
 * verb (`xcomp`, as if the resolution were left urging) rather than on the text. A gerund so hung right after the
 * verb's object, a document noun, modifies that text: the noun, else undefined. Read from the tree alone, so that the
 * infinitive rule (clause-rules.ts controllerOf) leaves such a gerund to the text's issuer (#12, object control).
 */
export function issuedTextBefore(tree: Tree, verb: number): number | undefined {
  if (tree.pos[verb]?.xpos !== 'VBG' || tree.baseRels[verb] !== 'xcomp' || childrenBy(tree, verb, 'nsubj', 'nsubj:pass', 'mark').length) return undefined;
  const head = tree.deps[verb].head;
  if (head < 0 || head > verb || !ISSUING.has(tree.lemmas[head])) return undefined;
  const text = childrenBy(tree, head, 'obj').find((o) => o < verb && isListed(tree, o, DOCUMENT));
  return text !== undefined && Math.max(...walkTokens(tree, text)) === verb - 1 ? text : undefined;
}

/**
 * Whether the text `noun` names its author: a possessor other than a pronoun ("Amnesty's report"; "its statement" is
 * the issuer's own), a "by"/"from" phrase ("a report by Amnesty International", "a letter from Saddam Hussein"), a
 * nationality ("a Syrian statement") or a coded actor before it ("an Amnesty report"). "Egypt published …" and "the
 * ambassador delivered …" then pass on that author's text, whose act stays with the author.
 */
function namedAuthor(tree: Tree, actors: ActorIndex, noun: number): boolean {
  if (childrenBy(tree, noun, 'nmod:poss').some((p) => tree.pos[p]?.upos !== 'PRON')) return true;
  if (childrenBy(tree, noun, 'nmod').some((m) => AUTHOR_MARKERS.has(markerOf(tree, m) ?? ''))) return true;
  if (nationalityOf(tree, noun, kbCountry).length) return true;
  return childrenBy(tree, noun, 'compound').some((c) => c < noun && actors.at(c)?.code !== undefined);
}
