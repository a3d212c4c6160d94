/**
 * A verb's object that is a name given, not a party acted on (#12): "Letwin called Labour 'a brilliant machine for
 * talking'" (the parser makes both nouns objects), "who he called 'suicide bombers'" (the label is quoted). The
 * `actor-object` senses of senses.tsv ("called Macron": a phone call) need an object that is the party itself; a
 * second object or a quoted one is the naming sense, whose speaker calls no one (session 56 precision audit: 6 of 7
 * training "call" CONSULT records false, two of them namings). Quote marks: rule-words `quote-mark`.
 */
import { ruleWords } from './rule-words.js';
import { childrenBy, type Tree } from './tree.js';

/** Quotation-mark tokens as the tokenizer leaves them (rule-words `quote-mark`). */
const QUOTE_MARKS = ruleWords('quote-mark');

/** Whether object `obj` of `verb` names rather than is the party: another direct object follows it, or a quote mark opens it. */
export function isNamingObject(tree: Tree, verb: number, obj: number): boolean {
  const opened = childrenBy(tree, obj, 'punct').some((p) => p < obj && QUOTE_MARKS.has(tree.words[p]));
  return opened || childrenBy(tree, verb, 'obj').some((o) => o > obj);
}
