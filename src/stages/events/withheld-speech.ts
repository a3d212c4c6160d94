/**
 * "declined to be specific", "declined to describe what sort of help the Saudis were providing", "declined to talk to
 * reporters": a refusal to speak is a spokesman withholding news, not a rejection of anyone (#12, session 56: 8 of 12
 * training "decline" REJECT records false, all such). verbs.txt's no-event rows ("* ANSWER", "* DISCUSS") read the
 * words after the verb and miss when the infinitive has an object of its own ("to answer reporters' questions",
 * "to discuss specifics"), so the infinitive's head decides here. The words are in data/rule-words.tsv.
 */
import { ruleWords } from './rule-words.js';
import { childrenBy, markerOf, type Tree } from './tree.js';

/** Refusal verbs whose infinitive may be mere speech ("decline"). */
const WITHHOLDING = ruleWords('withholding-verb');
/** Verbs of speaking or telling whose refusal withholds news ("answer", "describe", "talk"). */
const SPEECH = ruleWords('withheld-speech');

/**
 * The infinitive of refusal verb `verb` that only speaks, if any: a speech verb or a copular adjective ("to be
 * specific"), addressed to no actor ("declined to discuss the ceasefire with Iraq" refuses Iraq a talk).
 */
export function withheldSpeechOf(tree: Tree, verb: number, isActor: (token: number) => boolean): number | undefined {
  if (!WITHHOLDING.has(tree.lemmas[verb])) return undefined;
  return childrenBy(tree, verb, 'xcomp', 'ccomp', 'advcl').find((c) => markerOf(tree, c) === 'to' &&
    (SPEECH.has(tree.lemmas[c]) || (tree.pos[c]?.upos === 'ADJ' && childrenBy(tree, c, 'cop').length > 0)) &&
    !isAddressed(tree, c, isActor));
}

/** Whether infinitive `c` is said to or with an actor: its object or phrase, or a "with"/"to" phrase on either
 * ("to discuss the ceasefire with Iraq", which the parser may hang on the ceasefire). */
function isAddressed(tree: Tree, c: number, isActor: (token: number) => boolean): boolean {
  const args = childrenBy(tree, c, 'obj', 'obl', 'iobj');
  const partners = args.flatMap((a) => childrenBy(tree, a, 'nmod').filter((m) => ['with', 'to'].includes(markerOf(tree, m) ?? '')));
  return [...args, ...partners].some(isActor);
}
